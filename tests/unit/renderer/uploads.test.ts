import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../shared/api/errors';
import { UPLOAD_ABOVE_BASE64_CHARS } from '../../../shared/api/uploads';
import { chosenFile, sendFilesAhead, type Uploader } from '../../../renderer/api/uploads';

/** An uploader that records what it was handed and names uploads u1, u2… */
function recording(refuse = false) {
  const sent: (Blob | Uint8Array)[] = [];
  const upload: Uploader = async (body) => {
    sent.push(body);
    if (refuse) return { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than 256 MB.' } };
    return { ok: true, value: { upload: `u${sent.length}` } };
  };
  return { sent, upload };
}

describe('a chosen file goes ahead of the call that uses it, as the file itself', () => {
  it('sends the File (never its bytes read into the page) and the call names the upload', async () => {
    const file = new File(['Tên đơn vị,Gian\nHTX Ba Lan,A01\n'], 'don-vi.csv', { type: 'text/csv' });
    const { sent, upload } = recording();
    const ahead = await sendFilesAhead(upload, { fairId: 'f1', file: chosenFile(file), mapping: { legalName: 0 } });
    expect(sent).toEqual([file]);
    expect(ahead).toEqual({
      input: { fairId: 'f1', file: { fileName: 'don-vi.csv', mimeType: 'text/csv', base64: '', upload: 'u1' }, mapping: { legalName: 0 } },
    });
  });

  it('the desktop leaves small inline files alone; browser mode sends large base64 ahead too', async () => {
    const big = 'A'.repeat(UPLOAD_ABOVE_BASE64_CHARS);
    const desktop = recording();
    expect(await sendFilesAhead(desktop.upload, { fileName: 'x.png', base64: big }, false)).toEqual({
      input: { fileName: 'x.png', base64: big },
    });
    expect(desktop.sent).toEqual([]);
    const browser = recording();
    expect(await sendFilesAhead(browser.upload, { fileName: 'x.png', base64: big })).toEqual({
      input: { fileName: 'x.png', base64: '', upload: 'u1' },
    });
    expect(browser.sent[0]).toBeInstanceOf(Uint8Array);
  });

  it('a refused upload is the call’s answer, and the call is not made', async () => {
    const { upload } = recording(true);
    const ahead = (await sendFilesAhead(upload, { file: chosenFile(new File(['x'], 'a.fairfloor')) })) as { refused: Reply<unknown> };
    expect(ahead.refused).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
  });
});
