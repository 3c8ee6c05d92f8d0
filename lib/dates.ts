/**
 * Calendar days, the one place they are computed. A calendar day is an ISO
 * date string (YYYY-MM-DD) in the manager's own time zone; arithmetic on it
 * runs in UTC, where every day has 24 hours, so a daylight-saving change never
 * shifts a due date or a "3 days ago". Plain code, no dependencies: the popup,
 * the panel and the background all use it.
 */

const DAY_MS = 86_400_000;

/** The manager's calendar day (local time, not UTC's), as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Milliseconds at UTC midnight of the calendar day that starts `iso` (a date or an ISO date-time). */
function dayMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** The calendar day `days` after (or before, if negative) `dateIso`. */
export function addDays(dateIso: string, days: number): string {
  return new Date(dayMs(dateIso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `aIso` to `bIso` (b − a); date-times count by their date part. */
export function daysBetween(aIso: string, bIso: string): number {
  return Math.round((dayMs(bIso) - dayMs(aIso)) / DAY_MS);
}

/** Monday 00:00 local time of the week holding `today`, as an ISO instant: where "this week" starts. */
export function weekStartIso(today: string): string {
  const d = new Date(`${today.slice(0, 10)}T00:00:00`);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.toISOString();
}
