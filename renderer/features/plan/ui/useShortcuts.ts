import { useEffect, useRef } from 'react';
import { actionForKey, type ActionContext } from '../editor/actions';

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Keyboard shortcuts from the action registry; never while typing in a field or inside a dialog. */
export function useShortcuts(ctx: ActionContext | null): void {
  const current = useRef(ctx);
  current.current = ctx;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = current.current;
      if (!c || e.defaultPrevented || typing(e.target) || document.querySelector('dialog[open]')) return;
      const action = actionForKey(e);
      if (!action || (action.enabled && !action.enabled(c))) return;
      e.preventDefault();
      action.perform(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
