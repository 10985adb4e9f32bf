import { defineMessages } from '../../i18n/define';

export const plan = defineMessages(
  {
    title: 'Floor plan',
    canvas: 'Floor plan of {{area}}',
    areas: 'Areas',
    noAreas: 'This fair has no area yet. Draw the first one: give it a name and its width and depth in metres.',
    view: { zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit' },
  },
  {
    title: 'Mặt bằng',
    canvas: 'Mặt bằng {{area}}',
    areas: 'Khu vực',
    noAreas: 'Hội chợ chưa có khu vực nào. Hãy vẽ khu vực đầu tiên: đặt tên, nhập chiều rộng và chiều sâu theo mét.',
    view: { zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', fit: 'Vừa khung' },
  },
);
