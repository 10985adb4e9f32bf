import { defineMessages } from '../../i18n/define';

export const workspace = defineMessages(
  {
    library: 'All fairs',
    sections: { plan: 'Floor plan', exhibitors: 'Exhibitors', transfers: 'Bank transfers', sales: 'Sales', reports: 'Reports' },
    nav: 'Fair sections',
    settings: 'Fair details',
    notFound: 'This fair is no longer in the library.',
    backToLibrary: 'Back to the library',
  },
  {
    library: 'Tất cả hội chợ',
    sections: { plan: 'Mặt bằng', exhibitors: 'Đơn vị tham gia', transfers: 'Chuyển khoản', sales: 'Doanh thu', reports: 'Báo cáo' },
    nav: 'Các mục của hội chợ',
    settings: 'Thông tin hội chợ',
    notFound: 'Hội chợ này không còn trong danh sách hội chợ.',
    backToLibrary: 'Về danh sách hội chợ',
  },
);
