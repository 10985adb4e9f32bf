import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDrawing, DrawingPlacement } from '../../../../shared/model/venue';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { PlacementFields } from './PlacementFields';

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

/** The DXF drawing under the area: import, show, fade, place by numbers or by two point pairs, remove. */
export function VenuePanel({ drawing, areaName, aligning, onImport, onPlace, onRemove, onAlign, onCancelAlign }: Props) {
  const { t } = useTranslation('venue');
  const p = drawing?.placement;
  const [confirming, setConfirming] = useState(false);

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
          <label className="plan-check">
            <input type="checkbox" checked={p.locked} onChange={(e) => onPlace({ ...p, locked: e.target.checked }, 'lock drawing')} />
            {t('image.lock')}
          </label>
          {p.locked && <p className="hint">{t('image.locked')}</p>}
          <PlacementFields
            values={{ xM: p.xM, yM: p.yM, rotationDeg: p.rotationDeg, scalePercent: p.scale * 100 }}
            disabled={p.locked}
            onApply={(v) =>
              onPlace({ ...p, xM: v.xM, yM: v.yM, rotationDeg: v.rotationDeg, scale: v.scalePercent! / 100 }, 'place drawing')
            }
          />
          {aligning === null ? (
            <button type="button" disabled={p.locked} onClick={onAlign}>
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
