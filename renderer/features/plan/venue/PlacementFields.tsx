import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumber } from '../ui/problems';

/** Where an underlay lies: its top-left in metres, its turn in degrees, and (for a DXF) its scale in %. */
export interface PlacementValues {
  xM: number;
  yM: number;
  rotationDeg: number;
  scalePercent?: number;
}

const fmt = (v: number) => String(Math.round(v * 1000) / 1000).replace('.', ',');

/** Typed placement of a background image or a DXF drawing: applied on Enter or with the button, as one undoable step. */
export function PlacementFields({
  values,
  disabled,
  onApply,
}: {
  values: PlacementValues;
  disabled?: boolean;
  onApply: (v: PlacementValues) => void;
}) {
  const { t } = useTranslation('venue');
  const withScale = values.scalePercent !== undefined;
  const [fields, setFields] = useState({ x: '', y: '', rot: '', scale: '' });
  const [error, setError] = useState<string | null>(null);
  const { xM, yM, rotationDeg, scalePercent } = values;
  useEffect(() => {
    setFields({ x: fmt(xM), y: fmt(yM), rot: fmt(rotationDeg), scale: scalePercent === undefined ? '' : fmt(scalePercent) });
  }, [xM, yM, rotationDeg, scalePercent]);

  const apply = () => {
    const [x, y, rot] = [parseNumber(fields.x), parseNumber(fields.y), parseNumber(fields.rot)];
    const scale = withScale ? parseNumber(fields.scale) : undefined;
    if (x === null || y === null || rot === null || scale === null || (scale !== undefined && scale <= 0) || Math.abs(rot) > 360)
      return setError(t('drawing.badPlacement'));
    setError(null);
    onApply({ xM: x, yM: y, rotationDeg: rot, ...(scale !== undefined ? { scalePercent: scale } : {}) });
  };
  const field = (key: keyof typeof fields, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        disabled={disabled}
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
    </label>
  );
  return (
    <fieldset className="venue-place" disabled={disabled}>
      <legend>{t('drawing.place')}</legend>
      {field('x', t('drawing.x'))}
      {field('y', t('drawing.y'))}
      {field('rot', t('drawing.rotation'))}
      {withScale && field('scale', t('drawing.scale'))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={apply}>
        {t('drawing.apply')}
      </button>
    </fieldset>
  );
}
