import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepricingItem } from '../../../shared/model/exhibitor-pricing';
import { formatDong } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { useNotices } from '../../ui/notices';
import { exhibitorsKey, useRefresh } from './data';
import { StatusBadge } from './StatusBadge';

/** The bookings whose fee no longer matches their booth's price: the same query feeds the toolbar button. */
export function useRepricing(fairId: string) {
  const api = useApi();
  return useQuery({ queryKey: exhibitorsKey(fairId, 'repricing'), queryFn: () => api.listRepricing({ fairId }) });
}

type Decision = 'reprice' | 'keep';
const SIGN = { '1': '+', '-1': '−', '0': '' } as Record<string, string>;
const signed = (dong: number, language: Parameters<typeof formatDong>[1]) =>
  (SIGN[String(Math.sign(dong))] ?? '') + formatDong(Math.abs(dong), language);

/**
 * Lists bookings whose agreed fee differs from what their booth costs today (old fee, new price,
 * difference) and lets the organizer re-price the chosen ones, or all, or keep their fee. Money
 * already received is never touched; a booking changed meanwhile refuses the choice.
 */
export function RepricingDialog({ fairId, onClose }: { fairId: string; onClose: () => void }) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const list = useRepricing(fairId);
  const items = useMemo(() => list.data ?? [], [list.data]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // Only what is still listed counts as picked: a row that left the list (another window) drops out.
  const chosen = items.filter((i) => picked.has(i.allocationId));
  const repriceable = (rows: RepricingItem[]) => rows.filter((i) => i.blocked === null);

  const resolve = useMutation({
    mutationFn: ({ decision, rows }: { decision: Decision; rows: RepricingItem[] }) =>
      api.resolveRepricing({
        fairId,
        decision,
        choices: rows.map((i) => ({
          allocationId: i.allocationId,
          expectedUpdatedAt: i.updatedAt,
          feeDong: i.feeDong,
          priceDong: i.priceDong,
        })),
      }),
    onSuccess: (r, { decision }) => {
      notices.info(t(decision === 'reprice' ? 'repricing.repriced' : 'repricing.kept', { count: r.changed }));
      setPicked(new Set());
      void refresh();
    },
    onError: (error) => {
      notices.error(error);
      // The list is reread so what the person sees is what the file holds now.
      void refresh();
    },
  });
  const run = (decision: Decision, rows: RepricingItem[]) => rows.length > 0 && resolve.mutate({ decision, rows });
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  const allPicked = items.length > 0 && chosen.length === items.length;
  const busy = resolve.isPending;

  return (
    <Dialog
      title={t('repricing.title')}
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common:close')}
          </button>
          {items.length > 0 && (
            <>
              <button type="button" disabled={busy || chosen.length === 0} onClick={() => run('keep', chosen)}>
                {t('repricing.keepSelected', { count: chosen.length })}
              </button>
              <button type="button" disabled={busy || repriceable(chosen).length === 0} onClick={() => run('reprice', repriceable(chosen))}>
                {t('repricing.repriceSelected', { count: repriceable(chosen).length })}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || repriceable(items).length === 0}
                onClick={() => run('reprice', repriceable(items))}
              >
                {t('repricing.repriceAll', { count: repriceable(items).length })}
              </button>
            </>
          )}
        </>
      }
    >
      {list.isPending && <p className="hint">{t('common:loading')}</p>}
      {list.isSuccess && items.length === 0 && (
        <div className="empty-state">
          <p>{t('repricing.emptyTitle')}</p>
          <p className="hint">{t('repricing.emptyBody')}</p>
        </div>
      )}
      {items.length > 0 && (
        <>
          <p className="hint">{t('repricing.intro')}</p>
          <div className="exh-table-scroll exh-repricing">
            <table className="table exh-table">
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label={t('repricing.pickAll')}
                      checked={allPicked}
                      onChange={() => setPicked(allPicked ? new Set() : new Set(items.map((i) => i.allocationId)))}
                    />
                  </th>
                  <th>{t('repricing.booth')}</th>
                  <th>{t('repricing.exhibitor')}</th>
                  <th>{t('repricing.status')}</th>
                  <th className="num">{t('repricing.fee')}</th>
                  <th className="num">{t('repricing.price')}</th>
                  <th className="num">{t('repricing.difference')}</th>
                  <th>{t('repricing.note')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.allocationId} data-testid={`repricing-${i.boothNumber}`}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('repricing.pick', { booth: i.boothNumber })}
                        checked={picked.has(i.allocationId)}
                        onChange={() => toggle(i.allocationId)}
                      />
                    </td>
                    <td>{i.boothNumber}</td>
                    <td title={i.exhibitorName}>{i.exhibitorName}</td>
                    <td>
                      <StatusBadge status={i.status} />
                    </td>
                    <td className="num">{formatDong(i.feeDong, language)}</td>
                    <td className="num">{formatDong(i.priceDong, language)}</td>
                    <td className="num">{signed(i.differenceDong, language)}</td>
                    <td className="hint">
                      {i.blocked
                        ? t(`repricing.blocked.${i.blocked}`, { held: formatDong(i.heldDong, language) })
                        : i.heldDong > 0
                          ? t('repricing.paidStays', { held: formatDong(i.heldDong, language) })
                          : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Dialog>
  );
}
