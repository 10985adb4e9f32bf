import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditProblem } from '../editor/commands';

const num = (m: number) => m.toLocaleString('vi-VN');

/** An edit problem in the person's language. */
export function useProblemText(): (p: EditProblem) => string {
  const { t } = useTranslation('plan');
  return useCallback(
    (p: EditProblem) => {
      switch (p.code) {
        case 'duplicateNumber':
          return t('problems.duplicateNumber', { number: p.number });
        case 'outside':
          return t('problems.outside', { number: p.number, area: p.area });
        case 'tooLarge':
          return t('problems.tooLarge', { area: p.area, width: num(p.widthM), depth: num(p.depthM) });
        default:
          return t(`problems.${p.code}`);
      }
    },
    [t],
  );
}

/** Reads metres or đồng as a person types them: "3,5" and "3.5" are both three and a half. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
