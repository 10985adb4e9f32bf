import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../shared/dates';
import type { StaffDevice, StaffInvite } from '../../../shared/model/staff';
import { useApi } from '../../api/client';
import { saveFile } from '../../api/files';
import { useLanguage } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { useNotices } from '../../ui/notices';
import { usePrintJob } from '../print/usePrintJob';
import { staffKeys } from './keys';
import './staff.css';

/** Switches staff mode on and off, invites phones with a QR code, lists and removes them. */
export function StaffPanel({ fairId, onClose }: { fairId: string; onClose: () => void }) {
  const { t } = useTranslation(['staff', 'common']);
  const api = useApi();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const status = useQuery({ queryKey: staffKeys.status, queryFn: () => api.getStaffMode({}) });
  const [address, setAddress] = useState('');
  const on = status.data?.running && status.data.fairId === fairId;
  const networks = status.data?.networks ?? [];
  const chosen = address || status.data?.address || networks[0]?.address || '';

  const setStatus = (next: Awaited<ReturnType<typeof api.getStaffMode>>) => queryClient.setQueryData(staffKeys.status, next);
  const start = useMutation({
    mutationFn: () => api.startStaffMode({ fairId, address: chosen }),
    onSuccess: setStatus,
    onError: notices.error,
  });
  const stop = useMutation({ mutationFn: () => api.stopStaffMode({}), onSuccess: setStatus, onError: notices.error });

  return (
    <Dialog
      title={t('panel.title')}
      open
      wide
      onClose={onClose}
      footer={
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      }
    >
      <div className="staff-panel">
        <p className="hint">{t('panel.intro')}</p>
        {status.data?.running && !on && <p className="staff-warning">{t('panel.otherFair')}</p>}
        {!on && (
          <div className="staff-start">
            {networks.length === 0 ? (
              <p role="alert">{t('panel.noNetwork')}</p>
            ) : (
              <label className="field">
                <span>{t('panel.network')}</span>
                <select value={chosen} onChange={(e) => setAddress(e.target.value)}>
                  {networks.map((n) => (
                    <option key={`${n.name}-${n.address}`} value={n.address}>
                      {n.name} — {n.address}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="button" className="primary" disabled={!chosen || start.isPending} onClick={() => start.mutate()}>
              {t('panel.start')}
            </button>
            <p className="hint">{t('panel.off')}</p>
          </div>
        )}
        {on && status.data?.url && (
          <RunningStaffMode fairId={fairId} url={status.data.url} onStop={() => stop.mutate()} stopping={stop.isPending} />
        )}
      </div>
    </Dialog>
  );
}

function RunningStaffMode({ fairId, url, onStop, stopping }: { fairId: string; url: string; onStop: () => void; stopping: boolean }) {
  const { t } = useTranslation(['staff', 'common']);
  const api = useApi();
  const language = useLanguage();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const [invite, setInvite] = useState<{ invite: StaffInvite; devicesAtStart: number } | null>(null);
  const [revoking, setRevoking] = useState<StaffDevice | null>(null);
  const signs = usePrintJob(fairId);
  const devices = useQuery({
    queryKey: staffKeys.devices(fairId),
    // Joins, removals, phones seen again and their entries arrive through the change feed: no polling.
    queryFn: () => api.listStaffDevices({ fairId }),
  });
  const count = devices.data?.length;

  const renew = useMutation({
    mutationFn: () => api.createStaffInvite({ fairId }),
    onSuccess: (next) => setInvite({ invite: next, devicesAtStart: count ?? 0 }),
    onError: notices.error,
  });
  const { mutate: renewInvite, isPending: renewing } = renew;

  // A code serves one phone for ten minutes: once it is used or expires, the next one is shown.
  useEffect(() => {
    if (count === undefined || renewing) return;
    if (!invite || count > invite.devicesAtStart) {
      renewInvite();
      return;
    }
    const left = Date.parse(invite.invite.expiresAt) - Date.now();
    const timer = setTimeout(() => renewInvite(), Math.max(1000, left));
    return () => clearTimeout(timer);
  }, [count, invite, renewing, renewInvite]);

  useEffect(() => {
    if (signs.state.phase === 'done') {
      void saveFile(signs.state.file);
      signs.stop();
    } else if (signs.state.phase === 'failed') {
      notices.error(signs.state.error);
      signs.stop();
    }
  }, [signs, notices]);

  const revoke = useMutation({
    mutationFn: (device: StaffDevice) => api.revokeStaffDevice({ fairId, deviceId: device.id }),
    onSuccess: (next) => {
      queryClient.setQueryData(staffKeys.devices(fairId), next);
      setRevoking(null);
    },
    onError: notices.error,
  });

  const qr = invite ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(invite.invite.qrSvg)}` : '';
  const deviceName = (d: StaffDevice) => t('panel.device', { number: d.number }) + (d.platform ? ` · ${d.platform}` : '');
  return (
    <>
      <div className="staff-running">
        <div className="staff-join">
          <h3>{t('panel.scan')}</h3>
          {invite ? (
            <>
              <img src={qr} alt={t('panel.scan')} width={220} height={220} data-testid="staff-join-qr" />
              <p className="staff-code">{t('panel.code', { code: invite.invite.code })}</p>
              <p className="hint">
                {t('panel.expires', { time: formatTimestamp(invite.invite.expiresAt, language).split(' ').slice(-1)[0] ?? '' })}
              </p>
            </>
          ) : (
            <p className="hint">{t('common:loading')}</p>
          )}
          <button type="button" onClick={() => renewInvite()} disabled={renewing}>
            {t('panel.newCode')}
          </button>
        </div>
        <div className="staff-side">
          <p>
            {t('panel.address')}: <strong data-testid="staff-url">{url}</strong>
          </p>
          <p className="hint">{t('panel.threat')}</p>
          <div className="staff-actions">
            <button
              type="button"
              disabled={signs.state.phase === 'running'}
              onClick={() =>
                void signs.start({
                  kind: 'boothSigns',
                  options: { paper: { size: 'A4', orientation: 'portrait', marginMm: 12 }, language },
                })
              }
            >
              {t('panel.signs')}
            </button>
            <button type="button" className="danger" disabled={stopping} onClick={onStop}>
              {t('panel.stop')}
            </button>
          </div>
          <p className="hint">{t('panel.signsHint')}</p>
          <p className="hint">{t('panel.stopConfirm')}</p>
        </div>
      </div>
      <h3>{t('panel.devices')}</h3>
      {devices.data?.length === 0 && <p className="hint">{t('panel.noDevices')}</p>}
      {!!devices.data?.length && (
        <table className="table staff-devices">
          <thead>
            <tr>
              <th>{t('panel.devices')}</th>
              <th>{t('panel.person')}</th>
              <th>{t('panel.lastSeen')}</th>
              <th className="num">{t('panel.today')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.data.map((d) => (
              <tr key={d.id} className={d.revokedAt ? 'staff-revoked' : undefined}>
                <td>{deviceName(d)}</td>
                <td>{d.personName}</td>
                <td>{d.lastSeenAt ? formatTimestamp(d.lastSeenAt, language) : t('panel.never')}</td>
                <td className="num">{d.entriesToday}</td>
                <td>
                  {d.revokedAt ? (
                    <span className="hint">{t('panel.revoked')}</span>
                  ) : (
                    <button
                      type="button"
                      className="danger-text"
                      aria-label={t('panel.revokeLabel', { name: d.personName, device: deviceName(d) })}
                      onClick={() => setRevoking(d)}
                    >
                      {t('panel.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={!!revoking}
        title={t('panel.revokeTitle')}
        body={revoking ? t('panel.revokeBody', { name: revoking.personName, device: deviceName(revoking) }) : ''}
        confirmLabel={t('panel.revokeConfirm')}
        danger
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </>
  );
}
