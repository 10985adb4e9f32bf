import { describe, expect, it } from 'vitest';
import type { TracedShape } from '../../../electron/services/print/document';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { mm } from '../../../electron/services/print/paper';
import { Progress } from '../../../electron/services/print/progress';
import { createDemoFair } from '../../../electron/services/demo';
import { DEMO_EXHIBITORS } from '../../../electron/services/demo/exhibitors';
import { allText, readPdf } from './pdf-reader';
import { fairWith, mapOptions } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

const A3_LANDSCAPE = [mm(420), mm(297)];

describe('exhibitor map PDF', () => {
  const temp = useTempLibrary();

  it('prints every booth number and exhibitor name of the demo fair with its diacritics, on the chosen paper', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const { bytes, pageCount } = await renderMapPdf(db, mapOptions(), new Progress());
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(pageCount);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A3_LANDSCAPE[0]!, 0);
      expect(page.height).toBeCloseTo(A3_LANDSCAPE[1]!, 0);
    }
    const text = allText(pages);
    const numbers = (db.prepare('SELECT number FROM booth').all() as { number: string }[]).map((r) => r.number);
    expect(numbers).toHaveLength(40);
    for (const n of numbers) expect(text).toContain(n);
    for (const e of DEMO_EXHIBITORS) {
      expect(text).toContain(e.shortName);
      expect(text).toContain(e.legalName);
    }
    expect(text).toContain('Vườn hoa Kim Đồng');
    expect(text).toContain('Sở Công Thương thành phố Hải Phòng');
    expect(text).toContain('05/07/2025 – 07/07/2025');
    expect(text).toMatch(/Tỷ lệ 1:\d+/);
    expect(text).toContain('Chú giải');

    const english = allText(await readPdf((await renderMapPdf(db, mapOptions({ language: 'en' }), new Progress())).bytes));
    expect(english).toContain('Exhibitor map');
    expect(english).toContain('Legend');
    expect(english).toContain('Exhibitors A–Z');
    expect(english).toContain('Jul 5, 2025 – Jul 7, 2025');
  });

  it('keeps prices and statuses off the visitor map and puts them on the organizer map', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const visitor = allText(await readPdf((await renderMapPdf(db, mapOptions({ variant: 'visitor' }), new Progress())).bytes));
    expect(visitor).not.toMatch(/₫|đồng|000\.000/);
    for (const status of ['Đã thanh toán', 'Đã xác nhận', 'Đã đăng ký', 'Giữ chỗ', 'Còn trống']) expect(visitor).not.toContain(status);

    const organizer = allText(
      await readPdf((await renderMapPdf(db, mapOptions({ variant: 'organizer', colorBy: 'status' }), new Progress())).bytes),
    );
    expect(organizer).toContain('3.000.000 đ');
    expect(organizer).toContain('Đã thanh toán');
    expect(organizer).toContain('Còn trống');
  });

  it('tiles an area at 1:100 with overlap: an overview page, then sheets A1…D1 on A4', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const sidewalk = (db.prepare("SELECT id FROM area WHERE name = 'Vỉa hè Trần Phú'").get() as { id: string }).id;
    const options = mapOptions({
      areaId: sidewalk,
      paper: { size: 'A4', orientation: 'landscape', marginMm: 10 },
      layout: { mode: 'tile', scale: 100, overlapMm: 10 },
      index: { byExhibitor: false, byBooth: false, groupByZone: false },
    });
    const pages = await readPdf((await renderMapPdf(db, options, new Progress())).bytes);
    // 100 m at 1:100 is 1,000 mm of paper; 277 mm frames overlapping 10 mm need 4 sheets; 8 m deep fits one row.
    expect(pages).toHaveLength(5);
    for (const page of pages) expect([page.width, page.height].map(Math.round)).toEqual([842, 595]);
    expect(pages[0]!.text).toContain('Sơ đồ ghép trang: 1 × 4 tờ, tỷ lệ 1:100');
    ['A1', 'B1', 'C1', 'D1'].forEach((label, i) => expect(pages[i + 1]!.text).toContain(`Tờ ${label} — hàng 1, cột ${i + 1}`));
    expect(pages[1]!.text).toContain('Tỷ lệ 1:100');
    // Each sheet names its neighbours along the edges, for gluing.
    expect(pages[2]!.text).toContain('← A1');
    expect(pages[2]!.text).toContain('C1 →');
  });

  it('honours paper size and orientation: A0 portrait', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const options = mapOptions({
      paper: { size: 'A0', orientation: 'portrait', marginMm: 15 },
      index: { byExhibitor: false, byBooth: false, groupByZone: false },
    });
    const pages = await readPdf((await renderMapPdf(temp.library.db(id), options, new Progress())).bytes);
    expect(pages).toHaveLength(2);
    expect([pages[0]!.width, pages[0]!.height].map(Math.round)).toEqual([Math.round(mm(841)), Math.round(mm(1189))]);
  });

  it('prints one sheet for an exhibitor with their booths named in the title block', async () => {
    const { id } = createDemoFair(temp.library, 'test');
    const db = temp.library.db(id);
    const chauLong = (db.prepare("SELECT id FROM exhibitor WHERE short_name = 'Châu Long'").get() as { id: string }).id;
    const options = mapOptions({
      variant: 'exhibitor',
      exhibitorId: chauLong,
      index: { byExhibitor: false, byBooth: false, groupByZone: false },
    });
    const pages = await readPdf((await renderMapPdf(db, options, new Progress())).bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain('Vị trí gian hàng: Châu Long');
    expect(pages[0]!.text).toContain('Gian hàng: A01, A02');
    const all = await readPdf(
      (
        await renderMapPdf(
          db,
          mapOptions({ variant: 'exhibitor', index: { byExhibitor: false, byBooth: false, groupByZone: false } }),
          new Progress(),
        )
      ).bytes,
    );
    expect(all).toHaveLength(37);
  });

  it('says so on the page when an area has no booths, and when the fair has no area', async () => {
    const { db } = fairWith(
      temp.library,
      { name: 'Sảnh A', width: 20, depth: 10 },
      [{ number: '1', x: 1, y: 1, exhibitor: 'Gốm Bát Tràng' }],
      [{ name: 'Sảnh trống', width: 30, depth: 20 }],
    );
    const pages = await readPdf(
      (await renderMapPdf(db, mapOptions({ index: { byExhibitor: false, byBooth: false, groupByZone: false } }), new Progress())).bytes,
    );
    expect(pages).toHaveLength(2);
    expect(pages[1]!.text).toContain('Sảnh trống');
    expect(pages[1]!.text).toContain('Khu vực này chưa có gian hàng nào');
    db.prepare('DELETE FROM allocation').run();
    db.prepare('DELETE FROM booth').run();
    db.prepare('DELETE FROM area').run();
    const none = await readPdf((await renderMapPdf(db, mapOptions(), new Progress())).bytes);
    expect(none[0]!.text).toContain('Hội chợ chưa có khu vực nào');
  });

  it('writes text in NFC whatever form it was typed in', async () => {
    const decomposed = 'Nước mắm Cát Hải'.normalize('NFD');
    const { db } = fairWith(temp.library, { name: 'Sảnh A'.normalize('NFD'), width: 20, depth: 10 }, [
      { number: '1', x: 1, y: 1, exhibitor: decomposed },
    ]);
    const text = allText(await readPdf((await renderMapPdf(db, mapOptions(), new Progress())).bytes));
    expect(text).toContain('Nước mắm Cát Hải'.normalize('NFC'));
    expect(text).toContain('Sảnh A'.normalize('NFC'));
    expect(text).not.toContain(decomposed);
  });

  it('survives 300-character names, emoji and mixed scripts, and keeps every label inside its booth', async () => {
    const long = 'Hợp tác xã Sản xuất và Kinh doanh Nông sản Sạch '.repeat(7).slice(0, 300);
    const booths = [
      { number: 'L1', x: 1, y: 1, exhibitor: long },
      { number: 'E1', x: 5, y: 1, exhibitor: 'Bánh mì 🥖🇻🇳 Phượng 👨‍👩‍👧' },
      { number: 'M1', x: 9, y: 1, exhibitor: 'Матрёшка Việt 中文茶 ไทย عربي Ελληνικά' },
      { number: 'S1', x: 13, y: 1, w: 1, d: 1, exhibitor: 'Cơ sở rất nhỏ nhưng có tên dài' },
      { number: 'W1', x: 1, y: 6, w: 12, d: 2, exhibitor: 'Siêuthịgiadụngkhôngcókhoảngtrắngnàocả' },
      { number: 'R1', x: 18, y: 6, rotation: 30, exhibitor: 'Gian xoay nghiêng' },
      { number: 'R2', x: 24, y: 9, rotation: 180, exhibitor: 'Gian lộn ngược' },
    ];
    const { db } = fairWith(temp.library, { name: 'Sảnh thử', width: 30, depth: 12 }, booths);
    const shapes: TracedShape[] = [];
    const { bytes } = await renderMapPdf(
      db,
      mapOptions({ paper: { size: 'A4', orientation: 'landscape', marginMm: 10 } }),
      new Progress(),
      new Date(),
      (s) => shapes.push(s),
    );
    const pages = await readPdf(bytes);
    const text = allText(pages);
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(text).toContain('Phượng');
    expect(text).toContain('Матрёшка');
    expect(text).toContain('Ελληνικά');

    const frame = shapes.find((s) => s.kind === 'frame' && s.page === 0)!.rect;
    const boxes = shapes.filter((s) => s.page === 0 && s.kind === 'booth' && !s.rotated).map((s) => s.rect);
    const onMap = pages[0]!.items.filter((i) => i.top >= frame.y - 1 && i.baseline <= frame.y + frame.h + 1);
    const slack = 0.5;
    const inside = (i: (typeof onMap)[number]) =>
      boxes.some(
        (b) => i.x >= b.x - slack && i.x + i.width <= b.x + b.w + slack && i.top >= b.y - slack && i.baseline <= b.y + b.h + slack,
      );
    const straight = onMap.filter((i) => !['R1', 'R2', 'Gian', 'xoay', 'nghiêng', 'lộn', 'ngược'].some((w) => i.str.includes(w)));
    expect(straight.length).toBeGreaterThan(8);
    expect(straight.filter((i) => !inside(i))).toEqual([]);
    for (const n of ['L1', 'E1', 'M1', 'W1', 'R1', 'R2']) expect(text).toContain(n);
  });
});
