import { defineMessages } from '../../i18n/define';

export const plan = defineMessages(
  { comingTitle: 'Floor plan', coming: 'Here you will draw the venue to scale and place and number its booths.' },
  { comingTitle: 'Mặt bằng', coming: 'Tại đây bạn sẽ vẽ mặt bằng theo tỷ lệ, đặt và đánh số các gian hàng.' },
);
