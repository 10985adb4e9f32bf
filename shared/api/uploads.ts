/**
 * Browser mode: where a file is sent (raw bytes, `application/octet-stream`, the session token) ahead of
 * the call that uses it. The reply names the upload; the call carries `upload: <id>` instead of base64.
 */
export const UPLOAD_PATH = '/upload';

/** Files whose base64 is at least this long are sent ahead as uploads rather than inside the JSON call. */
export const UPLOAD_ABOVE_BASE64_CHARS = 64 * 1024;
