import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../../shared/model/plan';
import { findBooths } from './findBooths';
import './find.css';

interface Props {
  booths: readonly Booth[];
  /** Exhibitor names by booth id (what is searched besides the number). */
  names: ReadonlyMap<string, string>;
  areaNames: ReadonlyMap<string, string>;
  onPick: (booth: Booth) => void;
  onClose: () => void;
}

/**
 * Ctrl+F on a plan: type a booth number or an exhibitor's name; Enter (or a click) goes to the
 * match, arrows choose among several, Esc closes. Used by the plan editor and the allocation map.
 */
export function FindBar({ booths, names, areaNames, onPick, onClose }: Props) {
  const { t } = useTranslation('planTools');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findBooths(query, booths, names), [query, booths, names]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  const pick = (i: number) => {
    const m = matches[i];
    if (m) onPick(m.booth);
  };
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = matches.length;
      if (n) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      input.current?.select();
    }
  };
  return (
    <div className="plan-find" role="search" aria-label={t('find.label')}>
      <div className="plan-find-row">
        <input
          ref={input}
          type="search"
          value={query}
          aria-label={t('find.label')}
          placeholder={t('find.placeholder')}
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls="plan-find-results"
          aria-activedescendant={matches[active] ? `plan-find-${matches[active].booth.id}` : undefined}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKey}
        />
        <button type="button" className="link" aria-label={t('find.close')} title={`${t('find.close')} (Esc)`} onClick={onClose}>
          ×
        </button>
      </div>
      {query.trim() && matches.length === 0 && (
        <p className="hint" role="status">
          {t('find.none', { query: query.trim() })}
        </p>
      )}
      {matches.length > 0 && (
        <ul id="plan-find-results" role="listbox" aria-label={t('find.results')}>
          {matches.map((m, i) => (
            <li
              key={m.booth.id}
              id={`plan-find-${m.booth.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(i)}
            >
              <strong>{m.booth.number}</strong>
              <span className="hint"> · {areaNames.get(m.booth.areaId) ?? ''}</span>
              {m.name && <span> · {m.name}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
