import { defineMessages } from '../../renderer/i18n/define';

/** Every word the main process shows (menu, native dialogs), in both languages; the compiler keeps them whole. */
export const shellMessages = defineMessages(
  {
    menu: {
      file: 'File',
      newFair: 'New fair…',
      importFair: 'Import fair file…',
      importExhibitors: 'Import exhibitors from Excel…',
      recentFairs: 'Recent fairs',
      noRecentFairs: 'No fair opened yet',
      clearRecent: 'Clear list',
      library: 'List of fairs',
      closeWindow: 'Close window',
      quit: 'Quit FairFloor',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select all',
      view: 'View',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      resetZoom: 'Actual size',
      fullScreen: 'Full screen',
      reload: 'Reload (development)',
      devTools: 'Developer tools (development)',
      window: 'Window',
      minimize: 'Minimize',
      zoom: 'Zoom',
      front: 'Bring all to front',
      help: 'Help',
      userGuide: 'FairFloor help',
      checkUpdates: 'Check for updates…',
      showLog: 'Show log file',
      about: 'About FairFloor',
      services: 'Services',
      hide: 'Hide FairFloor',
      hideOthers: 'Hide others',
      showAll: 'Show all',
    },
    dialogs: {
      startupFailedTitle: 'FairFloor could not start',
      startupFailed:
        'FairFloor could not start: {{reason}}\n\nNothing in your fairs was changed. The details are in the log file:\n{{logPath}}',
      updateAvailableTitle: 'Update available',
      updateAvailable:
        'FairFloor {{version}} is available (you have {{current}}). Download it now? You can keep working while it downloads.',
      download: 'Download',
      later: 'Later',
      updateReadyTitle: 'Update ready',
      updateReady: 'FairFloor {{version}} is downloaded. Restart now to use it, or it will be installed when you next quit.',
      restartNow: 'Restart now',
      upToDate: 'You have the latest FairFloor ({{version}}).',
      updatesOff: 'Updates are not set up in this copy of FairFloor. Ask whoever installed it for a newer installer.',
      updateFailed: 'Could not check for updates: {{reason}}',
      openFailed: 'The PDF could not be opened: {{reason}}. It was saved as {{path}}.',
      ok: 'OK',
      helpTitle: 'FairFloor help',
      help:
        'Fairs: File › New fair, or open a .fairfloor file (double-click it, or drag it onto the window).\n' +
        'Exhibitors: drag an Excel (.xlsx) or .csv file onto the window, or File › Import exhibitors from Excel.\n' +
        'Floor plan: draw areas and booths; Ctrl+Z undoes, Ctrl+Y redoes.\n' +
        'Printing: In / PDF makes maps and reports; they open in your PDF viewer to print.\n' +
        'Your fairs are kept in {{dataDir}}. Each fair is one file you can copy or back up.',
    },
  },
  {
    menu: {
      file: 'Tệp',
      newFair: 'Hội chợ mới…',
      importFair: 'Nhập tệp hội chợ…',
      importExhibitors: 'Nhập đơn vị tham gia từ Excel…',
      recentFairs: 'Hội chợ mở gần đây',
      noRecentFairs: 'Chưa mở hội chợ nào',
      clearRecent: 'Xóa danh sách',
      library: 'Danh sách hội chợ',
      closeWindow: 'Đóng cửa sổ',
      quit: 'Thoát FairFloor',
      edit: 'Sửa',
      undo: 'Hoàn tác',
      redo: 'Làm lại',
      cut: 'Cắt',
      copy: 'Sao chép',
      paste: 'Dán',
      selectAll: 'Chọn tất cả',
      view: 'Xem',
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      resetZoom: 'Kích thước thật',
      fullScreen: 'Toàn màn hình',
      reload: 'Tải lại (phát triển)',
      devTools: 'Công cụ phát triển (phát triển)',
      window: 'Cửa sổ',
      minimize: 'Thu nhỏ cửa sổ',
      zoom: 'Phóng to cửa sổ',
      front: 'Đưa tất cả lên trước',
      help: 'Trợ giúp',
      userGuide: 'Hướng dẫn sử dụng FairFloor',
      checkUpdates: 'Kiểm tra bản cập nhật…',
      showLog: 'Mở tệp nhật ký',
      about: 'Giới thiệu FairFloor',
      services: 'Dịch vụ',
      hide: 'Ẩn FairFloor',
      hideOthers: 'Ẩn các ứng dụng khác',
      showAll: 'Hiện tất cả',
    },
    dialogs: {
      startupFailedTitle: 'FairFloor không khởi động được',
      startupFailed:
        'FairFloor không khởi động được: {{reason}}\n\nDữ liệu hội chợ của bạn không bị thay đổi. Chi tiết lỗi nằm trong tệp nhật ký:\n{{logPath}}',
      updateAvailableTitle: 'Có bản cập nhật',
      updateAvailable: 'Đã có FairFloor {{version}} (bạn đang dùng {{current}}). Tải về ngay? Bạn vẫn làm việc bình thường trong lúc tải.',
      download: 'Tải về',
      later: 'Để sau',
      updateReadyTitle: 'Bản cập nhật đã sẵn sàng',
      updateReady: 'Đã tải xong FairFloor {{version}}. Hãy khởi động lại để dùng ngay, hoặc bản mới sẽ được cài khi bạn thoát ứng dụng.',
      restartNow: 'Khởi động lại',
      upToDate: 'Bạn đang dùng bản FairFloor mới nhất ({{version}}).',
      updatesOff: 'Bản FairFloor này chưa được thiết lập để cập nhật. Hãy xin bộ cài mới từ người đã cài ứng dụng cho bạn.',
      updateFailed: 'Không kiểm tra được bản cập nhật: {{reason}}',
      openFailed: 'Không mở được tệp PDF: {{reason}}. Tệp đã được lưu tại {{path}}.',
      ok: 'Đồng ý',
      helpTitle: 'Hướng dẫn sử dụng FairFloor',
      help:
        'Hội chợ: Tệp › Hội chợ mới, hoặc mở tệp .fairfloor (nhấp đúp vào tệp, hoặc kéo thả tệp vào cửa sổ).\n' +
        'Đơn vị tham gia: kéo thả tệp Excel (.xlsx) hoặc .csv vào cửa sổ, hoặc Tệp › Nhập đơn vị tham gia từ Excel.\n' +
        'Mặt bằng: vẽ phân khu và gian hàng; Ctrl+Z để hoàn tác, Ctrl+Y để làm lại.\n' +
        'In ấn: mục In / PDF tạo sơ đồ và báo cáo; tệp mở trong trình xem PDF để in.\n' +
        'Dữ liệu hội chợ được lưu tại {{dataDir}}. Mỗi hội chợ là một tệp, có thể sao chép hoặc sao lưu.',
    },
  },
);

export type ShellLanguage = 'vi' | 'en';
type Catalogue = (typeof shellMessages)['en'];

/** A message with its {{placeholders}} filled in. */
export function shellText<G extends keyof Catalogue>(
  language: ShellLanguage,
  group: G,
  key: keyof Catalogue[G],
  values: Record<string, string> = {},
): string {
  const template = (shellMessages[language][group] as Record<string, string>)[key as string] ?? '';
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
