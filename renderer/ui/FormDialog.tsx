import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { useDismissLabel } from './dismiss';

interface FormDialogProps {
  title: string;
  onClose: () => void;
  /** Enter in a field or the submit button. The form shows its own errors: the browser's validation is off. */
  onSubmit: () => void;
  submitLabel: string;
  /** The dismiss button; "Quay lại" where the action itself is a "Hủy …". */
  cancelLabel?: string;
  /** While saving: the submit button is disabled and says so. */
  busy?: boolean;
  /** Nothing to submit yet (data still loading). */
  disabled?: boolean;
  wide?: boolean;
  formClassName?: string;
  children: ReactNode;
  /** Shown under the form, outside it (a section with its own form and save button). */
  after?: ReactNode;
}

/** A dialog around one form, with Cancel and a submit button in its footer. */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  submitLabel,
  cancelLabel,
  busy,
  disabled,
  wide,
  formClassName = 'form-grid',
  children,
  after,
}: FormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const dismiss = useDismissLabel(submitLabel);
  return (
    <Dialog
      title={title}
      open
      wide={wide}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {cancelLabel ?? dismiss}
          </button>
          <button type="submit" form={formId} className="primary" disabled={busy || disabled}>
            {busy ? t('saving') : submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className={formClassName}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
      {after}
    </Dialog>
  );
}
