import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDrawing, DrawingPlacement } from '../../../../shared/model/venue';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { parseNumber } from '../ui/problems';

interface Props {
  drawing: AreaDrawing | null;
  areaName: string;
  aligning: number | null;
  onImport: () => void;
  onPlace: (p: DrawingPlacement, action: string) => void;
  onRemove: () => void;
  onAlign: () => void;
  onCancelAlign: () => void;
}

const fmt = (v: number) => String(Math.round(v * 1000) / 1000).replace('.', ',');

/** The DXF drawing under the area: import, show, fade, place by numbers or by two point pairs, remove. */
export function VenuePanel({ drawing, areaName, aligning, onImport, onPlace, onRemove, onAlign, onCancelAlign }: Props) {
  const { t } = useTranslation('venue');
  const p = drawing?.placement;
  const [fields, setFields] = useState({ x: '', y: '', rot: '', scale: '' });
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (p) setFields({ x: fmt(p.xM), y: fmt(p.yM), rot: fmt(p.rotationDeg), scale: fmt(p.scale * 100) });
  }, [p]);

  const apply = () => {
    if (!p) return;
    const [x, y, rot, scale] = [parseNumber(fields.x), parseNumber(fields.y), parseNumber(fields.rot), parseNumber(fields.scale)];
    if (x === null || y === null || rot === null || scale === null || scale <= 0 || Math.abs(rot) > 360)
      return setError(t('drawing.badPlacement'));
    setError(null);
    onPlace({ ...p, xM: x, yM: y, rotationDeg: rot, scale: scale / 100 }, 'place drawing');
  };
  const field = (key: keyof typeof fields, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
    </label>
  );

  return (
    <section className="plan-background venue-drawing" aria-label={t('drawing.title')}>
      <h3>{t('drawing.title')}</h3>
      {!drawing && <p className="hint">{t('drawing.empty')}</p>}
      <button type="button" onClick={onImport}>
        {drawing ? t('drawing.replace') : t('dxf.open')}
      </button>
      {drawing && p && (
        <>
          <p className="hint" data-testid="drawing-source">
            {t('drawing.source', { name: drawing.source, count: drawing.paths.length })}
          </p>
          <label className="plan-check">
            <input type="checkbox" checked={p.visible} onChange={(e) => onPlace({ ...p, visible: e.target.checked }, 'show drawing')} />
            {t('drawing.show')}
          </label>
          <label className="field">
            <span>{t('drawing.opacity', { percent: Math.round(p.opacity * 100) })}</span>
            <input
              type="range"
              min={10}
              max={100}
              defaultValue={Math.round(p.opacity * 100)}
              key={p.opacity}
              onPointerUp={(e) => onPlace({ ...p, opacity: Number((e.target as HTMLInputElement).value) / 100 }, 'fade drawing')}
              onKeyUp={(e) => onPlace({ ...p, opacity: Number((e.target as HTMLInputElement).value) / 100 }, 'fade drawing')}
            />
          </label>
          <fieldset className="venue-place">
            <legend>{t('drawing.place')}</legend>
            {field('x', t('drawing.x'))}
            {field('y', t('drawing.y'))}
            {field('rot', t('drawing.rotation'))}
            {field('scale', t('drawing.scale'))}
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <button type="button" onClick={apply}>
              {t('drawing.apply')}
            </button>
          </fieldset>
          {aligning === null ? (
            <button type="button" onClick={onAlign}>
              {t('drawing.align')}
            </button>
          ) : (
            <button type="button" onClick={onCancelAlign}>
              {t('drawing.cancelAlign')}
            </button>
          )}
          <button type="button" className="danger-text" onClick={() => setConfirming(true)}>
            {t('drawing.remove')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('drawing.removeTitle', { area: areaName })}
        body={t('drawing.removeBody')}
        confirmLabel={t('drawing.removeConfirm')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onRemove();
        }}
      />
    </section>
  );
}
