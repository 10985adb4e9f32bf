/** How booths are numbered: A01, A02… or 101, 103, 105…, skipping unlucky or reserved numbers. */
export interface Numbering {
  prefix: string;
  start: number;
  step: number;
  /** Zero padding: 2 makes 1 → "01". */
  padding: number;
  /** Numbers never handed out (e.g. 13), compared as numbers. */
  skip: readonly number[];
}

export const DEFAULT_NUMBERING: Numbering = { prefix: 'A', start: 1, step: 1, padding: 2, skip: [] };

/** The first `count` booth numbers of a numbering. */
export function boothNumbers(n: Numbering, count: number): string[] {
  const skip = new Set(n.skip);
  const step = n.step === 0 ? 1 : n.step;
  const out: string[] = [];
  for (let v = n.start; out.length < count; v += step) {
    if (skip.has(v)) continue;
    const digits = String(Math.abs(v)).padStart(Math.max(0, n.padding), '0');
    out.push(`${n.prefix}${v < 0 ? '-' : ''}${digits}`);
  }
  return out;
}

/** Parses "13, 4-6" into [13, 4, 5, 6]; returns null if something is not a number. */
export function parseSkip(text: string): number[] | null {
  const out: number[] = [];
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b < a || b - a > 10_000) return null;
      for (let v = a; v <= b; v++) out.push(v);
    } else if (/^\d+$/.test(part)) out.push(Number(part));
    else return null;
  }
  return out;
}

/** "A09" → "A10", skipping numbers in use and numbers left out on purpose; a number with no digits gets "-2", "-3"… */
export function nextFreeNumber(number: string, used: ReadonlySet<string>, skip: ReadonlySet<number> = new Set()): string {
  const m = /^(.*?)(\d+)$/.exec(number);
  for (let i = 1; i < 100_000; i++) {
    const value = m ? Number(m[2]) + i : 0;
    if (m && skip.has(value)) continue;
    const candidate = m ? `${m[1]}${String(value).padStart(m[2]!.length, '0')}` : `${number}-${i + 1}`;
    if (!used.has(candidate)) return candidate;
  }
  return `${number}-${Date.now()}`;
}

/** "13, 4-6" from [4, 5, 6, 13]: a skip list as a person writes it. */
export function formatSkip(skip: Iterable<number>): string {
  const sorted = [...new Set(skip)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

let collator: Intl.Collator | undefined;
/** Booth numbers in reading order (A2 before A10). One collator, made on first use: making one takes milliseconds. */
export const numberOrder = (a: string, b: string): number => (collator ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
