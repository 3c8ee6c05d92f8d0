import type { DealFieldName } from '@/lib/schema/deal-context';
import { daysBetween } from '@/lib/dates';
import { localeTag, t, type MessageKey } from '@/lib/i18n';

/** Display helpers shared by panel, popup and options. */

const FIELD_LABEL_KEY = {
  name: 'format.field.name',
  stage: 'format.field.stage',
  amount: 'format.field.amount',
  closeDate: 'format.field.closeDate',
  owner: 'format.field.owner',
} as const satisfies Record<DealFieldName, MessageKey>;

/** A deal field's name in the manager's language (a function: the language can change while a page is open). */
export const fieldLabel = (field: DealFieldName): string => t(FIELD_LABEL_KEY[field]);

export { todayIso } from '@/lib/dates';

export function formatAmount(amount: number | null, currency: string | null): string {
  if (amount === null) return '—';
  try {
    return new Intl.NumberFormat(localeTag(), {
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
  if (days === 0) return t('format.today');
  if (days === 1) return t('format.yesterday');
  if (days === -1) return t('format.tomorrow');
  if (days > 1) return t('format.daysAgo', { count: days });
  return t('format.inDays', { count: -days });
}

export function clock(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
