import { defineMessages } from '../../i18n/define';

/** Strings of the plan's measuring, finding, numbering-order and context-menu tools. */
export const planTools = defineMessages(
  {
    measure: {
      hint: 'Measure: click a point, then the next; each click adds a segment. Points snap to booth and feature corners (hold Alt for free points). Esc leaves.',
      segment: 'Last segment: {{distance}} m',
      total: 'Total: {{total}} m over {{count}} segments',
      start: 'Click the first point.',
    },
    zoom: {
      label: 'Zoom (%)',
      title: 'Zoom: 100% shows 1 m as 20 pixels. Type a percentage and press Enter.',
    },
    generator: {
      backToBack: 'Back-to-back double rows (aisle only between pairs)',
      zone: 'Zone',
      noZone: 'No zone',
      pairs: '{{pairs}} pairs of rows back to back, {{aisles}} aisles between them',
    },
    order: {
      legend: 'Direction',
      by: { rows: 'Along rows', columns: 'Along columns' },
      start: {
        label: 'First booth',
        topLeft: 'Top left',
        topRight: 'Top right',
        bottomLeft: 'Bottom left',
        bottomRight: 'Bottom right',
      },
      serpentine: 'Serpentine (every other line runs back)',
      keepSkip: 'Keep these skipped numbers: new, pasted and duplicated booths never take them',
      kept: 'Skipped numbers kept for new booths: {{skip}}',
    },
    menu: { label: 'Plan actions' },
    find: {
      label: 'Find booth',
      placeholder: 'Booth number or exhibitor',
      none: 'No booth matches “{{query}}”.',
      close: 'Close find',
      results: 'Matching booths',
    },
    tooltip: { free: 'Available' },
  },
  {
    measure: {
      hint: 'Đo: bấm điểm đầu rồi điểm tiếp theo; mỗi lần bấm thêm một đoạn. Điểm bắt vào góc gian hàng và vật thể (giữ Alt để đặt điểm tự do). Esc để thoát.',
      segment: 'Đoạn cuối: {{distance}} m',
      total: 'Tổng: {{total}} m qua {{count}} đoạn',
      start: 'Hãy bấm điểm đầu tiên.',
    },
    zoom: {
      label: 'Thu phóng (%)',
      title: 'Thu phóng: 100% là 1 m hiển thị bằng 20 điểm ảnh. Nhập tỷ lệ phần trăm rồi nhấn Enter.',
    },
    generator: {
      backToBack: 'Hàng đôi quay lưng vào nhau (lối đi chỉ giữa các cặp hàng)',
      zone: 'Phân khu',
      noZone: 'Không thuộc phân khu',
      pairs: '{{pairs}} cặp hàng quay lưng, {{aisles}} lối đi giữa các cặp',
    },
    order: {
      legend: 'Chiều đánh số',
      by: { rows: 'Theo hàng', columns: 'Theo cột' },
      start: {
        label: 'Gian đầu tiên',
        topLeft: 'Trên cùng bên trái',
        topRight: 'Trên cùng bên phải',
        bottomLeft: 'Dưới cùng bên trái',
        bottomRight: 'Dưới cùng bên phải',
      },
      serpentine: 'Đánh số hình chữ chi (hàng chẵn đánh ngược chiều)',
      keepSkip: 'Giữ các số bỏ qua này: gian mới, gian dán và gian nhân bản không bao giờ nhận các số đó',
      kept: 'Số bỏ qua được giữ cho gian mới: {{skip}}',
    },
    menu: { label: 'Thao tác trên mặt bằng' },
    find: {
      label: 'Tìm gian',
      placeholder: 'Số gian hoặc tên đơn vị',
      none: 'Không có gian nào khớp với “{{query}}”.',
      close: 'Đóng tìm kiếm',
      results: 'Các gian tìm thấy',
    },
    tooltip: { free: 'Còn trống' },
  },
);
