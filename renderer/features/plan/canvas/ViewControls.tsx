import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { zoomAt, type View } from '../model/view';
import type { FloorScene } from './scene';

/** 100 % shows one metre as this many pixels. */
export const PX_PER_M_AT_100 = 20;

export const zoomPercent = (view: View) => Math.round((view.scale / PX_PER_M_AT_100) * 100);

/** Zoom in, zoom out, the zoom as a percentage one can type, and fit, in a corner of the canvas. */
export const ViewControls = memo(function ViewControls({ scene, onFit }: { scene: FloorScene | null; onFit: () => void }) {
  const { t } = useTranslation(['plan', 'planTools']);
  const percent = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!scene) return;
    // Written straight into the field on every view change: no React render per frame.
    const show = (view: View) => {
      const input = percent.current;
      if (input && document.activeElement !== input) input.value = String(zoomPercent(view));
    };
    show(scene.currentView);
    scene.viewListeners.add(show);
    return () => void scene.viewListeners.delete(show);
  }, [scene]);
  const zoom = (factor: number) => {
    if (!scene) return;
    const { width, height } = scene.viewportSize;
    scene.setView(zoomAt(scene.currentView, { x: width / 2, y: height / 2 }, factor));
  };
  const applyPercent = () => {
    const input = percent.current;
    if (!scene || !input) return;
    const wanted = Number(input.value.replace(',', '.').replace('%', '').trim());
    if (Number.isFinite(wanted) && wanted > 0) zoom((wanted / 100) * (PX_PER_M_AT_100 / scene.currentView.scale));
    input.value = String(zoomPercent(scene.currentView));
  };
  return (
    <div className="plan-canvas-controls">
      <button type="button" aria-label={t('view.zoomIn')} title={t('view.zoomIn')} onClick={() => zoom(1.4)}>
        +
      </button>
      <button type="button" aria-label={t('view.zoomOut')} title={t('view.zoomOut')} onClick={() => zoom(1 / 1.4)}>
        −
      </button>
      <label className="plan-zoom" title={t('planTools:zoom.title')}>
        <input
          ref={percent}
          inputMode="numeric"
          aria-label={t('planTools:zoom.label')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              applyPercent();
              e.currentTarget.blur();
            } else if (e.key === 'Escape') {
              if (scene) e.currentTarget.value = String(zoomPercent(scene.currentView));
              e.currentTarget.blur();
            }
          }}
          onBlur={applyPercent}
        />
        %
      </label>
      <button type="button" onClick={onFit}>
        {t('view.fit')}
      </button>
    </div>
  );
});
