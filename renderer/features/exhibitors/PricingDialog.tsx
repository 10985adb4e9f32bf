import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import { boothTypes, priceOf, type PricingRule } from '../../../shared/model/exhibitor-pricing';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { FormDialog } from '../../ui/FormDialog';
import { MoneyField } from '../../ui/MoneyField';
import { readMoney, type MoneyKind } from '../../ui/money';
import { useNotices } from '../../ui/notices';
import { exhibitorsKey, useRefresh } from './data';

type Scope = 'all' | 'area' | 'free' | `zone:${string}`;
const TYPES = ['corner', 'peninsula', 'island'] as const;
const PER_M2 = { kind: 'amount', allowZero: true } as const;
const PREMIUM = { kind: 'percent', max: 500 } as const;
/** What a field read, or null while it cannot be read (then nothing is applied). */
const valueOf = (text: string, as: MoneyKind) => {
  const read = readMoney(text, as);
  return read.ok ? read.value : null;
};

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

  const zoneValues = Object.entries(perZone)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => [k, valueOf(v, PER_M2)] as const);
  const premiums = {
    corner: valueOf(premium.corner, PREMIUM),
    peninsula: valueOf(premium.peninsula, PREMIUM),
    island: valueOf(premium.island, PREMIUM),
  };
  const fallbackDong = valueOf(fallback, PER_M2);
  const readable = fallbackDong !== null && zoneValues.every(([, v]) => v !== null) && Object.values(premiums).every((v) => v !== null);
  const rule: PricingRule = {
    perM2ByZone: Object.fromEntries(zoneValues.map(([k, v]) => [k, v ?? 0])),
    defaultPerM2: fallbackDong ?? 0,
    premiumPct: { corner: premiums.corner ?? 0, peninsula: premiums.peninsula ?? 0, island: premiums.island ?? 0 },
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
    onSuccess: async (r) => {
      notices.info(t('pricing.done', { count: r.changed }));
      void refresh();
      // Prices live on the plan's booths: the plan (here and on the Plan screen) reloads too.
      void queryClient.invalidateQueries({ queryKey: ['plan', fairId] });
      onClose();
      // Bookings agreed at the old prices are named at once; the toolbar's review button lists them.
      const review =
        r.changed > 0
          ? await queryClient.fetchQuery({ queryKey: exhibitorsKey(fairId, 'repricing'), queryFn: () => api.listRepricing({ fairId }) })
          : [];
      if (review.length > 0) notices.info(t('repricing.afterPricing', { count: review.length }));
    },
    onError: notices.error,
  });

  return (
    <FormDialog
      title={t('pricing.title')}
      onClose={onClose}
      onSubmit={() => apply.mutate()}
      submitLabel={t('pricing.apply')}
      disabled={selection.length === 0 || apply.isPending || !readable}
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
        <MoneyField
          key={z.id}
          label={`${z.name} — ${t('pricing.perM2')}`}
          value={perZone[z.id] ?? ''}
          placeholder={fallback}
          as={PER_M2}
          onChange={(text) => setPerZone({ ...perZone, [z.id]: text })}
        />
      ))}
      <MoneyField label={t('pricing.defaultPerM2')} value={fallback} as={PER_M2} onChange={setFallback} touched />
      <fieldset className="exh-dup">
        <legend>{t('pricing.premiums')}</legend>
        {TYPES.map((type) => (
          <MoneyField
            key={type}
            label={t(`pricing.types.${type}`)}
            value={premium[type]}
            as={PREMIUM}
            touched
            onChange={(text) => setPremium({ ...premium, [type]: text })}
          />
        ))}
      </fieldset>
      <p className="hint" aria-live="polite">
        {t('pricing.preview', { count: selection.length, total: formatDong(total, language) })}
      </p>
    </FormDialog>
  );
}
