import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox } from './firefox.mjs';

// The same demo deal the Chromium tests open first.
const SF_A = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
// The launcher and the panel's iframe live in the content script's shadow root: `>>>` pierces it.
const LAUNCHER = '>>> [data-sideline="launcher"]';

let ff: Awaited<ReturnType<typeof launchFirefox>>;
let page: Page;

beforeAll(async () => {
  ff = await launchFirefox();
  page = await ff.newPage();
});
afterAll(async () => {
  await ff?.close();
});

/** The panel's frame: an extension page (moz-extension://) inside the CRM page. */
async function panelFrame(): Promise<Frame> {
  const handle = await page.waitForSelector('>>> iframe[data-sideline="panel"]');
  const frame = await handle!.contentFrame();
  await frame.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
  return frame;
}

const expanded = async () => (await page.waitForSelector(LAUNCHER))!.evaluate((el) => el.getAttribute('aria-expanded'));

/** Opens the panel whether or not it was left open (the choice is remembered and may arrive after the launcher shows). */
async function openPanel(): Promise<Frame> {
  await page.waitForSelector(LAUNCHER);
  for (let i = 0; i < 5; i++) {
    if ((await expanded()) === 'true') {
      await new Promise((r) => setTimeout(r, 200));
      if ((await expanded()) === 'true') return panelFrame();
      continue;
    }
    await (await page.waitForSelector(LAUNCHER))!.click();
  }
  throw new Error('The panel did not stay open');
}

const heading = (panel: Frame) => panel.waitForSelector('h1').then((h) => h!.evaluate((el) => el.textContent));
const notesBox = (panel: Frame) => panel.waitForSelector('::-p-xpath(//label[normalize-space()="Notes"]/following::textarea[1])');

describe('the Firefox build in Firefox ESR', () => {
  it('installs as a Firefox add-on under its own id', () => {
    expect(ff.addonId).toBe('sideline@sideline.app');
  });

  it('shows the launcher on a Salesforce deal page and opens the panel on that deal', async () => {
    await page.goto(SF_A);
    const panel = await openPanel();
    await panel.waitForFunction(() => document.querySelector('h1')?.textContent === 'Globex — 500-seat expansion', { timeout: 15_000 });
    expect(await heading(panel)).toBe('Globex — 500-seat expansion');
    expect(await panel.$eval('[data-field="owner"]', (el) => el.textContent)).toBe('Dana Reyes');
    expect(await panel.$eval('[data-field="stage"]', (el) => el.textContent)).toContain('Needs Analysis');
  });

  it('keeps a note typed in a session when the page reloads', async () => {
    let panel = await openPanel();
    const addRep = await panel.$('::-p-text(Add rep)');
    if (addRep) await addRep.click();
    await (await panel.waitForSelector('::-p-text(Start session)'))!.click();
    const box = await notesBox(panel);
    await box!.type('Written in Firefox, kept after a reload');
    await new Promise((r) => setTimeout(r, 1500)); // past the autosave delay
    await page.reload();
    panel = await openPanel();
    await panel.waitForFunction(
      () => [...document.querySelectorAll('textarea')].some((t) => t.value === 'Written in Firefox, kept after a reload'),
      { timeout: 15_000 },
    );
    const value = await (await notesBox(panel))!.evaluate((t) => (t as HTMLTextAreaElement).value);
    expect(value).toBe('Written in Firefox, kept after a reload');
  });

  it('follows the CRM to the next deal without a reload', async () => {
    await page.goto(SF_A);
    const panel = await openPanel();
    await panel.waitForFunction(() => document.querySelector('h1')?.textContent === 'Globex — 500-seat expansion', { timeout: 15_000 });
    await (await page.waitForSelector('::-p-text(Initech — Pilot)'))!.click();
    await panel.waitForFunction(() => document.querySelector('h1')?.textContent === 'Initech — Pilot', { timeout: 10_000 });
    expect(await panel.$eval('[data-field="owner"]', (el) => el.textContent)).toBe('Sam Okafor');
  });
});
