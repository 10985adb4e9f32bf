import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files FairFloor opens when the system hands them over (double-click, "Open with", drag onto the icon). */
export const FAIR_FILE_EXTENSION = '.fairfloor';
export const EXHIBITOR_FILE_EXTENSIONS = ['.xlsx', '.csv'] as const;

export type IncomingKind = 'fair' | 'exhibitors';

export function incomingKind(path: string): IncomingKind | null {
  const ext = extname(path).toLowerCase();
  if (ext === FAIR_FILE_EXTENSION) return 'fair';
  return (EXHIBITOR_FILE_EXTENSIONS as readonly string[]).includes(ext) ? 'exhibitors' : null;
}

/**
 * The file named on a command line, or null. `argv` is the process's (or, for a second instance,
 * the one Electron forwards): the executable, in development the app folder, Chromium's switches,
 * then what the system passed. The last file FairFloor can open wins.
 */
export function fileFromArgv(argv: readonly string[], options: { isPackaged: boolean; cwd?: string }): string | null {
  const skip = options.isPackaged ? 1 : 2;
  const candidates = argv
    .slice(skip)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => {
      if (arg.startsWith('file://')) {
        try {
          return fileURLToPath(arg);
        } catch {
          return null;
        }
      }
      return resolve(options.cwd ?? process.cwd(), arg);
    })
    .filter((p): p is string => !!p && incomingKind(p) !== null);
  return candidates.at(-1) ?? null;
}

/** What the window is told to do with a file the system handed over. */
export type IncomingFile =
  /** A fair already in the list of fairs (its file lives in the library folder): just open it. */
  | { kind: 'open-fair'; fairId: string; fileName: string }
  /** A fair file from elsewhere: a copy is added to the list and opened (the original is never changed). */
  | { kind: 'import-fair'; path: string; fileName: string }
  /** A spreadsheet of exhibitors: the window asks which fair to import it into. */
  | { kind: 'import-exhibitors'; path: string; fileName: string };

const SAFE_FAIR_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Open or import: a fair file in the library folder is opened in place; anything else is brought in as a copy. */
export function classifyIncoming(path: string, libraryDir: string): IncomingFile | null {
  const kind = incomingKind(path);
  const fileName = basename(path);
  if (kind === 'exhibitors') return { kind: 'import-exhibitors', path, fileName };
  if (kind !== 'fair') return null;
  const fairId = basename(path, extname(path));
  const inLibrary = resolve(dirname(path)) === resolve(libraryDir) && SAFE_FAIR_ID.test(fairId);
  return inLibrary ? { kind: 'open-fair', fairId, fileName } : { kind: 'import-fair', path, fileName };
}

/**
 * Files that arrive before the window can take them (at launch, or during start-up on macOS) wait
 * here; once the window says it is listening they are handed over in order, and later ones go straight through.
 */
export class IncomingQueue<T> {
  private pending: T[] = [];
  private deliver: ((item: T) => void) | null = null;

  push(item: T): void {
    if (this.deliver) this.deliver(item);
    else this.pending.push(item);
  }

  /** The window is ready: everything waiting goes now, in arrival order. */
  attach(deliver: (item: T) => void): void {
    this.deliver = deliver;
    for (const item of this.pending.splice(0)) deliver(item);
  }

  /** The window went away (closed or reloading): hold files again until the next one listens. */
  detach(): void {
    this.deliver = null;
  }
}
