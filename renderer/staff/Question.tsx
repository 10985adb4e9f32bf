import { useTranslation } from 'react-i18next';
import { formatDay, formatTimestamp } from '../../shared/dates';
import { formatDong } from '../../shared/money';

/** A question the phone asks before it records: shown in place, big buttons, nothing saved until answered. */
export function Question({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="phone-question" role="alertdialog" aria-label={title} aria-describedby={`${testId ?? 'q'}-body`} data-testid={testId}>
      <strong>{title}</strong>
      <p id={`${testId ?? 'q'}-body`}>{body}</p>
      <div className="phone-question-actions">
        <button type="button" className="phone-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

/** The same booth, day and amount recorded minutes ago: the desktop's question, in the same words. */
export function DuplicateQuestion({
  entry,
  twin,
  onAnswer,
  testId,
}: {
  entry: { boothNumber: string; amountDong: number; day: string };
  twin: { recordedAt: string; recordedBy: string };
  onAnswer: (recordAnyway: boolean) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation('sales');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Question
      testId={testId}
      title={t('duplicate.title')}
      body={t('duplicate.body', {
        booth: entry.boothNumber,
        amount: formatDong(entry.amountDong, language),
        day: formatDay(entry.day, language),
        time: twin.recordedAt ? formatTimestamp(twin.recordedAt, language) : '',
        by: twin.recordedBy || t('duplicate.someone'),
      })}
      confirmLabel={t('duplicate.confirm')}
      onConfirm={() => onAnswer(true)}
      onCancel={() => onAnswer(false)}
    />
  );
}
