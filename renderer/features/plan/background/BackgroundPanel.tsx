import { useEffect, useRef, useState } from 'react';
import { PlacementFields } from '../venue/PlacementFields';
import { useTranslation } from 'react-i18next';
import type { Area, BackgroundPlacement } from '../../../../shared/model/plan';
import { pickFile } from '../../../api/files';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { PlanEditor } from '../editor/editor';
import { readDrawing, UnreadableDrawing } from './readDrawing';
import { placementOf, type useBackground } from './useBackground';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

/** Import, show or hide, fade, place, turn, lock, calibrate, line up and remove the image under the current area. */
export function BackgroundPanel({
  editor,
  area,
  bg,
  aligning,
  onAlign,
}: {
  editor: PlanEditor;
  area: Area;
  bg: ReturnType<typeof useBackground>;
  /** Pairs taken so far while lining the image up by two point pairs; null when not lining up. */
  aligning: number | null;
  onAlign: () => void;
}) {
  const { t } = useTranslation('plan');
  const { t: tv } = useTranslation('venue');
  const language = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<'remove' | 'replace' | null>(null);
  const { background } = bg;
  const [opacity, setOpacity] = useState(background?.opacity ?? 0.5);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setOpacity(background?.opacity ?? 0.5), [background?.opacity]);

  const placement = (): BackgroundPlacement | null => (background ? placementOf(background) : null);
  const importFile = async () => {
    const file = await pickFile('image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf');
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      const drawing = await readDrawing(file);
      // First guess: the drawing spans the area's width; calibration makes it exact.
      const metresPerPixel = area.widthM / drawing.pixelWidth;
      bg.set.mutate({ drawing, placement: { xM: 0, yM: 0, metresPerPixel, opacity: 0.5, visible: true, rotationDeg: 0, locked: false } });
    } catch (e) {
      setError(e instanceof UnreadableDrawing ? t('background.unreadable', { name: e.message }) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const fade = (value: number) => {
    setOpacity(value);
    clearTimeout(timer.current);
    const p = placement();
    if (p) timer.current = setTimeout(() => bg.place({ ...p, opacity: value }, 'fade background'), 250);
  };

  return (
    <section className="plan-background" aria-label={t('background.title')}>
      {!background && <p className="hint">{t('background.empty')}</p>}
      <button type="button" disabled={busy || bg.set.isPending} onClick={() => (background ? setConfirming('replace') : void importFile())}>
        {background ? t('background.replace') : t('background.import')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {background && (
        <>
          <label className="plan-check">
            <input
              type="checkbox"
              checked={background.visible}
              onChange={(e) => bg.place({ ...placement()!, visible: e.target.checked }, 'show background')}
            />
            {t('background.show')}
          </label>
          <label className="field">
            <span>{t('background.opacity', { percent: Math.round(opacity * 100) })}</span>
            <input type="range" min={0} max={100} value={Math.round(opacity * 100)} onChange={(e) => fade(Number(e.target.value) / 100)} />
          </label>
          <p className="hint">{t('background.scale', { cm: formatNumber(background.metresPerPixel * 100, language, 2) })}</p>
          <label className="plan-check">
            <input
              type="checkbox"
              checked={background.locked}
              onChange={(e) => bg.place({ ...placement()!, locked: e.target.checked }, 'lock background')}
            />
            {tv('image.lock')}
          </label>
          {background.locked && <p className="hint">{tv('image.locked')}</p>}
          <button
            type="button"
            disabled={background.locked}
            aria-pressed={editor.tool.kind === 'background'}
            onClick={() => editor.setTool(editor.tool.kind === 'background' ? { kind: 'select' } : { kind: 'background' })}
          >
            {tv('image.handles')}
          </button>
          <PlacementFields
            values={{ xM: background.xM, yM: background.yM, rotationDeg: background.rotationDeg }}
            disabled={background.locked}
            onApply={(v) => bg.place({ ...placement()!, xM: v.xM, yM: v.yM, rotationDeg: v.rotationDeg }, 'place background')}
          />
          <button
            type="button"
            disabled={background.locked}
            onClick={() => editor.setTool({ kind: 'calibrate' })}
            aria-pressed={editor.tool.kind === 'calibrate' && aligning === null}
          >
            {t('background.calibrate')}
          </button>
          {aligning === null ? (
            <button type="button" disabled={background.locked} onClick={onAlign}>
              {tv('drawing.align')}
            </button>
          ) : (
            <button type="button" onClick={() => editor.setTool({ kind: 'select' })}>
              {tv('drawing.cancelAlign')}
            </button>
          )}
          <button type="button" className="danger-text" onClick={() => setConfirming('remove')}>
            {t('background.remove')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t(confirming === 'replace' ? 'background.replaceTitle' : 'background.removeTitle', { area: area.name })}
        body={t(confirming === 'replace' ? 'background.replaceBody' : 'background.removeBody')}
        confirmLabel={confirming === 'replace' ? t('background.chooseFile') : t('background.removeConfirm')}
        danger
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          if (confirming === 'replace') void importFile();
          else bg.remove.mutate();
        }}
      />
    </section>
  );
}
