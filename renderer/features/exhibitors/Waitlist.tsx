import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booth, Zone } from '../../../shared/model/plan';
import { useApi } from '../../api/client';
import { useNotices } from '../../ui/notices';
import { exhibitorsKey, useRefresh } from './data';
import { useAllocationActions } from './useAllocationActions';

/** On a free booth: who waits for its zone, and one click to offer it to them. */
export function NextInLine({ fairId, booth }: { fairId: string; booth: Booth }) {
  const { t } = useTranslation('exhibitors');
  const api = useApi();
  const actions = useAllocationActions(fairId);
  const next = useQuery({
    queryKey: exhibitorsKey(fairId, 'next', booth.id),
    queryFn: () => api.nextInLine({ fairId, boothId: booth.id }),
  });
  if (!next.data) return null;
  return (
    <div className="exh-next" role="note">
      <p>{t('map.nextInLine', { zone: next.data.zoneName, name: next.data.exhibitorName })}</p>
      <button type="button" className="primary" onClick={() => void actions.allocate(booth.id, next.data!.exhibitorId)}>
        {t('map.offer', { booth: booth.number })}
      </button>
    </div>
  );
}

/** An exhibitor's places in the zones' waitlists, and adding them to one. */
export function ExhibitorWaitlist({
  fairId,
  exhibitorId,
  exhibitorName,
  zones,
}: {
  fairId: string;
  exhibitorId: string;
  exhibitorName: string;
  zones: Zone[];
}) {
  const { t } = useTranslation('exhibitors');
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const all = useQuery({ queryKey: exhibitorsKey(fairId, 'waitlist'), queryFn: () => api.listWaitlist({ fairId }) });
  const mine = (all.data ?? []).filter((w) => w.exhibitorId === exhibitorId);
  const free = zones.filter((z) => !mine.some((w) => w.zoneId === z.id));
  const [zoneId, setZoneId] = useState('');
  const chosen = zoneId || free[0]?.id || '';
  const add = useMutation({
    mutationFn: () => api.addToWaitlist({ fairId, zoneId: chosen, exhibitorId }),
    onSuccess: (w) => (notices.info(t('waitlist.added', { name: exhibitorName, zone: w.zoneName })), void refresh()),
    onError: notices.error,
  });
  const remove = useMutation({
    mutationFn: (entryId: string) => api.removeFromWaitlist({ fairId, entryId }),
    onSuccess: () => void refresh(),
    onError: notices.error,
  });
  if (zones.length === 0) return null;
  return (
    <section aria-label={t('waitlist.title')}>
      <h3>{t('waitlist.title')}</h3>
      {mine.length === 0 && <p className="hint">{t('waitlist.none')}</p>}
      <ul className="exh-booth-list">
        {mine.map((w) => (
          <li key={w.id}>
            {t('waitlist.position', { position: w.position, zone: w.zoneName })}{' '}
            <button type="button" className="link" onClick={() => remove.mutate(w.id)}>
              {t('waitlist.remove')}
            </button>
          </li>
        ))}
      </ul>
      {free.length > 0 && (
        <div className="field-row exh-hold">
          <label className="field">
            <span>{t('waitlist.zone')}</span>
            <select value={chosen} onChange={(e) => setZoneId(e.target.value)}>
              {free.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={add.isPending} onClick={() => add.mutate()}>
            {t('waitlist.add')}
          </button>
        </div>
      )}
    </section>
  );
}
