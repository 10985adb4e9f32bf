import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditProblem } from '../editor/commands';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

/** An edit problem in the person's language. */
export function useProblemText(): (p: EditProblem) => string {
  const { t } = useTranslation('plan');
  const language = useLanguage();
  return useCallback(
    (p: EditProblem) => {
      switch (p.code) {
        case 'duplicateNumber':
          return t('problems.duplicateNumber', { number: p.number });
        case 'outside':
          return t('problems.outside', { number: p.number, area: p.area });
        case 'tooLarge':
          return t('problems.tooLarge', {
            area: p.area,
            width: formatNumber(p.widthM, language, 2),
            depth: formatNumber(p.depthM, language, 2),
          });
        default:
          return t(`problems.${p.code}`);
      }
    },
    [t, language],
  );
}

/** Reads metres or đồng as a person types them: "3,5" and "3.5" are both three and a half. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
