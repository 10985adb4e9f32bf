import { DxfReadError, readDxf, type DxfDrawing, type DxfProblem, type DxfProgress } from '../../../../shared/venue/dxf-read';

export type DxfWorkerReply =
  { kind: 'progress'; fraction: number } | { kind: 'done'; drawing: DxfDrawing } | { kind: 'refused'; problem: DxfProblem };

/**
 * Reads a DXF in a Web Worker, telling how far it has come. The worker is the renderer's own (no
 * trip of megabytes through the main process, which also serves the fair's file and the phones);
 * where no Worker exists (tests under Node) it reads in place.
 */
export function readDxfOffThread(bytes: Uint8Array, progress?: DxfProgress): Promise<DxfDrawing> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => readDxf(bytes, progress));
  const worker = new Worker(new URL('./dxf.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<DxfDrawing>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DxfWorkerReply>) => {
      const m = event.data;
      if (m.kind === 'progress') return progress?.(m.fraction);
      worker.terminate();
      if (m.kind === 'done') resolve(m.drawing);
      else reject(new DxfReadError(m.problem));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new DxfReadError('damaged'));
    };
    worker.postMessage(bytes, [bytes.buffer]);
  });
}
