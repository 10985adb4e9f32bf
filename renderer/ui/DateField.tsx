import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, todayInVietnam } from '../../shared/dates';
import { useLanguage } from '../i18n';
import { addDays, dayText, monthGrid, readDay } from './date-text';

interface DateFieldProps {
  label: string;
  /** The day as `YYYY-MM-DD`, '' when empty, or the text as typed while it is not a day (any schema refuses it). */
  value: string;
  onChange: (value: string) => void;
  name?: string;
  /** The first and last day that can be chosen (`YYYY-MM-DD`), e.g. the fair's days. */
  min?: string;
  max?: string;
  /** A refusal from the form or the main side, shown in place of the reading. */
  error?: string | null;
  autoFocus?: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const weekdayOf = (iso: string) => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * Every date input of the app: typed in the UI language's order (dd/mm/yyyy in Vietnamese,
 * mm/dd/yyyy in English) whatever the browser's locale, read back with its weekday, or chosen on a
 * calendar (Alt+↓ opens it; arrows, Page Up/Down, Enter, Escape).
 */
export function DateField({ label, value, onChange, name, min, max, error, autoFocus }: DateFieldProps) {
  const { t } = useTranslation('dateField');
  const language = useLanguage();
  const id = useId();
  const [text, setText] = useState(() => (ISO.test(value) ? dayText(value, language) : value));
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const read = readDay(text, language);

  // A value set from outside (a reset, another language) shows in this language's order.
  useEffect(() => {
    const current = readDay(text, language);
    if (ISO.test(value) && !(current.ok && current.iso === value)) setText(dayText(value, language));
    else if (value === '' && !(!current.ok && current.empty)) setText('');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only an outside change or the language re-writes the text
  }, [value, language]);

  const change = (next: string) => {
    setText(next);
    const r = readDay(next, language);
    onChange(r.ok ? r.iso : r.empty ? '' : next);
  };
  const pick = (iso: string) => {
    setText(dayText(iso, language));
    onChange(iso);
    setTouched(true);
    setOpen(false);
    input.current?.focus();
  };

  const bounds = (iso: string) => {
    if (min && max && (iso < min || iso > max))
      return t('errors.outside', { min: formatDay(min, language), max: formatDay(max, language) });
    if (min && iso < min) return t('errors.tooEarly', { min: formatDay(min, language) });
    if (max && iso > max) return t('errors.tooLate', { max: formatDay(max, language) });
    return null;
  };
  const problem = error ?? (read.ok ? bounds(read.iso) : !read.empty && (touched || text.length >= 10) ? t(`errors.${read.error}`) : null);
  const shown = read.ok
    ? t('read', { weekday: t(`weekdaysLong.w${weekdayOf(read.iso)}` as 'weekdaysLong.w1'), day: formatDay(read.iso, language) })
    : '\u00a0';

  return (
    <div className="field date-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="date-field-row">
        <input
          id={`${id}-input`}
          ref={input}
          name={name}
          value={text}
          inputMode="numeric"
          autoComplete="off"
          autoFocus={autoFocus}
          placeholder={t('placeholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-read`}
          onChange={(e) => change(e.target.value)}
          onBlur={() => {
            setTouched(true);
            if (read.ok) setText(dayText(read.iso, language));
          }}
          onKeyDown={(e) => {
            if (e.altKey && e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
            }
          }}
        />
        <button
          type="button"
          className="date-field-open"
          aria-label={t('open')}
          title={t('open')}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
      </div>
      <output id={`${id}-read`} className={problem ? 'field-error' : 'money-read'} aria-live="polite">
        {problem ?? shown}
      </output>
      {open && (
        <Calendar
          selected={read.ok ? read.iso : null}
          start={read.ok ? read.iso : min && todayIso() < min ? min : max && todayIso() > max ? max : todayIso()}
          min={min}
          max={max}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** Today as Vietnam counts it (not UTC's day, which is yesterday until 07:00). */
const todayIso = () => todayInVietnam();

interface CalendarProps {
  selected: string | null;
  start: string;
  min?: string;
  max?: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}

/** A month of days to choose from, Monday first, moved through with the keyboard as a date grid is. */
function Calendar({ selected, start, min, max, onPick, onClose }: CalendarProps) {
  const { t } = useTranslation('dateField');
  const language = useLanguage();
  const [focus, setFocus] = useState(start);
  const grid = useRef<HTMLDivElement>(null);
  const [y, m] = focus.split('-').map(Number) as [number, number];
  const allowed = (iso: string) => (!min || iso >= min) && (!max || iso <= max);

  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focus}"]`)?.focus();
  }, [focus]);
  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (grid.current && !grid.current.parentElement?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const month = (delta: number) => {
    const d = new Date(Date.UTC(y, m - 1 + delta, 1));
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    const day = Math.min(Number(focus.slice(8)), last);
    setFocus(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setFocus(addDays(focus, -1)),
      ArrowRight: () => setFocus(addDays(focus, 1)),
      ArrowUp: () => setFocus(addDays(focus, -7)),
      ArrowDown: () => setFocus(addDays(focus, 7)),
      PageUp: () => month(-1),
      PageDown: () => month(1),
      Escape: onClose,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      move();
    }
  };
  const cells = monthGrid(y, m);
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <div className="date-calendar" role="dialog" aria-label={t('calendar')} onKeyDown={onKeyDown}>
      <div className="date-calendar-head">
        <button type="button" className="link" aria-label={t('previous')} onClick={() => month(-1)}>
          ‹
        </button>
        <strong aria-live="polite">{t('month', { month: t(`months.m${m}` as 'months.m1'), year: y })}</strong>
        <button type="button" className="link" aria-label={t('next')} onClick={() => month(1)}>
          ›
        </button>
      </div>
      <div ref={grid} role="grid" aria-label={t('month', { month: t(`months.m${m}` as 'months.m1'), year: y })}>
        <div role="row" className="date-calendar-week">
          {[1, 2, 3, 4, 5, 6, 7].map((w) => (
            <span role="columnheader" key={w} aria-label={t(`weekdaysLong.w${w}` as 'weekdaysLong.w1')}>
              {t(`weekdays.w${w}` as 'weekdays.w1')}
            </span>
          ))}
        </div>
        {weeks.map((week, i) => (
          <div role="row" className="date-calendar-week" key={i}>
            {week.map((iso, j) =>
              iso ? (
                <span role="gridcell" key={iso} aria-selected={iso === selected}>
                  <button
                    type="button"
                    data-day={iso}
                    tabIndex={iso === focus ? 0 : -1}
                    disabled={!allowed(iso)}
                    className={iso === selected ? 'selected' : undefined}
                    aria-label={`${t(`weekdaysLong.w${weekdayOf(iso)}` as 'weekdaysLong.w1')}, ${formatDay(iso, language)}`}
                    onClick={() => onPick(iso)}
                  >
                    {Number(iso.slice(8))}
                  </button>
                </span>
              ) : (
                <span role="gridcell" key={`pad-${j}`} />
              ),
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
