import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { closePanel, dealHeading, openPanel } from './helpers';

/** A Pipedrive deal: its page is plain flow layout, so moving it aside shows in its own boxes. */
const DEAL = 'https://acme.pipedrive.com/deal/1432';

let b: LaunchedBrowser;
let options: Page;

async function choosePlacement(name: RegExp, value: 'overlay' | 'push') {
  await options.goto(b.extensionUrl('options.html'));
  const radio = options.getByRole('radio', { name });
  await radio.check();
  // Stored before the next deal page asks for it.
  await options.waitForFunction(
    (want) =>
      (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.local
        .get('ui:panelPlacement')
        .then((s) => s['ui:panelPlacement'] === want),
    value,
  );
}

const pageMargin = (p: Page) =>
  p.evaluate(() => ({ inline: document.documentElement.style.marginRight, right: document.documentElement.getBoundingClientRect().right, width: innerWidth }));

beforeAll(async () => {
  b = await sharedBrowser();
  options = await b.context.newPage();
});
afterAll(async () => {
  // The other browser tests expect the default placement.
  await choosePlacement(/Over the page/, 'overlay');
  await options.close();
});

describe('panel placement', () => {
  it('"Push the page aside" moves the CRM page left by the panel while it is open, and puts it back on close and on navigation', async () => {
    await choosePlacement(/Push the page aside/, 'push');
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    // The page's own inline margin, to see it restored exactly.
    await page.goto(DEAL);
    // Closed first: a panel remembered open from an earlier test would push the page before its own margin is set.
    await closePanel(page);
    await page.evaluate(() => document.documentElement.style.setProperty('margin-right', '3px'));
    const panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    await expect.poll(() => pageMargin(page), { timeout: 5000 }).toEqual({ inline: '380px', right: 1440 - 380, width: 1440 });
    // The dock is a closed shadow root: reach the iframe through its frame.
    const frame = await (await panel.frameElement()).boundingBox();
    expect(frame!.x).toBeGreaterThanOrEqual(1440 - 380);
    await closePanel(page);
    await expect.poll(() => pageMargin(page).then((m) => m.inline), { timeout: 5000 }).toBe('3px');
    await openPanel(page);
    await expect.poll(() => pageMargin(page).then((m) => m.inline), { timeout: 5000 }).toBe('380px');
    // Leaving the deal for a page Sideline does not run on takes the dock away, and the margin with it.
    await page.evaluate(() => history.pushState(null, '', '/pipeline'));
    await expect.poll(() => pageMargin(page).then((m) => m.inline), { timeout: 5000 }).toBe('3px');
    await page.close();
  });

  it('"Over the page" (the default) leaves the page where it is', async () => {
    await choosePlacement(/Over the page/, 'overlay');
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(DEAL);
    const panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    await expect(pageMargin(page)).resolves.toEqual({ inline: '', right: 1440, width: 1440 });
    await closePanel(page);
    await page.close();
  });
});
