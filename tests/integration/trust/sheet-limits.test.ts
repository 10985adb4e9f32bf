import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { MAX_ROWS, readSheet } from '../../../electron/services/exhibitors/import/read-sheet';

const EXCEL_ROWS = 1_048_576;

/** The largest sheet Excel can hold, written as Excel writes it: some 5 MB zipped, ~40 MB of XML. */
async function fullSheet(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const rows: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  rows.push('<row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row>');
  for (let r = 2; r <= EXCEL_ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  rows.push('</sheetData></worksheet>');
  zip.file('xl/worksheets/sheet1.xml', rows.join(''));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

describe('spreadsheet limits are checked while reading', () => {
  it('a 1,048,576-row sheet is refused for its rows without being read whole', { timeout: 180_000 }, async () => {
    const bytes = await fullSheet();
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    let error: unknown;
    try {
      await readSheet(bytes, 'don-vi.xlsx');
    } catch (e) {
      error = e;
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details).toMatchObject({ reason: 'tooManyRows', max: MAX_ROWS });
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('a CSV over the row limit is refused while parsing, and one within it is read', async () => {
    const line = 'Công ty,0912345678\n';
    const over = Buffer.from('Tên đơn vị,Điện thoại\n' + line.repeat(MAX_ROWS + 5));
    await expect(readSheet(over, 'a.csv')).rejects.toMatchObject({ details: { reason: 'tooManyRows' } });
    const within = await readSheet(Buffer.from('Tên đơn vị,Điện thoại\n' + line.repeat(3)), 'a.csv');
    expect(within.rows).toHaveLength(4);
  });

  it('a file larger than the import takes is refused before it is parsed', async () => {
    const huge = Buffer.alloc(51 * 1024 * 1024, 'a');
    await expect(readSheet(huge, 'a.csv')).rejects.toMatchObject({ details: { reason: 'tooLarge' } });
  });
});
