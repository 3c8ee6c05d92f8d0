import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { dealHeading, openPanel } from './helpers';

/**
 * Typed text is durable (issue 13 item 1): the manager closes the tab, the
 * browser stops the service worker, the page reloads, each a moment after a
 * keystroke, many times over, and every word reaches IndexedDB. A deal no
 * other browser test opens, so this file owns its session.
 */
const DEAL = 'https://app-eu1.hubspot.com/contacts/25897412/record/0-3/98765432101';
const ROUNDS = 20;
/** The panel's own window shares the journal code; it adds its local drain, tested fewer times. */
const WINDOW_ROUNDS = 10;

/** The parts of an extension page's `chrome` used here (tests run outside the extension's types). */
interface PageChrome {
  storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(i: object): Promise<void> } };
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> };
}
declare const chrome: PageChrome;

let b: LaunchedBrowser;
/** An extension page (Options) that reads the journal and the database as the extension sees them. */
let probe: Page;
let sessionId: string;
let expected = '';

const notes = (panel: Frame) => panel.getByRole('textbox', { name: 'Notes' });

async function stopWorker(page: Page) {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function journalSize(): Promise<number> {
  return probe.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('journal:')).length);
}

/** The note as stored in IndexedDB (read through the background's repository). */
async function storedNote(): Promise<string | null> {
  return probe.evaluate(async (id) => {
    const r = await chrome.runtime.sendMessage({ type: 'db:call', fn: 'getSessionNote', args: [id] });
    return r.ok && r.value ? (r.value as { text: string }).text : null;
  }, sessionId);
}

/**
 * What the manager typed reached the database by itself: no page asks, the
 * journal empties (the background woke on storage.onChanged or at start-up)
 * and the stored note is the text typed.
 */
async function expectLanded(text: string) {
  await expect.poll(journalSize, { timeout: 8000, interval: 50, message: 'the journal was drained into the database' }).toBe(0);
  expect(await storedNote(), 'the stored note is everything typed').toBe(text);
}

/** A fresh tab on the deal with the panel open, showing the note as stored. */
async function openDeal(): Promise<{ page: Page; panel: Frame }> {
  const page = await b.context.newPage();
  await page.goto(DEAL);
  const panel = await openPanel(page);
  await notes(panel).waitFor({ timeout: 10_000 });
  await expect.poll(() => notes(panel).inputValue(), { timeout: 5000, message: 'the reopened panel shows everything typed' }).toBe(expected);
  return { page, panel };
}

/** Types at the end of the note, one key event per character, as a manager does. */
async function typeAtEnd(page: Page, panel: Frame, chunk: string) {
  await notes(panel)
    .focus({ timeout: 10_000 })
    .catch(async (e: unknown) => {
      const shown = await panel.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '(panel gone)');
      throw new Error(`No notes box to type in; the panel shows: ${shown}`, { cause: e });
    });
  await page.keyboard.press('Control+End');
  await page.keyboard.type(chunk);
  expected += chunk;
}

/** 0 to 50 ms, spread over the rounds. */
const delayFor = (i: number) => Math.round((i * 50) / (ROUNDS - 1));

beforeAll(async () => {
  b = await sharedBrowser();
  probe = await b.context.newPage();
  await probe.goto(b.extensionUrl('options.html'));
  const page = await b.context.newPage();
  await page.goto(DEAL);
  const panel = await openPanel(page);
  await dealHeading(panel).waitFor();
  const addRep = panel.getByRole('button', { name: 'Add rep' });
  if (await addRep.count()) await addRep.click();
  await panel.getByRole('button', { name: 'Start session' }).click();
  await notes(panel).waitFor();
  sessionId = (await panel.getByTestId('session').getAttribute('data-session-id'))!;
  expect(sessionId).toBeTruthy();
  await page.close();
}, 60_000);
afterAll(async () => {
  await probe?.close();
});

