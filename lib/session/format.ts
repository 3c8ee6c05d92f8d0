/**
 * Dates and durations as the manager reads them, one way everywhere: in the
 * panel, the popup, the history and the summary they copy. Dates use the
 * browser's own format (its locale), never raw ISO strings.
 */

/** A calendar date (an ISO date or instant) in the browser's format, e.g. "Nov 30, 2026". */
export function formatDate(iso: string | null, locale?: string): string {
  if (!iso) return '—';
  // An instant is shown on the manager's calendar day; a plain date as it is.
  const d = iso.length > 10 ? new Date(iso) : new Date(`${iso}T12:00:00`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Time spent: seconds under a minute, then minutes, then hours and minutes. */
export function formatDuration(sec: number | null): string {
  if (sec === null) return '—';
  if (sec < 60) return `${sec} s`;
  const m = Math.round(sec / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
