import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export interface Question {
  title: string;
  body: string;
  confirmLabel: string;
  /** The answer destroys or voids something: the button says so in red. */
  danger?: boolean;
}

/**
 * Asks one question in a dialog and resolves to the person's answer (Cancel, Escape: false).
 * Render the returned element once in the component that asks.
 */
export function useAsk(): [(question: Question) => Promise<boolean>, ReactNode] {
  const [asking, setAsking] = useState<Question | null>(null);
  const answer = useRef<(ok: boolean) => void>(() => {});
  const ask = useCallback((question: Question) => {
    answer.current(false);
    setAsking(question);
    return new Promise<boolean>((resolve) => (answer.current = resolve));
  }, []);
  const close = (ok: boolean) => {
    setAsking(null);
    const resolve = answer.current;
    answer.current = () => {};
    resolve(ok);
  };
  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={asking?.title ?? ''}
      body={asking?.body ?? ''}
      confirmLabel={asking?.confirmLabel ?? ''}
      danger={asking?.danger}
      onCancel={() => close(false)}
      onConfirm={() => close(true)}
    />
  );
  return [ask, dialog];
}
