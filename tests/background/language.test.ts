import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../db/setup';
import { getDb } from '../../lib/db/database';
import { saveSettings } from '../../lib/db/settings';
import { LANGUAGE_KEY } from '../../lib/i18n/preference';
import { setLocale } from '../../lib/i18n';
import { remindInTheMorning, updateBadge } from '../../lib/review/badge';
import { endedSession, put, rep } from '../review/fixtures';
import type { Commitment } from '../../lib/schema/records';

/**
 * What the background shows speaks the language chosen in Options, read from
 * storage.local when it shows it (an alarm can wake the service worker before
 * anything else ran), and the toolbar tooltip follows a change at once.
 */
useFreshDb();
beforeEach(() => {
  fakeBrowser.reset();
  setLocale('en');
});

const due = (id: string): Commitment => ({
  id, sessionId: 'ended', dealId: 'd1', repId: 'r1', text: `Promise ${id}`, dueDate: '2026-11-20', followUp: '', suggestedBy: 'rep', status: 'open', outcomeNote: '',
  createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', resolvedAt: null,
});

async function seed(n: number) {
  await put({ reps: [rep('r1', 'middle')], sessions: [endedSession('ended', 'r1', '2026-11-01T10:00:00.000Z', 600)] });
  await getDb().commitments.bulkPut(Array.from({ length: n }, (_, i) => due(`c${i}`)));
}

describe('the background in the manager’s language', () => {
  it('sends the morning reminder in French when French is chosen', async () => {
    await seed(2);
    await saveSettings({ morningReminderHour: 8 });
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
    const shown: Array<{ title: string; message: string }> = [];
    fakeBrowser.notifications.create = (async (id: string, o: { title: string; message: string }) => {
      shown.push(o);
      return id;
    }) as never;
    fakeBrowser.permissions.contains = (async () => true) as never;
    expect(await remindInTheMorning(fakeBrowser, '2026-11-25')).toBe(true);
    expect(shown).toEqual([
      expect.objectContaining({
        title: 'Sideline : les suivis du jour',
        message: '2 suivis à faire aujourd’hui ou en retard. Ouvrez Sideline pour voir qui et quoi.',
      }),
    ]);
  });

  it('gives the toolbar button a tooltip that says what the badge counts, in the chosen language, and follows a change', async () => {
    await seed(1);
    await updateBadge(fakeBrowser, '2026-11-25');
    expect(await fakeBrowser.action.getTitle({})).toBe('Sideline: today’s coaching — 1 follow-up due');
    const { setupLanguage } = await import('../../entrypoints/background/language');
    setupLanguage();
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
    await expect.poll(() => fakeBrowser.action.getTitle({})).toBe('Sideline : le coaching du jour — 1 suivi à faire');
    await getDb().commitments.clear();
    await updateBadge(fakeBrowser, '2026-11-25');
    expect(await fakeBrowser.action.getTitle({})).toBe('Sideline : le coaching du jour');
  });
});
