import { useTranslation } from 'react-i18next';
import { zoomAt } from '../model/view';
import type { FloorScene } from './scene';

/** Zoom in, zoom out and fit buttons in a corner of the canvas. */
export function ViewControls({ scene, onFit }: { scene: FloorScene | null; onFit: () => void }) {
  const { t } = useTranslation('plan');
  const zoom = (factor: number) => {
    if (!scene) return;
    const { width, height } = scene.viewportSize;
    scene.setView(zoomAt(scene.currentView, { x: width / 2, y: height / 2 }, factor));
  };
  return (
    <div className="plan-canvas-controls">
      <button type="button" aria-label={t('view.zoomIn')} title={t('view.zoomIn')} onClick={() => zoom(1.4)}>
        +
      </button>
      <button type="button" aria-label={t('view.zoomOut')} title={t('view.zoomOut')} onClick={() => zoom(1 / 1.4)}>
        −
      </button>
      <button type="button" onClick={onFit}>
        {t('view.fit')}
      </button>
    </div>
  );
}
