import type { TFunction } from 'i18next';
import { ApiError, reasonOf, type ApiErrorShape, type ErrorCode, type ErrorReason, type FieldIssue } from '../../shared/api/errors';
import { saleRuleOf, type SaleRule } from '../../shared/model/sales';
import type { StaffRefusal } from '../../shared/model/staff';
import { refusalOf } from './api';

/**
 * A refusal as the phone keeps it: the code and what fills its sentence, never the server's English
 * words. It is put into words when shown, so it follows the language the person picks, even later.
 */
export interface PhoneRefusal {
  code: ErrorCode;
  /** Why the phone itself was turned away (removed, not joined). */
  staff?: StaffRefusal;
  /** The sales rule the entry broke. */
  rule?: SaleRule;
  /** A refusal the whole app words the same (`common:errors.reasons`), with its values. */
  reason?: ErrorReason;
  values?: Record<string, string | number>;
  /** The field refused by the contract's schema. */
  field?: string;
}

export function keepRefusal(error: ApiErrorShape): PhoneRefusal {
  const kept: PhoneRefusal = { code: error.code };
  const staff = refusalOf(error);
  if (staff) kept.staff = staff;
  const rule = saleRuleOf(error.details);
  if (rule) kept.rule = rule;
  const why = reasonOf(ApiError.fromShape(error));
  if (why) {
    kept.reason = why.reason;
    kept.values = why.values;
  }
  const field = ((error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? [])[0]?.path[0];
  if (typeof field === 'string') kept.field = field;
  return kept;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

const PHONE_FIELDS = new Set(['amountDong', 'boothNumber', 'personName']);

/** The sentence for a refusal, in the phone's language, from the catalogues only. */
export function refusalText(refusal: PhoneRefusal, t: TFunction<['staff', 'sales', 'common']>): string {
  if (refusal.staff) return t(`staff:phone.refusals.${refusal.staff}`);
  // Staff cannot allocate booths nor see the organizers' changes: these two say what to do from a phone.
  if (refusal.rule === 'noExhibitor') return t('staff:phone.noExhibitorRefused');
  if (refusal.rule === 'alreadyVoided') return t('staff:phone.alreadyVoided');
  if (refusal.rule) return t(`sales:rules.${refusal.rule}`);
  // The values a reason's sentence needs come from the server: typed loosely, as the desktop's notices do.
  if (refusal.reason) return (t as unknown as Translate)(`common:errors.reasons.${refusal.reason}`, refusal.values ?? {});
  if (refusal.code === 'VALIDATION' && refusal.field && PHONE_FIELDS.has(refusal.field)) {
    return t(`staff:phone.fields.${refusal.field as 'amountDong' | 'boothNumber' | 'personName'}`);
  }
  return t(`staff:phone.errors.${refusal.code}`);
}
