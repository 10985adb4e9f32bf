import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineRefusal } from '../canvas/EditorCanvas';
import type { EditProblem } from '../editor/commands';
import { areaSurfaceM2 } from '../../../../shared/plan/outline';
import type { Area } from '../../../../shared/model/plan';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

/** The outline tool's line under the toolbar: how to use it, the corners placed, the floor's surface. */
export function OutlineStatus({ area, corners }: { area: Area; corners: number | null }) {
  const { t } = useTranslation('planSite');
  const language = useLanguage();
  return (
    <p className="plan-placing hint" role="status" data-testid="outline-status">
      {corners === null ? t('outline.hint') : t('outline.drawing', { count: corners })}{' '}
      <strong>{t('outline.surface', { surface: formatNumber(Math.round(areaSurfaceM2(area) * 100) / 100, language, 2) })}</strong>
    </p>
  );
}

/** A refused outline in words: its own problems (crossing itself…) or the plan's (a booth left in a notch). */
export function useOutlineRefusal(say: (text: string) => void, problemText: (p: EditProblem) => string) {
  const { t } = useTranslation('planSite');
  return useCallback((p: OutlineRefusal) => say(typeof p === 'string' ? t(`outline.${p}`) : problemText(p)), [say, t, problemText]);
}
