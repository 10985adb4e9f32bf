import { memo } from 'react';
import { useWords } from './useWords';
import { ACTIONS, FEATURE_TOOLS, shortcutText, type Action, type ActionContext } from '../editor/actions';
import { useEditorSelect } from './useEditor';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/**
 * The toolbar, read from the action registry; arrange actions and features sit in menus. Memoised:
 * it re-renders when what it shows changes (`toolbarLooks`), not with every edit of the plan.
 */
export const Toolbar = memo(function Toolbar({ ctx }: { ctx: ActionContext }) {
  const t = useWords('plan');
  useEditorSelect(ctx.editor, () => toolbarLooks(ctx));
  const { editor } = ctx;
  const tool = editor.tool;
  const button = (a: Action) => {
    const key = a.shortcuts?.[0];
    const label = t(`actions.${a.label}`);
    const pressed = a.id === `tool.${tool.kind}` ? true : a.group === 'tools' && a.id.startsWith('tool.') ? false : undefined;
    return (
      <button
        key={a.id}
        type="button"
        disabled={a.enabled ? !a.enabled(ctx) : false}
        aria-pressed={pressed}
        title={key ? `${label} (${shortcutText(key, isMac)})` : label}
        onClick={() => a.perform(ctx)}
      >
        {label}
      </button>
    );
  };
  const arrange = ACTIONS.filter((a) => a.group === 'arrange' && !a.id.startsWith('nudge') && !a.toolbar);
  return (
    <div className="plan-toolbar" role="toolbar" aria-label={t('toolbar')}>
      {ACTIONS.filter((a) => a.toolbar && a.group === 'edit' && ['undo', 'redo'].includes(a.id)).map(button)}
      <span className="plan-toolbar-sep" />
      {ACTIONS.filter((a) => a.toolbar && a.group === 'tools').map(button)}
      <label className="plan-toolbar-select">
        <span className="visually-hidden">{t('feature')}</span>
        <select
          aria-label={t('feature')}
          value={tool.kind === 'feature' ? tool.feature : ''}
          disabled={!editor.area}
          onChange={(e) =>
            editor.setTool(
              e.target.value ? { kind: 'feature', feature: e.target.value as (typeof FEATURE_TOOLS)[number] } : { kind: 'select' },
            )
          }
        >
          <option value="">{t('feature')}…</option>
          {FEATURE_TOOLS.map((f) => (
            <option key={f} value={f}>
              {t(`features.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="plan-toolbar-sep" />
      {ACTIONS.filter((a) => a.toolbar && a.group === 'edit' && !['undo', 'redo'].includes(a.id)).map(button)}
      {ACTIONS.filter((a) => a.toolbar && a.group === 'arrange').map(button)}
      <select
        aria-label={t('arrange')}
        value=""
        disabled={editor.selection.size < 2}
        onChange={(e) => ACTIONS.find((a) => a.id === e.target.value)?.perform(ctx)}
      >
        <option value="">{t('arrange')}…</option>
        {arrange.map((a) => (
          <option key={a.id} value={a.id} disabled={a.enabled ? !a.enabled(ctx) : false}>
            {t(`actions.${a.label}`)}
          </option>
        ))}
      </select>
      <span className="plan-toolbar-sep" />
      {ACTIONS.filter((a) => a.toolbar && a.group === 'view').map(button)}
      <span className="plan-toolbar-spacer" />
      <SaveState editor={editor} />
    </div>
  );
});

/**
 * Everything the toolbar shows of the editor, as one string: it re-renders when a button turns on
 * or off, not on every press of a booth (translating every label again took several ms a press).
 */
function toolbarLooks(ctx: ActionContext): string {
  const { editor } = ctx;
  const tool = editor.tool.kind === 'feature' ? `feature:${editor.tool.feature}` : editor.tool.kind;
  const enabled = ACTIONS.map((a) => (a.enabled && !a.enabled(ctx) ? 0 : 1)).join('');
  return `${tool} ${enabled} ${editor.selection.size < 2} ${!!editor.area}`;
}

/** "Saving…" / "Saved": the one part of the toolbar each edit changes (twice: sent, then written), re-rendered alone. */
function SaveState({ editor }: { editor: ActionContext['editor'] }) {
  const t = useWords('plan');
  const saving = useEditorSelect(editor, (e) => e.pending > 0);
  return (
    <span className="hint plan-save-state" role="status">
      {saving ? t('saving') : t('saved')}
    </span>
  );
}
