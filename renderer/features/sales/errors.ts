import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../../shared/api/errors';
import { saleRuleOf, type SaleRule } from '../../../shared/model/sales';
import { explainError } from '../../ui/notices';

export type FieldErrors = Partial<Record<string, string>>;

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The sales rule a refusal names in `details.rule` (the same code the staff phone says), when it is one. */
export function refusedRule(error: unknown, rule?: SaleRule): SaleRule | null {
  const named = error instanceof ApiError ? saleRuleOf(error.details) : null;
  return rule === undefined || named === rule ? named : null;
}

/**
 * A refusal of the main side as text beside the fields it concerns, in the person's language; anything
 * not about a field comes back under `form`. A sales rule is said by its code from the catalogue, never
 * by the main side's English words; another field refusal says its own words in English only.
 */
export function saleErrorTexts(error: unknown, language: string, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return { form: t('common:errors.INTERNAL') };
  const rule = saleRuleOf(error.details);
  const issues = (error.details as { issues?: FieldIssue[] } | undefined)?.issues;
  if (error.code === 'VALIDATION' && issues?.length) {
    const out: FieldErrors = {};
    for (const issue of issues) {
      // A rule's refusal names one field: its issue is the rule's.
      const text = rule ? t(`sales:rules.${rule}`) : language === 'en' ? issue.message : t('common:errors.VALIDATION');
      out[String(issue.path[0] ?? 'form')] ??= text;
    }
    return out;
  }
  return { form: rule ? t(`sales:rules.${rule}`) : explainError(error, language, t) };
}

export function useSaleErrors(): (error: unknown) => FieldErrors {
  const { t, i18n } = useTranslation(['sales', 'common']);
  return useCallback((error: unknown) => saleErrorTexts(error, i18n.language, t as unknown as Translate), [t, i18n.language]);
}
