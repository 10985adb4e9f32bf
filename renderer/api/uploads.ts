import type { Reply } from '../../shared/api/errors';
import type { FileBytes } from '../../shared/model/fair';
import { UPLOAD_ABOVE_BASE64_CHARS, UPLOAD_PATH } from '../../shared/api/uploads';
import { base64ToBytes } from './files';

/** Sends one file's bytes ahead of the call that uses it and answers with the upload's id. */
export type Uploader = (body: Blob | Uint8Array<ArrayBuffer>) => Promise<Reply<{ upload: string }>>;

/** A file the person chose, as a call's input carries it: the transport sends the file itself ahead. */
export type ChosenFile = FileBytes & { file: Blob };

/**
 * A chosen file for a call's input. Its bytes are never read into the page: browser mode streams the
 * file in the upload's body, the desktop app hands the main process the file's path.
 */
export function chosenFile(file: File, mimeType = file.type || 'application/octet-stream'): ChosenFile {
  return { fileName: file.name, mimeType, base64: '', file };
}

/** Browser mode: raw bytes in a POST with the session token; FairFloor streams them to disk. */
export function httpUploader(token: string): Uploader {
  return async (body) => {
    const response = await fetch(UPLOAD_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
      body,
    });
    return (await response.json()) as Reply<{ upload: string }>;
  };
}

/**
 * Every file inside a call's input is sent ahead as an upload and the call names it instead, so
 * FairFloor never holds a large JSON body (or IPC message) in memory: a chosen file (`file`) always,
 * and a `base64` field at least UPLOAD_ABOVE_BASE64_CHARS long when `inlineToo` (browser mode).
 * Returns the input to send, or the refusal of an upload (too large, FairFloor busy receiving others).
 */
export async function sendFilesAhead(
  upload: Uploader,
  input: unknown,
  inlineToo = true,
): Promise<{ input: unknown } | { refused: Reply<unknown> }> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { input };
  const out: Record<string, unknown> = {};
  const ahead = async (body: Blob | Uint8Array<ArrayBuffer>) => {
    const reply = await upload(body);
    if (reply.ok) Object.assign(out, { base64: '', upload: reply.value.upload });
    return reply;
  };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'file' && value instanceof Blob) {
      const reply = await ahead(value);
      if (!reply.ok) return { refused: reply };
    } else if (key === 'base64' && inlineToo && typeof value === 'string' && value.length >= UPLOAD_ABOVE_BASE64_CHARS) {
      const reply = await ahead(base64ToBytes(value));
      if (!reply.ok) return { refused: reply };
    } else if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Blob)) {
      const inner = await sendFilesAhead(upload, value, inlineToo);
      if ('refused' in inner) return inner;
      out[key] = inner.input;
    } else if (!(key in out)) out[key] = value;
  }
  return { input: out };
}
