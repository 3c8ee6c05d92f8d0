import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { dealHeading, openPanel } from './helpers';
import { MESSAGES } from '../../lib/i18n/catalog';
import { BUILTIN_BANK } from '../../lib/coaching/builtin-bank';
import { BUILTIN_QUESTIONS_FR } from '../../lib/coaching/builtin-bank-fr';

/** The part of an extension page's `chrome` used here (tests run outside the extension's types). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } };

/** A French Salesforce org's deal; the reading test only reads it. */
const SF_FR = 'https://acme-fr.lightning.force.com/lightning/r/Opportunity/0061t00000FrncAAAE/view';

/** A control's name: its French text when the catalog has one for this English text, else the English (a screen not translated yet). */
function N(english: string): RegExp {
  const names = new Set([english]);
  for (const entry of Object.values(MESSAGES)) if (entry.en === english && typeof entry.fr === 'string') names.add(entry.fr);
  return new RegExp(`^(?:${[...names].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

let b: LaunchedBrowser;
let ext: Page;
let page: Page;
let panel: Frame;

beforeAll(async () => {
  b = await sharedBrowser();
  ext = await b.context.newPage();
  await ext.goto(b.extensionUrl('popup.html'));
  // The Options language override (lib/i18n/preference.ts), as a French manager would choose it.
  await ext.evaluate(() => chrome.storage.local.set({ 'sideline:language': 'fr' }));
  page = await b.context.newPage();
  await page.goto(SF_FR);
  panel = await openPanel(page);
  await dealHeading(panel).waitFor();
});
afterAll(async () => {
  await ext.evaluate(() => chrome.storage.local.remove('sideline:language'));
  await page.close();
  await ext.close();
});

describe('a French manager', () => {
  it('gets the built-in questions in French in the panel, with French follow-up prompts and reasons', async () => {
    await panel.getByRole('button', { name: N('Plan full session') }).click();
    const plan = panel.getByTestId('question-plan');
    await plan.waitFor();
    const items = await plan.locator('li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(5);
    const french = Object.values(BUILTIN_QUESTIONS_FR).map((q) => q.text);
    const english = BUILTIN_BANK.questions.map((q) => q.text);
    // Banks other tests imported into this shared browser may add their own questions: those stay as written.
    let builtIn = 0;
    for (const text of items) {
      expect(english.some((q) => text.includes(q)), text).toBe(false);
      if (!french.some((q) => text.includes(q))) continue;
      builtIn++;
      expect(text).toContain('Dis-m’en plus.');
    }
    expect(builtIn).toBeGreaterThanOrEqual(4);
    await expect(plan.textContent()).resolves.toContain('Ouverture : commencer par la personne');

    // Leave the deal as it was: the prepared plan is discarded (past the moment after the panel appears, one click does it).
    await page.waitForTimeout(1600);
    await panel.getByRole('button', { name: N('Discard plan') }).click();
    await panel.getByRole('button', { name: N('Plan full session') }).waitFor();
    await expect(panel.getByTestId('question-plan').count()).resolves.toBe(0);
  });

  it('sees the built-in bank in French in Options', async () => {
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    const builtIn = options.locator(`[data-bank-id="${BUILTIN_BANK.id}"]`);
    await builtIn.waitFor();
    await options.getByRole('heading', { name: 'Banques de questions' }).waitFor();
    const first = Object.values(BUILTIN_QUESTIONS_FR)[0]!.text;
    await builtIn.locator('summary').click();
    await expect.poll(() => builtIn.textContent()).toContain(first);
    expect(await builtIn.textContent()).not.toContain(BUILTIN_BANK.questions[0]!.text);
    await options.close();
  });
});
