import { randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Readable } from 'node:stream';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';

/** Largest file one upload may carry: a whole fair with years of sales fits many times over. */
export const DEFAULT_MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
/** Bytes of uploads kept on disk at once, waiting for the call that uses them. */
export const DEFAULT_MAX_PENDING_UPLOAD_BYTES = 1024 * 1024 * 1024;
/** An upload no call used within this time is removed. */
const UPLOAD_KEPT_MS = 10 * 60 * 1000;

export class UploadTooLarge extends Error {
  /** True when this file alone fits, but not beside the others waiting on disk. */
  constructor(
    readonly maxBytes: number,
    readonly crowded = false,
  ) {
    super('Upload too large');
  }
}

/** How a refused upload is answered, over HTTP (413) and over IPC alike. */
export function uploadRefusal(error: UploadTooLarge): ApiErrorShape {
  const maxMb = Math.round(error.maxBytes / 1048576);
  return {
    code: 'PAYLOAD_TOO_LARGE',
    message: error.crowded
      ? 'FairFloor is receiving other large files right now. Try again in a moment.'
      : `The file is larger than ${maxMb} MB.`,
    details: { maxMb },
  };
}

/** What a request says of a file: its bytes inline as base64 (desktop), or an upload received before (browser mode). */
export interface FileRef {
  base64?: string;
  upload?: string;
}

/** Files carried inline only (the desktop app, tests): no upload can be named. */
export const inlineFiles = {
  bytes: (file: FileRef): Buffer<ArrayBuffer> => {
    if (file.upload)
      throw new ApiError('NOT_FOUND', 'The file sent for this request is no longer there. Choose it again.', { reason: 'uploadGone' });
    return Buffer.from(file.base64 ?? '', 'base64');
  },
  saveTo: (file: FileRef, destination: string): number => {
    const bytes = inlineFiles.bytes(file);
    writeFileSync(destination, bytes);
    return bytes.length;
  },
};

interface Pending {
  path: string;
  bytes: number;
  timer: NodeJS.Timeout;
}

/**
 * Files a browser sends ahead of the call that uses them: streamed to disk as they arrive, never
 * held in memory, each bounded in size and all of them together bounded on disk. A call names the
 * upload by its id; the file is used once and removed.
 */
export class Uploads {
  private readonly pending = new Map<string, Pending>();
  private held = 0;

  constructor(
    readonly dir: string,
    readonly limits = { maxBytes: DEFAULT_MAX_UPLOAD_BYTES, maxPendingBytes: DEFAULT_MAX_PENDING_UPLOAD_BYTES },
  ) {
    mkdirSync(dir, { recursive: true });
    // Uploads of an earlier run were never used: nothing can name them any more.
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
  }

  /**
   * Writes a request body to disk. Past the size limit (declared or counted) the rest is read and
   * dropped, so that the client is answered (413) rather than reset, and nothing stays on disk.
   */
  receive(body: Readable, declaredBytes = 0): Promise<{ upload: string; bytes: number }> {
    const { maxBytes, maxPendingBytes } = this.limits;
    const id = randomUUID();
    const path = join(this.dir, `${id}.upload`);
    return new Promise((resolve, reject) => {
      let bytes = 0;
      let refused: UploadTooLarge | null = null;
      const out = createWriteStream(path);
      // The file is opened asynchronously: it is removed once the stream is closed, never before.
      const closed = new Promise<void>((done) => out.once('close', done));
      const removed = () => closed.then(() => rmSync(path, { force: true }));
      const refuse = (error: UploadTooLarge) => {
        if (refused) return;
        refused = error;
        this.held -= bytes;
        out.destroy();
        body.resume();
      };
      // A broken connection or a full disk; once refused, the write stream's own end is expected.
      const fail = (error: Error) => {
        if (refused) return;
        this.held -= bytes;
        refused = new UploadTooLarge(maxBytes);
        out.destroy();
        void removed().then(() => reject(error));
      };
      body.on('data', (chunk: Buffer) => {
        if (refused) return;
        if (bytes + chunk.length > maxBytes) return refuse(new UploadTooLarge(maxBytes));
        if (this.held + chunk.length > maxPendingBytes) return refuse(new UploadTooLarge(maxBytes, true));
        bytes += chunk.length;
        this.held += chunk.length;
        // Written as it arrives; a slow disk pauses the sender rather than filling memory.
        if (!out.write(chunk)) {
          body.pause();
          out.once('drain', () => body.resume());
        }
      });
      body.on('end', () => {
        if (refused) void removed().then(() => reject(refused));
        else out.end();
      });
      body.on('error', fail);
      out.on('error', fail);
      out.on('finish', () => {
        if (refused) return;
        const timer = setTimeout(() => this.discard(id), UPLOAD_KEPT_MS);
        timer.unref();
        this.pending.set(id, { path, bytes, timer });
        resolve({ upload: id, bytes });
      });
      if (declaredBytes > maxBytes) refuse(new UploadTooLarge(maxBytes));
    });
  }

  /**
   * Desktop: a file the person chose, streamed from where it lies (never read whole), under the
   * same limits as a browser's upload. Only a regular file named by an absolute path is taken.
   */
  receiveFile(path: string): Promise<{ upload: string; bytes: number }> {
    const notThere = () => new ApiError('NOT_FOUND', 'That file could not be read. Choose it again.', { reason: 'uploadGone' });
    if (!isAbsolute(path)) return Promise.reject(notThere());
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return Promise.reject(notThere());
      size = stat.size;
    } catch {
      return Promise.reject(notThere());
    }
    return this.receive(createReadStream(path), size);
  }

  /** Desktop: bytes made in the window (a drawing rendered to PNG), which lie in no file. */
  receiveBytes(bytes: Uint8Array): Promise<{ upload: string; bytes: number }> {
    return this.receive(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), bytes.byteLength);
  }

  private take(id: string): Pending {
    const found = this.pending.get(id);
    if (!found)
      throw new ApiError('NOT_FOUND', 'The file sent for this request is no longer there. Choose it again.', { reason: 'uploadGone' });
    this.pending.delete(id);
    clearTimeout(found.timer);
    this.held -= found.bytes;
    return found;
  }

  private discard(id: string): void {
    const found = this.pending.get(id);
    if (found) rmSync(this.take(id).path, { force: true });
  }

  /** The bytes of a file a request carries; an upload is used up. */
  bytes(file: FileRef): Buffer<ArrayBuffer> {
    if (!file.upload) return inlineFiles.bytes(file);
    const { path } = this.take(file.upload);
    try {
      return readFileSync(path);
    } finally {
      rmSync(path, { force: true });
    }
  }

  /** Puts a file a request carries at `destination` (an upload is moved there, never read into memory). */
  saveTo(file: FileRef, destination: string): number {
    if (!file.upload) return inlineFiles.saveTo(file, destination);
    const { path } = this.take(file.upload);
    try {
      renameSync(path, destination);
    } finally {
      rmSync(path, { force: true });
    }
    return statSync(destination).size;
  }

  /** Bytes of uploads waiting on disk (tests watch it). */
  pendingBytes(): number {
    return this.held;
  }
}
