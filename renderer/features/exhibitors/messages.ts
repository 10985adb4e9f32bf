import { defineMessages } from '../../i18n/define';

export const exhibitors = defineMessages(
  { comingTitle: 'Exhibitors', coming: 'Here you will keep the exhibitor directory and allocate booths to exhibitors.' },
  { comingTitle: 'Đơn vị tham gia', coming: 'Tại đây bạn sẽ quản lý danh sách đơn vị tham gia và phân bổ gian hàng.' },
);
