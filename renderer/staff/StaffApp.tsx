import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRefusal, StaffSession } from '../../shared/model/staff';
import { refusalOf, type StaffApi } from './api';
import { JoinScreen } from './JoinScreen';
import type { Outbox } from './outbox';
import { RecordScreen } from './RecordScreen';

/** Reads `#join=…` / `#booth=…` once and clears the address bar: a join code does not linger in history. */
function takeFragment(): { join: string; booth: string } {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  return { join: params.get('join') ?? '', booth: params.get('booth') ?? '' };
}

export function StaffApp({ api, outbox }: { api: StaffApi; outbox: Outbox }) {
  const { t } = useTranslation('staff');
  const [fragment] = useState(takeFragment);
  const [session, setSession] = useState<StaffSession | null>(() => (api.token ? api.cachedSession() : null));
  const [refusal, setRefusal] = useState<StaffRefusal | null>(null);
  const box = useSyncExternalStore(outbox.subscribe, outbox.state);
  const turnedAway = refusal ?? box.refusal;

  useEffect(() => {
    void outbox.open();
  }, [outbox]);

  useEffect(() => {
    if (!api.token) return;
    void api.session().then((reply) => {
      if (reply.ok) setSession(reply.value);
      else setRefusal(refusalOf(reply.error));
    });
  }, [api]);

  const joined = (s: StaffSession) => {
    setSession(s);
    setRefusal(null);
    outbox.resume();
  };

  if (!api.token || !session || turnedAway === 'notJoined') {
    return <JoinScreen api={api} initialCode={fragment.join} onJoined={joined} />;
  }
  if (turnedAway) {
    return (
      <main className="phone phone-center">
        <h1>{t('phone.revokedTitle')}</h1>
        <p role="alert" className="phone-refusal">
          {t(`phone.refusals.${turnedAway}`)}
        </p>
        {box.waiting > 0 && <p className="phone-unsent">{t('phone.unsent', { count: box.waiting })}</p>}
        <button
          type="button"
          className="phone-primary"
          onClick={() => {
            api.forget();
            setSession(null);
            setRefusal('notJoined');
          }}
        >
          {t('phone.joinAgain')}
        </button>
      </main>
    );
  }
  return <RecordScreen api={api} outbox={outbox} session={session} initialBooth={fragment.booth} />;
}
