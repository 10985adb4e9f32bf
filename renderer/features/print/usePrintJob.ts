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
  /** The job being waited for; a new start or a stop replaces it, and the old loop lets go. */
  const current = useRef<{ jobId: string | null } | null>(null);

  useEffect(
    () => () => {
      // Closing the dialog stops a job nobody waits for any more.
      const jobId = current.current?.jobId;
      current.current = null;
      if (jobId) void api.cancelPrint({ jobId }).catch(() => undefined);
    },
    [api],
  );

  const start = useCallback(
    async (request: PrintRequest) => {
      const run: { jobId: string | null } = { jobId: null };
      current.current = run;
      setState({ phase: 'running', done: 0, total: 0 });
      try {
        run.jobId = (await api.startPrint({ fairId, request })).jobId;
        for (;;) {
          // Stopped meanwhile (even before the job had an id): the job goes, the state stays as stop left it.
          if (current.current !== run) return void api.cancelPrint({ jobId: run.jobId }).catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (current.current !== run) continue;
          const job = await api.getPrintJob({ jobId: run.jobId });
          if (current.current !== run) continue;
          if (job.state === 'running') setState({ phase: 'running', done: job.done, total: job.total });
          else {
            current.current = null;
            if (job.state === 'done') setState({ phase: 'done', file: job.file, pageCount: job.pageCount });
            else setState({ phase: 'failed', error: new Error(job.message) });
            return;
          }
        }
      } catch (error) {
        if (current.current !== run) return;
        current.current = null;
        setState({ phase: 'failed', error });
      }
    },
    [api, fairId],
  );

  const stop = useCallback(() => {
    const jobId = current.current?.jobId;
    current.current = null;
    if (jobId) void api.cancelPrint({ jobId }).catch(() => undefined);
    setState({ phase: 'idle' });
  }, [api]);

  return { state, start, stop };
}
