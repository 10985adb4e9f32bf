// Reads a DXF off the window's thread: a 5 MB drawing takes seconds to parse, and the plan stays
// responsive meanwhile. The bytes come in transferred; the drawing (plain data) goes back.
import { DxfReadError, readDxf } from '../../../../shared/venue/dxf-read';
import type { DxfWorkerReply } from './readDxfOffThread';

const reply = (message: DxfWorkerReply) => (self as unknown as { postMessage: (m: DxfWorkerReply) => void }).postMessage(message);

self.onmessage = (event: MessageEvent<Uint8Array>) => {
  try {
    const drawing = readDxf(event.data, (fraction) => reply({ kind: 'progress', fraction }));
    reply({ kind: 'done', drawing });
  } catch (e) {
    reply({ kind: 'refused', problem: e instanceof DxfReadError ? e.problem : 'damaged' });
  }
};
