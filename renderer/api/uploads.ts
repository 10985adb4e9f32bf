import type { Reply } from '../../shared/api/errors';
import { UPLOAD_ABOVE_BASE64_CHARS, UPLOAD_PATH } from '../../shared/api/uploads';
import { base64ToBytes } from './files';

/** Sends one file's bytes ahead of the call; FairFloor streams them to disk and answers with the upload's id. */
async function upload(token: string, base64: string): Promise<Reply<{ upload: string }>> {
  const response = await fetch(UPLOAD_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
    body: base64ToBytes(base64),
  });
  return (await response.json()) as Reply<{ upload: string }>;
}

/**
 * Browser mode: every large file inside a call's input (a `base64` field of any object in it) is sent
 * ahead as an upload and the call names it instead, so FairFloor never holds a large JSON body in memory.
 * Returns the input to send, or the refusal of an upload (too large, FairFloor busy receiving others).
 */
export async function sendFilesAhead(token: string, input: unknown): Promise<{ input: unknown } | { refused: Reply<unknown> }> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { input };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'base64' && typeof value === 'string' && value.length >= UPLOAD_ABOVE_BASE64_CHARS) {
      const reply = await upload(token, value);
      if (!reply.ok) return { refused: reply };
      out.base64 = '';
      out.upload = reply.value.upload;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = await sendFilesAhead(token, value);
      if ('refused' in inner) return inner;
      out[key] = inner.input;
    } else out[key] = value;
  }
  return { input: out };
}
