import { Dialog } from './Dialog';
import { useDismissLabel } from './dismiss';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  open: boolean;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before anything is destroyed; Cancel has the focus so Enter never destroys by accident. */
export function ConfirmDialog({ title, body, confirmLabel, open, danger, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const dismiss = useDismissLabel(confirmLabel);
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onCancel}
      footer={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            {dismiss}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{body}</p>
    </Dialog>
  );
}
