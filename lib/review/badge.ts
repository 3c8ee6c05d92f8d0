import Dexie from 'dexie';
import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;
import { getDb } from '../db/database';
import { getSettings } from '../db/settings';
import { todayIso } from '../dates';
import { t } from '../i18n';
import { applyLanguage } from '../i18n/preference';

/*
 * The toolbar badge and the morning reminder (entrypoints/background/badge.ts
 * wires them). Alarms, not timers: the service worker may stop at any moment,
 * and an alarm wakes it again at midnight and in the morning.
 */

export const MIDNIGHT_ALARM = 'sideline:midnight';
export const MORNING_ALARM = 'sideline:morning';
export const MORNING_NOTIFICATION = 'sideline:morning';

/**
 * Follow-ups due today or overdue: open commitments the rep put into words,
 * through the openDue index (open ones only), not counting those of a session still
 * going (they are followed up from the session after).
 */
export async function countDueFollowUps(today = todayIso()): Promise<number> {
  const db = getDb();
  return db.transaction('r', [db.commitments, db.sessions], async () => {
    const [due, open] = await Promise.all([
      db.commitments.where('openDue').between(Dexie.minKey, today, true, true).toArray(),
      db.sessions.where('openStatus').anyOf('active', 'planned').primaryKeys(),
    ]);
    const inProgress = new Set(open as string[]);
    return due.filter((c) => c.text.trim() !== '' && !inProgress.has(c.sessionId)).length;
  });
}

export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

/**
 * The badge, and its tooltip in the manager's language (the manifest's title
 * follows the browser's language only; Options may choose another). The
 * language is read here, not trusted from start-up: an alarm may wake the
 * service worker and call this before start-up has read it.
 */
export async function updateBadge(browser: Browser, today = todayIso()): Promise<number> {
  const [count] = await Promise.all([countDueFollowUps(today), applyLanguage()]);
  await browser.action.setBadgeText({ text: badgeText(count) });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  await browser.action.setTitle({ title: count > 0 ? t('background.actionTitleDue', { count }) : t('manifest.actionTitle') });
  return count;
}

/** The next local midnight after `now` (ms since the epoch): where the calendar day, and so "overdue", changes. */
export function nextMidnight(now = Date.now()): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** The next `hour`:00 local time after `now`. */
export function nextMorning(hour: number, now = Date.now()): number {
  const d = new Date(now);
  d.setHours(hour, 0, 0, 0);
  if (d.getTime() <= now) d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** One alarm at the next midnight; when it fires it is set again (days are not all 24 hours long). */
export async function scheduleMidnight(browser: Browser, now = Date.now()): Promise<void> {
  await browser.alarms.create(MIDNIGHT_ALARM, { when: nextMidnight(now) });
}

/** The morning reminder's alarm, from the setting: cleared when it is off. */
export async function scheduleMorning(browser: Browser, now = Date.now()): Promise<void> {
  const { morningReminderHour } = await getSettings();
  if (morningReminderHour <= 0) {
    await browser.alarms.clear(MORNING_ALARM);
    return;
  }
  const when = nextMorning(morningReminderHour, now);
  const existing = await browser.alarms.get(MORNING_ALARM);
  if (existing?.scheduledTime === when) return;
  await browser.alarms.create(MORNING_ALARM, { when });
}

/**
 * The morning reminder: one notification saying how many follow-ups are due,
 * only when the setting is on, the manager granted the permission, and there
 * is something to follow up.
 */
export async function remindInTheMorning(browser: Browser, today = todayIso()): Promise<boolean> {
  const { morningReminderHour } = await getSettings();
  if (morningReminderHour <= 0) return false;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  const count = await countDueFollowUps(today);
  if (count === 0) return false;
  await applyLanguage();
  await browser.notifications.create(MORNING_NOTIFICATION, {
    type: 'basic',
    // A file in public/, which the generated path type may not list yet.
    iconUrl: (browser.runtime.getURL as (path: string) => string)('/reminder-icon.png'),
    title: t('background.morningTitle'),
    message: t('background.morningMessage', { count }),
  });
  return true;
}
