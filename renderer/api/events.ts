/**
 * Reads the data of each complete block of a server-sent event stream (the desktop's change feed,
 * a staff phone's); returns what is left unfinished. No imports: the staff page's bundle takes it alone.
 */
export function readEvents(buffer: string, emit: (data: string) => void): string {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    if (data) emit(data);
  }
  return rest;
}
