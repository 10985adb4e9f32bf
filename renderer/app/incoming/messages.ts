import { defineMessages } from '../../i18n/define';

export const desktop = defineMessages(
  {
    drop: {
      overlay: 'Drop to open: a fair file (.fairfloor) or an exhibitor list (.xlsx, .csv)',
      unsupported: '“{{fileName}}” is not a file FairFloor opens. Drop a fair file (.fairfloor) or an exhibitor list (.xlsx, .csv).',
      several: 'Drop one file at a time.',
    },
    importing: 'Adding “{{fileName}}” to the list of fairs…',
    imported: '“{{name}}” was added to the list of fairs and opened. The original file was not changed.',
    chooseFair: {
      title: 'Import exhibitors from “{{fileName}}”',
      label: 'Into which fair?',
      hint: 'You will see what the file holds and choose its columns before anything is imported.',
      noFairs: 'There is no fair to import exhibitors into yet. Create a fair first, then drop the file again.',
      continue: 'Continue',
    },
  },
  {
    drop: {
      overlay: 'Thả tệp vào để mở: tệp hội chợ (.fairfloor) hoặc danh sách đơn vị tham gia (.xlsx, .csv)',
      unsupported:
        '“{{fileName}}” không phải là tệp FairFloor mở được. Hãy thả tệp hội chợ (.fairfloor) hoặc danh sách đơn vị tham gia (.xlsx, .csv).',
      several: 'Hãy thả từng tệp một.',
    },
    importing: 'Đang thêm “{{fileName}}” vào danh sách hội chợ…',
    imported: 'Đã thêm “{{name}}” vào danh sách hội chợ và mở ra. Tệp gốc không bị thay đổi.',
    chooseFair: {
      title: 'Nhập đơn vị tham gia từ “{{fileName}}”',
      label: 'Nhập vào hội chợ nào?',
      hint: 'Bạn sẽ xem trước nội dung tệp và chọn cột trước khi nhập.',
      noFairs: 'Chưa có hội chợ nào để nhập đơn vị tham gia. Hãy tạo hội chợ trước, rồi thả tệp lại.',
      continue: 'Tiếp tục',
    },
  },
);
