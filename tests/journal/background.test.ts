import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../db/setup';
import { startSession } from '../../lib/db/sessions';
import { getSessionNote } from '../../lib/db/notes';
import { setupJournal } from '../../entrypoints/background/journal';
import { createRouter } from '../../entrypoints/background/router';
import { entryKey, JOURNAL_VERSION, type JournalEntry, type JournalTarget } from '../../lib/journal/entry';

useFreshDb();

const EXT = `chrome-extension://${fakeBrowser.runtime.id}`;
/** Our own top-level page (the panel in its own window, options): no panel key needed. */
const PAGE = { id: fakeBrowser.runtime.id, url: `${EXT}/panel-window.html?tab=7`, tab: { id: 8 }, frameId: 0 };
/** A panel.html frame without the key our content script registers: a page-made copy. */
const PAGE_MADE_PANEL = { id: fakeBrowser.runtime.id, url: `${EXT}/panel.html`, tab: { id: 7 }, frameId: 3 };
const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, url: 'https://acme.lightning.force.com/lightning/r/Opportunity/1/view', tab: { id: 7 }, frameId: 0 };

let sessionId: string;
let n = 0;
const note = (): JournalTarget => ({ kind: 'note', sessionId, dealId: 'deal-1', repId: null });
async function journalWrite(text: string) {
  const e: JournalEntry = { v: JOURNAL_VERSION, target: note(), text, at: Date.now() + n, writer: 'panel', n: n++ };
  await fakeBrowser.storage.local.set({ [entryKey(e)]: e });
}
const journalKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('journal:'));
/** Sends a message to the background's listeners as `sender`; resolves with the answer, or 'no answer'. */
async function ask(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    const results = fakeBrowser.runtime.onMessage.trigger(message, sender, resolve) as unknown as Promise<unknown[]>;
    void results.then((r) => {
      if (!r.includes(true)) resolve('no answer');
    });
  });
}

/** The background as it runs: the journal's setup behind the one router. */
function setup() {
  const router = createRouter();
  setupJournal(router);
  fakeBrowser.runtime.onMessage.addListener(router.listener);
}

beforeEach(async () => {
  fakeBrowser.reset();
  sessionId = (
    await startSession({ dealId: 'deal-1', repId: null, mode: 'quick', kind: 'strategic', timeBoxMin: 5, stage: 'discovery', plan: [] })
  ).id;
});

describe('the background drains typed text into the database', () => {
  it('at start-up: what a closed tab left in the journal lands without any page open', async () => {
    await journalWrite('Typed, then the tab and the worker were gone');
    setup();
    await vi.waitFor(async () => expect((await getSessionNote(sessionId))?.text).toBe('Typed, then the tab and the worker were gone'));
    expect(await journalKeys()).toEqual([]);
  });

  it('shortly after the journal changes, with no message from the page', async () => {
    setup();
    await journalWrite('Written by a tab that closed 0 ms later');
    await vi.waitFor(async () => expect((await getSessionNote(sessionId))?.text).toBe('Written by a tab that closed 0 ms later'), { timeout: 2000 });
    expect(await journalKeys()).toEqual([]);
  });

  it('when an extension page asks, answering once the text is in the database', async () => {
    setup();
    await journalWrite('Asked for at once');
    await expect(ask({ type: 'journal:drain' }, PAGE)).resolves.toEqual({ failed: [] });
    expect((await getSessionNote(sessionId))?.text).toBe('Asked for at once');
  });

  it('drains nothing for a content script (the CRM page’s process), a page-made panel or another extension', async () => {
    setup();
    // Refused callers get the router's refusal (null), never the drain's answer.
    for (const sender of [CONTENT_SCRIPT, PAGE_MADE_PANEL, { ...PAGE, id: 'another-extension' }]) {
      await expect(ask({ type: 'journal:drain' }, sender)).resolves.toBeNull();
    }
    await expect(ask({ type: 'journal:drain' }, PAGE)).resolves.toEqual({ failed: [] });
  });
});
