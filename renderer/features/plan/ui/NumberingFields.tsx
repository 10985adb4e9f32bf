import { useTranslation } from 'react-i18next';
import { boothNumbers, parseSkip, type Numbering } from '../editor/numbering';
import { parseNumber } from './problems';

/** What the person typed for a numbering; kept as text so half-typed values are not lost. */
export interface NumberingText {
  prefix: string;
  start: string;
  step: string;
  padding: string;
  skip: string;
}

export const DEFAULT_NUMBERING_TEXT: NumberingText = { prefix: 'A', start: '1', step: '1', padding: '2', skip: '' };

/** The numbering the text means, or the fields that are not numbers. */
export function parseNumbering(n: NumberingText): { value: Numbering } | { errors: (keyof NumberingText)[] } {
  const start = parseNumber(n.start);
  const step = parseNumber(n.step);
  const padding = parseNumber(n.padding);
  const skip = parseSkip(n.skip);
  const errors: (keyof NumberingText)[] = [];
  if (start === null || !Number.isInteger(start)) errors.push('start');
  if (step === null || !Number.isInteger(step) || step === 0) errors.push('step');
  if (padding === null || !Number.isInteger(padding) || padding < 0 || padding > 8) errors.push('padding');
  if (skip === null) errors.push('skip');
  if (errors.length) return { errors };
  return { value: { prefix: n.prefix.trim(), start: start!, step: step!, padding: padding!, skip: skip! } };
}

export function NumberingFields({
  value,
  onChange,
  count,
  errors,
}: {
  value: NumberingText;
  onChange: (v: NumberingText) => void;
  count: number;
  errors: (keyof NumberingText)[];
}) {
  const { t } = useTranslation('plan');
  const parsed = parseNumbering(value);
  const numbers = 'value' in parsed && count > 0 ? boothNumbers(parsed.value, count) : [];
  const field = (key: keyof NumberingText, label: string, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={value[key]}
        placeholder={hint}
        aria-invalid={errors.includes(key) ? 'true' : undefined}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
      {errors.includes(key) && <span className="field-error">{t('problems.notNumber')}</span>}
    </label>
  );
  return (
    <>
      <div className="field-row">
        {field('prefix', t('generator.prefix'))}
        {field('start', t('generator.start'))}
        {field('step', t('generator.step'))}
        {field('padding', t('generator.padding'))}
      </div>
      {field('skip', t('generator.skip'), t('generator.skipHint'))}
      {numbers.length > 0 && <p className="hint">{t('generator.preview', { first: numbers[0]!, last: numbers.at(-1)! })}</p>}
    </>
  );
}
