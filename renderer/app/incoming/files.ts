/** What a file dropped on the window (or handed over by the system) is, by its name. */
export type DroppedKind = 'fair' | 'exhibitors';

export function droppedKind(fileName: string): DroppedKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.fairfloor')) return 'fair';
  if (lower.endsWith('.xlsx') || lower.endsWith('.csv')) return 'exhibitors';
  return null;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function mimeTypeOf(fileName: string): string {
  const kind = droppedKind(fileName);
  if (kind === 'fair') return 'application/vnd.fairfloor';
  return fileName.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX_MIME;
}

/** Only drags that carry files interest the window (not text or a booth dragged on the canvas). */
export function carriesFiles(types: readonly string[] | DOMStringList | undefined): boolean {
  return !!types && Array.from(types as ArrayLike<string>).includes('Files');
}

/** Library screen asks, via this flag and event, to open its "new fair" form (from the menu). */
export const NEW_FAIR_EVENT = 'fairfloor:new-fair';
let newFairRequested = false;
export function requestNewFair(): void {
  newFairRequested = true;
  window.dispatchEvent(new Event(NEW_FAIR_EVENT));
}
export function takeNewFairRequest(): boolean {
  const was = newFairRequested;
  newFairRequested = false;
  return was;
}
