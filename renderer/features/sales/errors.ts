import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { SALE_RULES } from '../../../shared/model/sales';

type RuleKey = keyof typeof SALE_RULES;
const RULE_BY_MESSAGE = new Map(Object.entries(SALE_RULES).map(([key, message]) => [message as string, key as RuleKey]));

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Turns a refusal of the main side into text beside the fields it concerns, in the person's
 * language; anything not about a field comes back under `form`.
 */
export function useSaleErrors(): (error: unknown) => FieldErrors {
  const { t } = useTranslation(['sales', 'common']);
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return { form: t('common:errors.INTERNAL') };
      const rule = RULE_BY_MESSAGE.get(error.message);
      const issues = (error.details as { issues?: FieldIssue[] } | undefined)?.issues;
      if (error.code === 'VALIDATION' && issues?.length) {
        const out: FieldErrors = {};
        for (const issue of issues) {
          const key = RULE_BY_MESSAGE.get(issue.message);
          out[String(issue.path[0] ?? 'form')] ??= key ? t(`rules.${key}`) : issue.message;
        }
        return out;
      }
      return { form: rule ? t(`rules.${rule}`) : t(`common:errors.${error.code}`) };
    },
    [t],
  );
}
