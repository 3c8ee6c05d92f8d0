import type { DealFieldName } from '@/lib/schema/deal-context';
import { daysBetween } from '@/lib/dates';

/** Display helpers shared by panel, popup and options. */

export const FIELD_LABEL: Record<DealFieldName, string> = {
  name: 'Deal name',
  stage: 'Stage',
  amount: 'Amount',
  closeDate: 'Close date',
  owner: 'Owner',
};

export { todayIso } from '@/lib/dates';

export function formatAmount(amount: number | null, currency: string | null): string {
  if (amount === null) return '—';
  try {
    return new Intl.NumberFormat(undefined, {
      style: currency ? 'currency' : 'decimal',
      currency: currency ?? undefined,
      maximumFractionDigits: amount % 1 === 0 ? 0 : 2,
    }).format(amount);
  } catch {
    return String(amount);
  }
}

/** One date and one duration format for panel, popup, history and summary (lib/session/format.ts). */
export { formatDate, formatDuration } from '@/lib/session/format';

export function relativeDay(iso: string, today: string): string {
  const days = daysBetween(iso, today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  if (days > 1) return `${days} days ago`;
  return `in ${-days} days`;
}

export function clock(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
