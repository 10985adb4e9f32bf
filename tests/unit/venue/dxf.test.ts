import { describe, expect, it } from 'vitest';
import { detectBooths, frameAtTopLeft, rectangleCorners, scaleFromKnownLength, type DetectedBooth } from '../../../shared/venue/dxf-booths';
import { DxfReadError, readDxf } from '../../../shared/venue/dxf-read';
import { plainMText, plainText } from '../../../shared/venue/dxf-text';
import { allExpectedBooths, encodeCp1258, LAYERS, venueDxfR12Bytes, venueDxfR2018Bytes } from '../../fixtures/dxf/venue-dxf';

/** A detected booth's centre on the plan (metres, y down). */
function centre(b: DetectedBooth): [number, number] {
  const a = (b.rotationDeg * Math.PI) / 180;
  const [hx, hy] = [b.widthM / 2, b.depthM / 2];
  return [b.xM + hx * Math.cos(a) - hy * Math.sin(a), b.yM + hx * Math.sin(a) + hy * Math.cos(a)];
}

describe.each([
  ['R2018, UTF-8', venueDxfR2018Bytes, 'utf-8'],
  ['R12, ANSI_1258', venueDxfR12Bytes, 'windows-1258'],
])('a venue drawing saved as %s', (_label, bytes, decodedAs) => {
  const drawing = readDxf(bytes());

  it('is decoded by its own code page, with Vietnamese layer names and text intact', () => {
    expect(drawing.encoding.decodedAs).toBe(decodedAs);
    expect(drawing.layers.map((l) => l.name)).toEqual(expect.arrayContaining(Object.values(LAYERS)));
    const note = drawing.texts.find((t) => t.layer === LAYERS.notes);
    expect(note?.text).toBe('Khu ẩm thực\n— Lối vào chính');
    expect(note?.text).toBe(note?.text.normalize('NFC'));
  });

  it('says its units, and a known length gives the same scale', () => {
    expect(drawing.insUnits).toBe(4);
    expect(drawing.metresPerUnit).toBe(0.001);
    expect(scaleFromKnownLength(12_500, 12.5)).toBeCloseTo(0.001, 12);
  });

  it('finds all 200 booths with their number, size (±1 cm) and rotation', () => {
    const found = detectBooths(drawing, LAYERS.booths, frameAtTopLeft(drawing, 0.001));
    expect(found.unnumbered).toBe(0);
    expect(found.duplicates).toEqual([]);
    expect(found.booths).toHaveLength(200);
    const byNumber = new Map(found.booths.map((b) => [b.number, b]));
    for (const want of allExpectedBooths()) {
      const got = byNumber.get(want.number);
      expect(got, want.number).toBeDefined();
      if (!got) continue;
      expect(Math.abs(got.widthM - want.widthM)).toBeLessThan(0.01);
      expect(Math.abs(got.depthM - want.depthM)).toBeLessThan(0.01);
      // Counter-clockwise in the drawing (y up) is clockwise-negative on the plan (y down).
      expect(got.rotationDeg).toBeCloseTo(-want.rotationCcwDeg, 3);
      const [x, y] = centre(got);
      expect(Math.abs(x - want.cx / 1000)).toBeLessThan(0.01);
      expect(Math.abs(y - (50 - want.cy / 1000))).toBeLessThan(0.01);
    }
  });

  it('draws the walls with their curved corner, the door swings and the columns of the turned block', () => {
    const walls = drawing.paths.filter((p) => p.layer === LAYERS.walls);
    expect(walls).toHaveLength(1);
    expect(walls[0]!.closed).toBe(true);
    // The bulge becomes an arc of points, every one of them 4 m from the corner's centre (76, 46).
    const arc = walls[0]!.points.filter(([x, y]) => x > 76_000 && y > 46_000);
    expect(arc.length).toBeGreaterThan(3);
    for (const [x, y] of arc) expect(Math.hypot(x - 76_000, y - 46_000)).toBeCloseTo(4_000, 0);
    expect(drawing.paths.filter((p) => p.layer === LAYERS.doors)).toHaveLength(2);
    const columns = drawing.paths.filter((p) => p.layer === LAYERS.columns);
    expect(columns).toHaveLength(6);
    // The column square, turned by 45°, has a corner straight above its centre.
    const squares = columns.filter((p) => p.points.length === 4);
    expect(squares).toHaveLength(3);
    const top = squares[0]!.points.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(top[0]).toBeCloseTo(15_000, 3);
    expect(top[1]).toBeCloseTo(45_000 + 300 * Math.SQRT2, 3);
  });
});

describe('text as AutoCAD writes it', () => {
  it.each([
    ['{\\fArial|b1;Gian}\\P\\H0.8x;số 1', 'Gian\nsố 1'],
    ['Kh\\U+1EE5 \\C1;v\\U+1EF1c', 'Khụ vực'],
    ['\\LGạch chân\\l và \\S1/2; m', 'Gạch chân và 1/2 m'],
    ['Giá \\{đặc biệt\\}', 'Giá {đặc biệt}'],
  ])('MTEXT %j reads %j', (raw, text) => {
    expect(plainMText(raw)).toBe(text);
  });

  it('reads TEXT specials and decomposed tone marks as one composed text', () => {
    expect(plainText('Cột %%c300 %%d')).toBe('Cột ⌀300 °');
    expect(plainText('Tie\u0302\u0300n')).toBe('Tiền');
  });
});

describe('files that are not a readable DXF', () => {
  const good = venueDxfR2018Bytes();
  it.each([
    ['empty', new Uint8Array()],
    ['binary', new TextEncoder().encode('AutoCAD Binary DXF\r\n\u001a\u0000…')],
    ['dwg', new TextEncoder().encode('AC1032\u0000\u0000\u0000…')],
    ['damaged', good.subarray(0, Math.floor(good.length / 2))],
    ['damaged', new TextEncoder().encode('%PDF-1.7\n…')],
  ] as const)('refuses a file that is %s', (problem, bytes) => {
    expect(() => readDxf(bytes)).toThrow(DxfReadError);
    try {
      readDxf(bytes);
    } catch (e) {
      expect((e as DxfReadError).problem).toBe(problem);
    }
  });
});

describe('rectangles', () => {
  it('are four square corners, and nothing else', () => {
    const square = {
      layer: 'x',
      closed: true,
      points: [
        [0, 0],
        [3, 0],
        [3, 3],
        [0, 3],
      ] as [number, number][],
    };
    expect(rectangleCorners(square)).not.toBeNull();
    expect(
      rectangleCorners({
        ...square,
        points: [
          [0, 0],
          [3, 0],
          [3.2, 3],
          [0, 3],
        ],
      }),
    ).toBeNull();
    expect(rectangleCorners({ ...square, closed: false })).toBeNull();
    expect(rectangleCorners({ ...square, closed: false, points: [...square.points, [0, 0]] })).not.toBeNull();
  });

  it('the code-page encoder the fixtures use writes tone marks as AutoCAD R12 did', () => {
    expect(new TextDecoder('windows-1258').decode(encodeCp1258('Tường')).normalize('NFC')).toBe('Tường');
  });
});
