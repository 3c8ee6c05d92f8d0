import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { SF_A, launcher, panelIframe } from './helpers';

/**
 * Placement "Browser side panel" in Chromium's real side panel: the launcher's
 * trusted click opens it (chrome.sidePanel.open within the gesture), and the
 * side panel's own document is read through the DevTools protocol (Playwright
 * does not list side panels among its pages).
 */
const PIPEDRIVE = 'https://acme.pipedrive.com/deal/1432';

let b: LaunchedBrowser;
let options: Page;
let worker: Worker;

type Placement = 'overlay' | 'side';
async function choosePlacement(name: RegExp, value: Placement) {
  await options.goto(b.extensionUrl('options.html'));
  await options.getByRole('radio', { name }).check();
  await options.waitForFunction(
    (want) =>
      (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.local
        .get('ui:panelPlacement')
        .then((s) => s['ui:panelPlacement'] === want),
    value,
  );
}

/** The side panel documents Chromium has open for the extension (its own view of them). */
const sidePanelContexts = () =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Array<{ documentUrl: string }>> } } }).chrome.runtime
      .getContexts({ contextTypes: ['SIDE_PANEL'] })
      .then((c) => c.map((x) => new URL(x.documentUrl).pathname)),
  );

/** Evaluates an expression in the open side panel's document. */
async function inSidePanel(via: Page): Promise<(expression: string) => Promise<unknown>> {
  const s: CDPSession = await b.context.newCDPSession(via);
  const target = (await s.send('Target.getTargets')).targetInfos.find((t) => t.url === b.extensionUrl('sidepanel.html'));
  if (!target) throw new Error('No side panel target');
  const { sessionId } = await s.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map<number, (r: { result?: { result?: { value?: unknown } } }) => void>();
  s.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
    if (m.id) waiting.get(m.id)?.(m);
  });
  let n = 0;
  return (expression) =>
    new Promise((resolve) => {
      const id = ++n;
      waiting.set(id, (r) => resolve(r.result?.result?.value));
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
      void s.send('Target.sendMessageToTarget', { sessionId, message });
    });
}

const HEADING = `document.querySelector('h1')?.textContent ?? null`;
const BODY = `document.body.innerText`;

beforeAll(async () => {
  b = await sharedBrowser();
  [worker] = b.context.serviceWorkers() as [Worker];
  options = await b.context.newPage();
});
afterAll(async () => {
  // The other browser tests expect the default placement (this also closes the side panel).
  await choosePlacement(/Over the page/, 'overlay');
  await options.close();
});

describe('the browser side panel placement (Chromium)', () => {
  it('opens Chrome’s side panel from the launcher, shows the active tab’s deal, follows tab switches and in-app navigation, and puts no panel into the CRM page', async () => {
    await choosePlacement(/Browser side panel/, 'side');
    // As if the manager had left the in-page panel open: it must not open in the page now.
    await options.evaluate(() =>
      (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ 'ui:panelOpen': true }),
    );
    const pipedrive = await b.context.newPage();
    await pipedrive.goto(PIPEDRIVE);
    await pipedrive.bringToFront();
    await launcher(pipedrive).waitFor();
    // No in-page panel, even after a moment (the remembered open state arrives with the placement).
    await pipedrive.waitForTimeout(500);
    expect(await panelIframe(pipedrive).count()).toBe(0);
    expect(await pipedrive.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    expect(await sidePanelContexts()).toEqual([]);

    // The manager's click (trusted) opens the browser's side panel.
    await launcher(pipedrive).click();
    await expect.poll(sidePanelContexts, { timeout: 5000 }).toEqual(['/sidepanel.html']);
    expect(await panelIframe(pipedrive).count()).toBe(0);
    const run = await inSidePanel(pipedrive);
    await expect.poll(() => run(HEADING), { timeout: 5000 }).toBe('Soylent — Catering contract');
    // No dock controls in the browser's side panel.
    expect(await run(`!!document.querySelector('[aria-label="Close panel"]')`)).toBe(false);

    // Another tab with another deal: the side panel follows the active tab.
    const salesforce = await b.context.newPage();
    await salesforce.goto(SF_A);
    await salesforce.bringToFront();
    await expect.poll(() => run(HEADING), { timeout: 5000 }).toBe('Globex — 500-seat expansion');
    expect(await panelIframe(salesforce).count()).toBe(0);

    // In-app navigation to another deal, then to a list: the side panel follows, then says what to do.
    await salesforce.getByRole('link', { name: 'Initech — Pilot' }).click();
    await expect.poll(() => run(HEADING), { timeout: 5000 }).toBe('Initech — Pilot');
    await salesforce.evaluate(() => history.pushState(null, '', '/lightning/o/Opportunity/list'));
    await expect.poll(() => run(BODY), { timeout: 5000 }).toContain('Open a deal in your CRM');

    // Back to the first tab: its deal again.
    await pipedrive.bringToFront();
    await expect.poll(() => run(HEADING), { timeout: 5000 }).toBe('Soylent — Catering contract');
    await salesforce.close();
    await pipedrive.close();
  });

  it('a second launcher click closes the side panel, and a third opens it again', async () => {
    const page = await b.context.newPage();
    await page.goto(PIPEDRIVE);
    await page.bringToFront();
    await launcher(page).waitFor();
    if ((await sidePanelContexts()).length === 0) await launcher(page).click();
    await expect.poll(sidePanelContexts, { timeout: 5000 }).toEqual(['/sidepanel.html']);
    await launcher(page).click();
    await expect.poll(sidePanelContexts, { timeout: 5000 }).toEqual([]);
    await launcher(page).click();
    await expect.poll(sidePanelContexts, { timeout: 5000 }).toEqual(['/sidepanel.html']);
    await page.close();
  });

  it('back to "Over the page": Sideline leaves Chrome’s side panel and the in-page panel opens again as it was left', async () => {
    await choosePlacement(/Over the page/, 'overlay');
    await expect.poll(sidePanelContexts, { timeout: 5000 }).toEqual([]);
    const page = await b.context.newPage();
    await page.goto(PIPEDRIVE);
    // Left open (first test): the in-page panel opens by itself again.
    await panelIframe(page).waitFor({ timeout: 5000 });
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await sidePanelContexts()).toEqual([]);
    await launcher(page).click();
    await page.close();
  });

  it('keeps the side panel page out of the CRM page’s reach (not web-accessible)', async () => {
    const page = await b.context.newPage();
    await page.goto(PIPEDRIVE);
    const url = b.extensionUrl('sidepanel.html');
    const fetched = await page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'blocked'), url);
    expect(fetched).toBe('blocked');
    await page.close();
  });
});
