import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { ACTIONS, shortcutText, type Action } from '../editor/actions';

const GROUPS: Action['group'][] = ['edit', 'tools', 'arrange', 'view'];

/** Every shortcut of the registry, grouped; opened with `?`. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['plan', 'common']);
  const mac = /Mac/.test(navigator.platform);
  // Closed, it costs nothing: the plan screen renders it on every click on the plan.
  if (!open) return null;
  return (
    <Dialog
      title={t('help.title')}
      open={open}
      onClose={onClose}
      wide
      footer={
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      }
    >
      <div className="plan-help">
        {GROUPS.map((g) => (
          <section key={g}>
            <h3>{t(`groups.${g}`)}</h3>
            <dl>
              {ACTIONS.filter((a) => a.group === g && a.shortcuts?.length).map((a) => (
                <div key={a.id}>
                  <dt>{a.shortcuts!.map((s) => shortcutText(s, mac)).join(' / ')}</dt>
                  <dd>{t(`actions.${a.label}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="hint">{t('help.pan')}</p>
        <p className="hint">{t('help.zoom')}</p>
        <p className="hint">{t('help.select')}</p>
      </div>
    </Dialog>
  );
}
