import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import { boothTypes, priceOf, type PricingRule } from '../../../shared/model/exhibitor-pricing';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { FormDialog } from '../../ui/FormDialog';
import { useNotices } from '../../ui/notices';
import { useRefresh } from './data';

type Scope = 'all' | 'area' | 'free' | `zone:${string}`;
const TYPES = ['corner', 'peninsula', 'island'] as const;
const toDong = (text: string) => Math.max(0, Math.round(Number(text.replace(/[^\d]/g, '')) || 0));

/** Prices a selection of booths by rule, with the result previewed before it is applied. */
export function PricingDialog({
  fairId,
  plan,
  areaId,
  takenBoothIds,
  onClose,
}: {
  fairId: string;
  plan: Plan;
  areaId: string;
  takenBoothIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<Scope>('area');
  const [perZone, setPerZone] = useState<Record<string, string>>({});
  const [fallback, setFallback] = useState('300000');
  const [premium, setPremium] = useState({ corner: '10', peninsula: '15', island: '20' });

  const rule: PricingRule = {
    perM2ByZone: Object.fromEntries(
      Object.entries(perZone)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, toDong(v)]),
    ),
    defaultPerM2: toDong(fallback),
    premiumPct: { corner: toDong(premium.corner), peninsula: toDong(premium.peninsula), island: toDong(premium.island) },
  };
  const selection = useMemo(
    () =>
      plan.booths.filter((b) => {
        if (b.kind === 'non_sellable') return false;
        if (scope === 'area') return b.areaId === areaId;
        if (scope === 'free') return !takenBoothIds.has(b.id);
        if (scope.startsWith('zone:')) return b.zoneId === scope.slice(5);
        return true;
      }),
    [plan.booths, scope, areaId, takenBoothIds],
  );
  const types = useMemo(() => boothTypes(plan.booths, plan.features), [plan.booths, plan.features]);
  const total = selection.reduce((sum, b) => sum + priceOf(b, types.get(b.id)!, rule), 0);
  const apply = useMutation({
    // The booths as this preview saw them: if one changed meanwhile, nothing is priced.
    mutationFn: () => api.applyPricing({ fairId, boothIds: selection.map((b) => b.id), rule, expected: selection }),
    onSuccess: (r) => {
      notices.info(t('pricing.done', { count: r.changed }));
      void refresh();
      // Prices live on the plan's booths: the plan (here and on the Plan screen) reloads too.
      void queryClient.invalidateQueries({ queryKey: ['plan', fairId] });
      onClose();
    },
    onError: notices.error,
  });

  return (
    <FormDialog
      title={t('pricing.title')}
      onClose={onClose}
      onSubmit={() => apply.mutate()}
      submitLabel={t('pricing.apply')}
      disabled={selection.length === 0 || apply.isPending}
    >
      <label className="field">
        <span>{t('pricing.scope')}</span>
        <select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          {(['area', 'all', 'free'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`pricing.scopes.${s}`)}
            </option>
          ))}
          {plan.zones.map((z) => (
            <option key={z.id} value={`zone:${z.id}`}>
              {t('pricing.zoneScope', { zone: z.name })}
            </option>
          ))}
        </select>
      </label>
      {plan.zones.map((z) => (
        <label key={z.id} className="field">
          <span>
            {z.name} — {t('pricing.perM2')}
          </span>
          <input
            inputMode="numeric"
            value={perZone[z.id] ?? ''}
            placeholder={fallback}
            onChange={(e) => setPerZone({ ...perZone, [z.id]: e.target.value })}
          />
        </label>
      ))}
      <label className="field">
        <span>{t('pricing.defaultPerM2')}</span>
        <input inputMode="numeric" value={fallback} onChange={(e) => setFallback(e.target.value)} />
      </label>
      <fieldset className="exh-dup">
        <legend>{t('pricing.premiums')}</legend>
        {TYPES.map((type) => (
          <label key={type} className="field">
            <span>{t(`pricing.types.${type}`)}</span>
            <input inputMode="numeric" value={premium[type]} onChange={(e) => setPremium({ ...premium, [type]: e.target.value })} />
          </label>
        ))}
      </fieldset>
      <p className="hint" aria-live="polite">
        {t('pricing.preview', { count: selection.length, total: formatDong(total, language) })}
      </p>
    </FormDialog>
  );
}