describe('typed text survives the moments it used to be lost in', () => {
  it(`closing the tab 0–50 ms after the last keystroke loses nothing (${ROUNDS} times)`, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { page, panel } = await openDeal();
      await typeAtEnd(page, panel, ` open${i}`);
      if (delayFor(i)) await page.waitForTimeout(delayFor(i));
      await page.close();
      await expectLanded(expected);
    }
  }, 120_000);

  it(`closing the tab 0–50 ms after typing with the service worker stopped loses nothing (${ROUNDS} times)`, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { page, panel } = await openDeal();
      await stopWorker(page);
      await typeAtEnd(page, panel, ` stopped${i}`);
      if (delayFor(i)) await page.waitForTimeout(delayFor(i));
      await page.close();
      await expectLanded(expected);
    }
  }, 120_000);

  it(`stopping the service worker while a save is on its way loses nothing, and the field says when it is saved (${ROUNDS} times)`, async () => {
    const { page, panel } = await openDeal();
    for (let i = 0; i < ROUNDS; i++) {
      await typeAtEnd(page, panel, ` mid${i}`);
      // From right after the keystroke to well into the drain (which starts 150–300 ms later).
      await page.waitForTimeout(i * 20);
      await stopWorker(page);
      await expect.poll(() => notes(panel).getAttribute('data-save-state'), { timeout: 8000, interval: 50 }).toBe('saved');
      await expectLanded(expected);
    }
    await expect(panel.getByTestId('not-saved').count()).resolves.toBe(0);
    await page.close();
  }, 120_000);

  it(`reloading 50 ms after typing with the service worker stopped loses nothing (${ROUNDS} times)`, async () => {
    const { page, panel: first } = await openDeal();
    let panel = first;
    for (let i = 0; i < ROUNDS; i++) {
      await stopWorker(page);
      await typeAtEnd(page, panel, ` reload${i}`);
      await page.waitForTimeout(50);
      await page.reload();
      panel = await openPanel(page);
      await notes(panel).waitFor({ timeout: 10_000 });
      // The reloaded panel shows every word at once, landed or still in the journal.
      await expect.poll(() => notes(panel).inputValue(), { timeout: 5000 }).toBe(expected);
      await expectLanded(expected);
    }
    await page.close();
  }, 120_000);

  it(`in the panel's own window (custom sites), which drains the journal itself, closing it 0–50 ms after typing loses nothing (${WINDOW_ROUNDS} times)`, async () => {
    const { page } = await openDeal();
    // The tab the content script reported the deal for (session storage, readable by extension pages).
    const tabId = await probe.evaluate(async (url) => {
      const all = await (chrome.storage as unknown as { session: { get(k: null): Promise<Record<string, { deal?: { url?: string } }>> } }).session.get(null);
      const key = Object.keys(all).find((k) => all[k]?.deal?.url === url);
      return key ? Number(key.split(':')[1]) : null;
    }, DEAL);
    expect(tabId).not.toBeNull();
    for (let i = 0; i < WINDOW_ROUNDS; i++) {
      const win = await b.context.newPage();
      await win.goto(b.extensionUrl(`panel-window.html?tab=${tabId}`));
      const box = win.getByRole('textbox', { name: 'Notes' });
      await box.waitFor({ timeout: 10_000 });
      await expect.poll(() => box.inputValue(), { timeout: 5000 }).toBe(expected);
      await box.focus();
      await win.keyboard.press('Control+End');
      await win.keyboard.type(` window${i}`);
      expected += ` window${i}`;
      if (delayFor(i * 2)) await win.waitForTimeout(delayFor(i * 2));
      await win.close();
      await expectLanded(expected);
    }
    await page.close();
  }, 120_000);

  it('says "Not saved yet" while the database stays out of reach, then saves', async () => {
    const { page, panel } = await openDeal();
    // Another extension page holds the drain's lock: nothing can reach the database.
    await probe.evaluate(() => {
      const w = window as unknown as { releaseDrain?: () => void };
      void navigator.locks.request('sideline:journal-drain', () => new Promise<void>((r) => (w.releaseDrain = r)));
    });
    await typeAtEnd(page, panel, ' while blocked');
    await expect(notes(panel).getAttribute('data-save-state')).resolves.toBe('saving');
    const status = panel.getByRole('status').filter({ hasText: 'Not saved yet' });
    await status.waitFor({ timeout: 5000 });
    await expect(notes(panel).getAttribute('data-save-state')).resolves.toBe('unsaved');
    await expect(notes(panel).getAttribute('aria-describedby')).resolves.toBe(await status.getAttribute('id'));
    await probe.evaluate(() => (window as unknown as { releaseDrain: () => void }).releaseDrain());
    await expect.poll(() => notes(panel).getAttribute('data-save-state'), { timeout: 8000 }).toBe('saved');
    await expect(panel.getByTestId('not-saved').count()).resolves.toBe(0);
    await expectLanded(expected);
    await page.close();
  }, 60_000);
});
