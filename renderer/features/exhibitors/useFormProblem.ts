import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, reasonOf, type FieldIssue } from '../../../shared/api/errors';
import { useNotices } from '../../ui/notices';

const RULES = ['illegalTransition', 'balanceDue', 'overpayment', 'notPayable', 'discountTooLarge', 'belowPaid', 'positive'] as const;
const LEDGER_RULES = [
  'creditTooSmall',
  'refundTooLarge',
  'refundedAlready',
  'cancelledBooking',
  'settlementMismatch',
  'tooLarge',
  'noReceipt',
  'notVoidable',
  'notRefundable',
] as const;

/**
 * The sentence under a form: a refused rule (a VALIDATION reply) is shown there, in place;
 * anything else (a CONFLICT, a lost connection) goes to the notices.
 */
export function useFormProblem() {
  const { t } = useTranslation(['exhibitors', 'common']);
  const notices = useNotices();
  const [problem, setProblem] = useState<string | null>(null);
  const ruleText = (error: unknown): string | null => {
    if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
    const issue = (error.details as { issues?: FieldIssue[] } | undefined)?.issues?.[0];
    if (!issue) return null;
    if ((RULES as readonly string[]).includes(issue.message)) return t(`detail.rules.${issue.message as (typeof RULES)[number]}`);
    if ((LEDGER_RULES as readonly string[]).includes(issue.message))
      return t(`ledger.rules.${issue.message as (typeof LEDGER_RULES)[number]}`);
    // A refusal with a reason of its own is said in full by the notices, with what to do.
    return reasonOf(error) ? null : t('common:required');
  };
  const report = (error: unknown) => {
    const text = ruleText(error);
    if (text) setProblem(text);
    else notices.error(error);
  };
  return { problem, clear: () => setProblem(null), report, show: setProblem };
}
