import { defineMessages } from '../../i18n/define';

export const reports = defineMessages(
  { comingTitle: 'Reports', coming: 'Here you will find the dashboards, the revenue heat map and the fair report.' },
  { comingTitle: 'Báo cáo', coming: 'Tại đây sẽ có bảng tổng hợp, bản đồ nhiệt doanh thu và báo cáo hội chợ.' },
);
