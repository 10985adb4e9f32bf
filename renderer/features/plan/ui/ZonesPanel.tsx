import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../../shared/model/plan';
import { removeZone } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { defaults, emptyDiff } from '../editor/records';
import { useEditorState } from './useEditor';

const PALETTE = ['#2f9e44', '#e8590c', '#c2255c', '#1971c2', '#9c36b5', '#f08c00', '#0c8599', '#5c940d'];

/** Zones with name and colour; each can take the selected booths. Every change is undoable. */
export function ZonesPanel({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation('plan');
  useEditorState(editor);
  const zones = [...editor.doc.zones.values()];
  const update = (zone: Zone, patch: Partial<Zone>) => {
    const diff = emptyDiff();
    diff.updated.zones = [[zone, { ...zone, ...patch }]];
    editor.commit(diff, 'zone');
  };
  const add = () => {
    const diff = emptyDiff();
    diff.added.zones = [
      defaults.zone(editor.newId(), `${t('zones.defaultName')} ${zones.length + 1}`, PALETTE[zones.length % PALETTE.length]!),
    ];
    editor.commit(diff, 'zone');
  };
  const selected = editor.selectedBooths();
  return (
    <section className="plan-zones" aria-label={t('zones.title')}>
      {zones.length === 0 && <p className="hint">{t('zones.empty')}</p>}
      <ul>
        {zones.map((z) => (
          <li key={z.id}>
            <input
              type="color"
              aria-label={`${t('zones.color')} ${z.name}`}
              value={z.color}
              onChange={(e) => update(z, { color: e.target.value })}
            />
            <input
              aria-label={t('zones.name')}
              defaultValue={z.name}
              key={z.name}
              onBlur={(e) => e.target.value.trim() && e.target.value !== z.name && update(z, { name: e.target.value.trim() })}
            />
            <button
              type="button"
              disabled={selected.length === 0}
              title={t('zones.assign')}
              aria-label={`${t('zones.assign')}: ${z.name}`}
              onClick={() =>
                editor.updateBooths(
                  selected.map((b) => ({ ...b, zoneId: z.id })),
                  'zone',
                )
              }
            >
              ⇐
            </button>
            <button
              type="button"
              className="danger-text"
              aria-label={t('zones.delete', { name: z.name })}
              onClick={() => editor.commit(removeZone(editor.doc, z.id), 'zone')}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={add}>
        + {t('zones.add')}
      </button>
    </section>
  );
}
