import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileBytes } from '../../../shared/model/fair';
import type { PrintRequest } from '../../../shared/model/print';
import { useApi } from '../../api/client';

export type PrintState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; file: FileBytes; pageCount: number }
  | { phase: 'failed'; error: unknown };

const POLL_MS = 150;

/** Starts a PDF job in the main process and polls it until the file is ready, for a progress bar. */
export function usePrintJob(fairId: string) {
  const api = useApi();
  const [state, setState] = useState<PrintState>({ phase: 'idle' });
  const current = useRef<string | null>(null);

  useEffect(
    () => () => {
      // Closing the dialog stops a job nobody waits for any more.
      if (current.current) void api.cancelPrint({ jobId: current.current }).catch(() => undefined);
    },
    [api],
  );

  const start = useCallback(
    async (request: PrintRequest) => {
      setState({ phase: 'running', done: 0, total: 0 });
      try {
        const { jobId } = await api.startPrint({ fairId, request });
        current.current = jobId;
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (current.current !== jobId) return;
          const job = await api.getPrintJob({ jobId });
          if (job.state === 'running') setState({ phase: 'running', done: job.done, total: job.total });
          else {
            current.current = null;
            if (job.state === 'done') setState({ phase: 'done', file: job.file, pageCount: job.pageCount });
            else setState({ phase: 'failed', error: new Error(job.message) });
            return;
          }
        }
      } catch (error) {
        current.current = null;
        setState({ phase: 'failed', error });
      }
    },
    [api, fairId],
  );

  const stop = useCallback(() => {
    const jobId = current.current;
    current.current = null;
    if (jobId) void api.cancelPrint({ jobId }).catch(() => undefined);
    setState({ phase: 'idle' });
  }, [api]);

  return { state, start, stop };
}
