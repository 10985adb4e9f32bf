import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaBackground, BackgroundPlacement } from '../../../../shared/model/plan';
import { FormDialog } from '../../../ui/FormDialog';
import type { Point } from '../model/geometry';
import { parseNumber } from '../ui/problems';

/** The new placement that makes the two clicked points lie `metres` apart, the first one staying put. */
export function calibrated(bg: BackgroundPlacement, a: Point, b: Point, metres: number): BackgroundPlacement {
  const pixels = Math.hypot(b.x - a.x, b.y - a.y) / bg.metresPerPixel;
  const metresPerPixel = metres / pixels;
  const k = metresPerPixel / bg.metresPerPixel;
  return { ...bg, metresPerPixel, xM: a.x - (a.x - bg.xM) * k, yM: a.y - (a.y - bg.yM) * k };
}

/** Asks the real distance between the two points just clicked on the drawing. */
export function CalibrateDialog({
  background,
  points,
  onApply,
  onClose,
}: {
  background: AreaBackground;
  points: [Point, Point];
  onApply: (p: BackgroundPlacement) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['plan', 'common']);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const m = parseNumber(text);
    if (m === null || m <= 0) return setError(t('problems.badSize'));
    const [a, b] = points;
    if (Math.hypot(b.x - a.x, b.y - a.y) < 1e-6) return setError(t('background.samePoint'));
    onApply(calibrated(background, a, b, m));
    onClose();
  };
  return (
    <FormDialog title={t('background.calibrateTitle')} onClose={onClose} onSubmit={apply} submitLabel={t('inspector.apply')}>
      <label className="field">
        <span>{t('background.distance')}</span>
        <input
          autoFocus
          inputMode="decimal"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </label>
    </FormDialog>
  );
}
