import type { Language } from './model/fair';

/** The fair's days are days in Vietnam, whatever the laptop's clock zone says. */
export const FAIR_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DAY_MS = 86_400_000;

/** `2025-07-05` → `05/07/2025` (Vietnamese) or `Jul 5, 2025` (English). */
export function formatDay(isoDay: string, language: Language = 'vi'): string {
  const [y, m, d] = isoDay.split('-');
  if (!y || !m || !d) return isoDay;
  if (language === 'vi') return `${d}/${m}/${y}`;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

export function formatDayRange(first: string, last: string, language: Language = 'vi'): string {
  return first === last ? formatDay(first, language) : `${formatDay(first, language)} – ${formatDay(last, language)}`;
}

/** Every day from first to last inclusive, as `YYYY-MM-DD`. */
export function fairDays(first: string, last: string): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Today in Vietnam as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: FAIR_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Today if the fair is on, else its first day: where staff most likely want to record. */
export function defaultFairDay(fair: { firstDay: string; lastDay: string }, today = todayInVietnam()): string {
  return today >= fair.firstDay && today <= fair.lastDay ? today : fair.firstDay;
}

const clockParts = (iso: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: FAIR_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
};

/**
 * A timestamp for display, in Vietnam time: `23/11/2026 14:05`, or `Nov 23, 2026 14:05` in English.
 * Built explicitly: ICU's short Vietnamese style puts the time first with a two-digit year.
 */
export function formatTimestamp(iso: string, language: Language = 'vi'): string {
  const { day, time } = clockParts(iso);
  return `${formatDay(day, language)} ${time}`;
}

/** The time of day only (`14:05`, Vietnam time), for lists that already stand inside one day. */
export function formatTime(iso: string): string {
  return clockParts(iso).time;
}
