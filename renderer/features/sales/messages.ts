import { defineMessages } from '../../i18n/define';

export const sales = defineMessages(
  { comingTitle: 'Sales', coming: 'Here on-site staff will record what each booth sells, day by day.' },
  { comingTitle: 'Doanh thu', coming: 'Tại đây nhân viên sẽ ghi doanh thu của từng gian hàng theo từng ngày.' },
);
