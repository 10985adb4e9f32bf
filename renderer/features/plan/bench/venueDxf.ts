import { DxfWriter, point3d, Units } from '@tarikjabiri/dxf';

/** A venue drawing of about 5 MB: 5,000 numbered booths (rectangle + text) and 10,000 ten-point wall polylines. */
export function bigVenueDxf(): Uint8Array {
  const dxf = new DxfWriter();
  dxf.setUnits(Units.Millimeters);
  dxf.addLayer('Gian hàng', 1, 'CONTINUOUS');
  dxf.addLayer('Số gian', 2, 'CONTINUOUS');
  dxf.addLayer('Tường', 3, 'CONTINUOUS');
  for (let i = 0; i < 5_000; i++) {
    const x = (i % 100) * 3_000;
    const y = Math.floor(i / 100) * 3_500;
    dxf.addLWPolyline(
      [{ point: { x, y } }, { point: { x: x + 3_000, y } }, { point: { x: x + 3_000, y: y + 3_000 } }, { point: { x, y: y + 3_000 } }],
      { layerName: 'Gian hàng', flags: 1 },
    );
    dxf.addText(point3d(x + 1_500, y + 1_500, 0), 400, `B${i + 1}`, {
      layerName: 'Số gian',
      horizontalAlignment: 1,
      verticalAlignment: 2,
      secondAlignmentPoint: point3d(x + 1_500, y + 1_500, 0),
    });
  }
  for (let i = 0; i < 10_000; i++) {
    const x = (i % 100) * 3_000;
    const y = -2_000 - Math.floor(i / 100) * 500;
    const zigzag = Array.from({ length: 10 }, (_, k) => ({ point: { x: x + k * 300, y: y - (k % 2) * 120 } }));
    dxf.addLWPolyline(zigzag, { layerName: 'Tường' });
  }
  return new TextEncoder().encode(dxf.stringify());
}
