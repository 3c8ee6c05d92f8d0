import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../db/setup';
import { getDb } from '../../lib/db/database';
import { saveSettings } from '../../lib/db/settings';
import { resolveCommitment } from '../../lib/db/commitments';
import {
  MIDNIGHT_ALARM,
  MORNING_ALARM,
  badgeText,
  countDueFollowUps,
  nextMidnight,
  nextMorning,
  remindInTheMorning,
  scheduleMidnight,
  scheduleMorning,
  updateBadge,
} from '../../lib/review/badge';
import { endedSession, put, rep } from './fixtures';
import type { Commitment } from '../../lib/schema/records';

useFreshDb();
beforeEach(() => fakeBrowser.reset());

function commitment(id: string, dueDate: string, extra: Partial<Commitment> = {}): Commitment {
  return {
    id, sessionId: 'ended', dealId: 'd1', repId: 'r1', text: `Promise ${id}`, dueDate, followUp: '', suggestedBy: 'rep', status: 'open', outcomeNote: '',
    createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', resolvedAt: null, ...extra,
  };
}

async function seed() {
  await put({ reps: [rep('r1', 'middle')], sessions: [endedSession('ended', 'r1', '2026-11-01T10:00:00.000Z', 600), { ...endedSession('running', 'r1', '2026-11-25T10:00:00.000Z', 0), status: 'active', endedAt: null, durationSec: null }] });
  await getDb().commitments.bulkPut([
    commitment('overdue', '2026-11-20'),
    commitment('today', '2026-11-25'),
    commitment('tomorrow', '2026-11-26'),
    commitment('kept', '2026-11-20', { status: 'done', resolvedAt: '2026-11-21T00:00:00.000Z' }),
    commitment('draft', '2026-11-20', { text: '  ' }),
    commitment('made-just-now', '2026-11-25', { sessionId: 'running' }),
  ]);
}

describe('the toolbar badge counts follow-ups due today and overdue', () => {
  it('counts open, worded commitments due today or before, not those of a session still going', async () => {
    await seed();
    expect(await countDueFollowUps('2026-11-25')).toBe(2);
    expect(await countDueFollowUps('2026-11-26')).toBe(3);
    expect([badgeText(0), badgeText(7), badgeText(120)]).toEqual(['', '7', '99+']);
  });

  it('sets the badge, and follows a Done', async () => {
    await seed();
    const texts: string[] = [];
    fakeBrowser.action.setBadgeText = (async ({ text }: { text?: string | null }) => void texts.push(text ?? '')) as never;
    fakeBrowser.action.setBadgeBackgroundColor = async () => {};
    await updateBadge(fakeBrowser, '2026-11-25');
    await resolveCommitment('today', 'done', '');
    await updateBadge(fakeBrowser, '2026-11-25');
    expect(texts).toEqual(['2', '1']);
  });

  it('keeps an alarm at the next local midnight, so the count moves with the day though the service worker stops', async () => {
    const now = new Date(2026, 10, 25, 15, 30).getTime();
    await scheduleMidnight(fakeBrowser, now);
    const alarm = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(alarm?.scheduledTime).toBe(new Date(2026, 10, 26, 0, 0).getTime());
    expect(nextMidnight(new Date(2026, 10, 25, 0, 0).getTime())).toBe(new Date(2026, 10, 26).getTime());
  });
});

describe('the optional morning reminder', () => {
  it('is scheduled only when turned on, at the chosen hour', async () => {
    const now = new Date(2026, 10, 25, 9, 0).getTime();
    await scheduleMorning(fakeBrowser, now);
    expect(await fakeBrowser.alarms.get(MORNING_ALARM)).toBeUndefined();
    await saveSettings({ morningReminderHour: 8 });
    await scheduleMorning(fakeBrowser, now);
    expect((await fakeBrowser.alarms.get(MORNING_ALARM))?.scheduledTime).toBe(new Date(2026, 10, 26, 8, 0).getTime());
    expect(nextMorning(8, new Date(2026, 10, 25, 7, 0).getTime())).toBe(new Date(2026, 10, 25, 8, 0).getTime());
    await saveSettings({ morningReminderHour: 0 });
    await scheduleMorning(fakeBrowser, now);
    expect(await fakeBrowser.alarms.get(MORNING_ALARM)).toBeUndefined();
  });

  it('notifies only with the permission granted and something due', async () => {
    await seed();
    await saveSettings({ morningReminderHour: 8 });
    const shown: Array<{ message: string }> = [];
    fakeBrowser.notifications.create = (async (_id: string, o: { message: string }) => {
      shown.push(o);
      return _id;
    }) as never;
    let granted = false;
    fakeBrowser.permissions.contains = (async () => granted) as never;
    expect(await remindInTheMorning(fakeBrowser, '2026-11-25')).toBe(false);
    granted = true;
    expect(await remindInTheMorning(fakeBrowser, '2026-11-25')).toBe(true);
    expect(shown.map((s) => s.message)).toEqual(['2 follow-ups due today or overdue. Open Sideline to see who and what.']);
  });
});

describe('the background’s badge module', () => {
  it('sets the badge from the start, follows every change, and re-counts when the midnight alarm wakes it', async () => {
    await seed();
    const texts: string[] = [];
    fakeBrowser.action.setBadgeText = (async ({ text }: { text?: string | null }) => void texts.push(text ?? '')) as never;
    fakeBrowser.action.setBadgeBackgroundColor = async () => {};
    const { setupBadge } = await import('../../entrypoints/background/badge');
    setupBadge();
    // The due count today (real clock): every seeded follow-up is in the past by now.
    await expect.poll(() => texts.at(-1)).toBe('3');
    expect(await fakeBrowser.alarms.get(MIDNIGHT_ALARM)).toBeDefined();
    await resolveCommitment('overdue', 'missed', '');
    await expect.poll(() => texts.at(-1)).toBe('2');
    const before = texts.length;
    await fakeBrowser.alarms.onAlarm.trigger({ name: MIDNIGHT_ALARM, scheduledTime: Date.now() } as never);
    await expect.poll(() => texts.length).toBeGreaterThan(before);
    expect(texts.at(-1)).toBe('2');
  });
});
