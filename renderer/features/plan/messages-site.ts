import { defineMessages } from '../../i18n/define';

/** Strings of area outlines (areas of any shape) and the site plan of all areas. */
export const planSite = defineMessages(
  {
    outline: {
      tool: 'Outline',
      title: 'Draw or reshape the area’s outline (O)',
      hint: 'Outline: drag a corner to move it; drag the dot on an edge to add a corner; Alt+click a corner to remove it. Click on the plan to draw a new outline: click each corner, then click the first corner, double-click or press Enter to close; Shift holds 90°/45°; Backspace takes back the last corner; Esc cancels.',
      drawing: 'Outline: {{count}} corners. Click the first corner, double-click or press Enter to close; Esc cancels.',
      surface: 'Floor {{surface}} m²',
      tooFewPoints: 'An outline needs three corners or more.',
      noSurface: 'The outline encloses no floor.',
      selfCrossing: 'The outline crosses itself: draw the corners in order around the area.',
      lastThree: 'An outline keeps three corners at least.',
      drawNew: 'Draw its outline next (an L-shaped hall, a sidewalk that bends): width and depth give the room to draw in',
      sizeFromOutline: 'This area has a drawn outline: its width and depth follow its corners. Reshape it with the Outline tool (O).',
    },
    site: {
      tab: 'Whole site',
      title: 'Whole site: every area at its place',
      hint: 'Drag an area to move it on the site; double-click an area to edit it. Arrow keys move the chosen area by 1 m (Shift: 0.1 m).',
      empty: 'No areas yet. Create an area first, then place it on the site here.',
      canvas: 'Site plan of all areas',
      position: 'Place on the site: x {{x}} m, y {{y}} m',
      booths: '{{count}} booths',
      open: 'Edit this area',
      moved: 'Area moved on the site',
      others: 'Show the other areas around this one',
    },
  },
  {
    outline: {
      tool: 'Đường bao',
      title: 'Vẽ hoặc sửa đường bao của khu vực (O)',
      hint: 'Đường bao: kéo một góc để dời góc; kéo chấm trên cạnh để thêm góc; Alt+bấm vào góc để xóa góc. Bấm lên mặt bằng để vẽ đường bao mới: bấm lần lượt từng góc, rồi bấm lại góc đầu, bấm đúp hoặc nhấn Enter để khép lại; giữ Shift để vẽ thẳng 90°/45°; Backspace bỏ góc vừa đặt; Esc để hủy.',
      drawing: 'Đường bao: {{count}} góc. Bấm lại góc đầu, bấm đúp hoặc nhấn Enter để khép lại; Esc để hủy.',
      surface: 'Diện tích mặt sàn {{surface}} m²',
      tooFewPoints: 'Đường bao cần ít nhất ba góc.',
      noSurface: 'Đường bao không bao quanh mặt sàn nào.',
      selfCrossing: 'Đường bao tự cắt nhau: hãy đặt các góc lần lượt vòng quanh khu vực.',
      lastThree: 'Đường bao phải giữ ít nhất ba góc.',
      drawNew: 'Vẽ đường bao ngay sau khi tạo (nhà hình chữ L, vỉa hè bẻ góc): chiều rộng và chiều sâu là khoảng để vẽ',
      sizeFromOutline:
        'Khu vực này có đường bao đã vẽ: chiều rộng và chiều sâu theo các góc của đường bao. Sửa hình dạng bằng công cụ Đường bao (O).',
    },
    site: {
      tab: 'Toàn khu',
      title: 'Toàn khu: mọi khu vực ở đúng vị trí',
      hint: 'Kéo một khu vực để dời trên mặt bằng toàn khu; bấm đúp vào khu vực để sửa. Phím mũi tên dời khu vực đang chọn 1 m (Shift: 0,1 m).',
      empty: 'Chưa có khu vực nào. Hãy tạo khu vực trước, rồi đặt vào vị trí trên mặt bằng toàn khu tại đây.',
      canvas: 'Mặt bằng toàn khu',
      position: 'Vị trí trên mặt bằng: x {{x}} m, y {{y}} m',
      booths: '{{count}} gian',
      open: 'Sửa khu vực này',
      moved: 'Đã dời khu vực trên mặt bằng',
      others: 'Hiện các khu vực khác xung quanh',
    },
  },
);
