import { useTranslation } from 'react-i18next';

/** One product row as typed: numbers stay text until the form is checked. */
export interface OcopRow {
  name: string;
  stars: string;
  certifiedYear: string;
}

export const blankOcopRow: OcopRow = { name: '', stars: '3', certifiedYear: '' };

/** The exhibitor's OCOP products: each its own stars and certificate year. */
export function OcopProductsField({
  rows,
  errors,
  onChange,
}: {
  rows: OcopRow[];
  /** Messages by row index. */
  errors: Record<number, string>;
  onChange: (rows: OcopRow[]) => void;
}) {
  const { t } = useTranslation('exhibitors');
  const set = (i: number, patch: Partial<OcopRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field exh-wide exh-ocop">
      <legend>{t('profile.ocop.title')}</legend>
      {rows.length === 0 && <p className="hint">{t('profile.ocop.none')}</p>}
      {rows.map((row, i) => (
        <div className="exh-ocop-row" key={i}>
          <label>
            <span>{t('profile.ocop.name')}</span>
            <input
              value={row.name}
              aria-invalid={errors[i] ? true : undefined}
              aria-describedby={errors[i] ? `exh-ocop-${i}-error` : undefined}
              onChange={(e) => set(i, { name: e.target.value })}
            />
          </label>
          <label>
            <span>{t('profile.ocop.stars')}</span>
            <select value={row.stars} onChange={(e) => set(i, { stars: e.target.value })}>
              {[3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {'★'.repeat(n)} {t('profile.ocop.starsOption', { count: n })}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('profile.ocop.year')}</span>
            <input
              value={row.certifiedYear}
              inputMode="numeric"
              maxLength={4}
              onChange={(e) => set(i, { certifiedYear: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="icon"
            aria-label={t('profile.ocop.remove', { name: row.name || i + 1 })}
            onClick={() => onChange(rows.filter((_r, j) => j !== i))}
          >
            ×
          </button>
          {errors[i] && (
            <span className="field-error" id={`exh-ocop-${i}-error`}>
              {errors[i]}
            </span>
          )}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, blankOcopRow])}>
        {t('profile.ocop.add')}
      </button>
    </fieldset>
  );
}
