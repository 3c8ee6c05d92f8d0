/**
 * Dates and durations as the manager reads them, one way everywhere: in the
 * panel, the popup, the history and the summary they copy. Dates use the
 * manager's language (lib/i18n: the browser's, or the Options override) with
 * the browser's regional format, never raw ISO strings.
 */
import { localeTag, t } from '../i18n';

/** A calendar date (an ISO date or instant) in the browser's format, e.g. "Nov 30, 2026". */
export function formatDate(iso: string | null, locale: string = localeTag()): string {
  if (!iso) return '—';
  // An instant is shown on the manager's calendar day; a plain date as it is.
  const d = iso.length > 10 ? new Date(iso) : new Date(`${iso}T12:00:00`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Time spent: seconds under a minute, then minutes, then hours and minutes. */
export function formatDuration(sec: number | null): string {
  if (sec === null) return '—';
  if (sec < 60) return t('format.seconds', { s: sec });
  const m = Math.round(sec / 60);
  return m < 60 ? t('format.minutes', { m }) : t('format.hoursMinutes', { h: Math.floor(m / 60), m: m % 60 });
}
