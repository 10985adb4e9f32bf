import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actionById, shortcutText, type ActionContext } from '../editor/actions';
import type { Point } from '../model/geometry';

/** The menu's sections: on booths or features, then on the floor; only actions that apply are shown. */
const ON_ITEMS = [
  ['cut', 'copy', 'paste', 'duplicate', 'delete'],
  ['rotate', 'lock', 'renumber'],
  ['zoomSelection', 'selectAll'],
];
const ON_FLOOR = [['paste'], ['tool.booth', 'generate', 'tool.measure'], ['selectAll', 'find', 'zoomFit']];

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The right-click menu of the plan: the registry's actions that apply here, with their shortcuts. */
export function ContextMenu({
  ctx,
  client,
  at,
  onClose,
}: {
  ctx: ActionContext;
  /** Where the right click was, in window pixels. */
  client: Point;
  /** The same place on the plan, in metres (paste lands there). */
  at: Point;
  onClose: () => void;
}) {
  const { t } = useTranslation(['plan', 'planTools']);
  const menu = useRef<HTMLDivElement>(null);
  const here: ActionContext = { ...ctx, at };
  const sections = (ctx.editor.selection.size > 0 ? ON_ITEMS : ON_FLOOR)
    .map((ids) => ids.map(actionById).filter((a) => !!a && (!a.enabled || a.enabled(here))))
    .filter((s) => s.length > 0);

  useEffect(() => {
    const el = menu.current;
    el?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: Event) => {
      if (!el?.contains(e.target as Node)) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        onClose();
      }
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  // Kept inside the window.
  const style = { left: Math.min(client.x, window.innerWidth - 240), top: Math.min(client.y, window.innerHeight - 40 * 9) };
  const move = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const buttons = [...(menu.current?.querySelectorAll('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const n = buttons.length;
    buttons[(i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n]?.focus();
  };
  return (
    <div ref={menu} className="plan-context-menu" role="menu" aria-label={t('planTools:menu.label')} style={style} onKeyDown={move}>
      {sections.map((actions, i) => (
        <div key={i} role="group">
          {i > 0 && <hr />}
          {actions.map((a) => (
            <button
              key={a!.id}
              type="button"
              role="menuitem"
              onClick={() => {
                onClose();
                a!.perform(here);
              }}
            >
              <span>{t(`actions.${a!.label}`)}</span>
              {a!.shortcuts?.[0] && <kbd>{shortcutText(a!.shortcuts[0], isMac)}</kbd>}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
