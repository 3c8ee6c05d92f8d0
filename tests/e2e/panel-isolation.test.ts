import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { SF_A, closePanel, dealHeading, launcher, openPanel, panelIframe } from './helpers';

/**
 * Issue 13: the CRM page must not reach the panel, frame it, or make it act.
 * Each test plays the page's script (page.evaluate runs in the page's world).
 */
let b: LaunchedBrowser;
const pages: Page[] = [];
async function newPage(url: string) {
  const p = await b.context.newPage();
  pages.push(p);
  await p.goto(url);
  return p;
}
beforeAll(async () => {
  b = await sharedBrowser();
});
afterEach(async () => {
  while (pages.length) await pages.pop()!.close();
});

type PanelChrome = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
/** A message sent from inside an extension frame, as our panel code would send it. */
const sendFrom = (frame: Frame | Page, msg: unknown) =>
  frame.evaluate((m) => (globalThis as unknown as { chrome: PanelChrome }).chrome.runtime.sendMessage(m), msg);
const keyOf = (frame: Frame) => new URL(frame.url()).hash.replace('#k=', '');

describe('only our panel speaks for a tab', () => {
  it('a page script cannot find the panel iframe or its URL', async () => {
    const page = await newPage(SF_A);
    const panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    const key = keyOf(panel);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('sideline-dock');
      const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
      return {
        host: !!host,
        shadowRoot: host?.shadowRoot ?? null,
        iframes: all(document).filter((e) => e.tagName === 'IFRAME').length,
        frames: window.frames.length,
        html: document.documentElement.outerHTML,
        resources: performance.getEntries().map((e) => e.name).join(' '),
      };
    });
    expect(seen.host).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.iframes).toBe(0);
    expect(seen.frames).toBe(0);
    expect(seen.html).not.toContain(key);
    expect(seen.resources).not.toContain(key);
    expect(seen.resources).not.toContain('panel.html');
    await closePanel(page);
  });

  it('a page-made iframe or window of the panel URL gets no deal, and its database calls write nothing', async () => {
    const page = await newPage(SF_A);
    const real = await openPanel(page);
    await dealHeading(real).waitFor();
    // Suppose the page learnt the panel's web-accessible URL anyway (the
    // worst case; it is per-session and nowhere on the page): it frames it,
    // with no key and with a forged one, and opens it in a window.
    const worker = b.context.serviceWorkers()[0]!;
    const url = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('panel.html'));
    await page.evaluate((src) => {
      for (const s of src) {
        const f = document.createElement('iframe');
        f.src = s;
        document.body.append(f);
      }
    }, [url, `${url}#k=${'0'.repeat(32)}`]);
    const [popup] = await Promise.all([
      b.context.waitForEvent('page', { timeout: 5000 }),
      page.evaluate((u) => void window.open(u), url),
    ]);
    pages.push(popup);
    const madeByPage = () => page.frames().filter((f) => f !== real && f.url().includes('/panel.html'));
    await expect.poll(() => madeByPage().length, { timeout: 5000 }).toBe(2);
    await popup.waitForLoadState();
    expect(popup.url()).toContain('/panel.html');
    const fakes: Array<Frame | Page> = [...madeByPage(), popup];

    const before = (await sendFrom(real, { type: 'db:call', fn: 'getSettings', args: [], key: keyOf(real) })) as { ok: boolean; value: { reminderDays: number } };
    expect(before.ok).toBe(true);
    for (const fake of fakes) {
      // It shows no deal…
      await fake.getByText('No deal on this page').waitFor({ timeout: 5000 });
      await expect(fake.getByRole('heading', { level: 1 }).count()).resolves.toBe(0);
      // …asks in vain, with or without a forged key…
      await expect(sendFrom(fake, { type: 'panel:get-deal' })).resolves.toEqual({ tabId: null, state: 'none', deal: null });
      // …and can change nothing.
      const write = await sendFrom(fake, { type: 'db:call', fn: 'saveSettings', args: [{ ...before.value, reminderDays: before.value.reminderDays === 7 ? 8 : 7 }] });
      expect(write).toMatchObject({ ok: false });
      const forgedWrite = await sendFrom(fake, { type: 'db:call', fn: 'saveSettings', args: [{ ...before.value, reminderDays: 9 }], key: '0'.repeat(32) });
      expect(forgedWrite).toMatchObject({ ok: false });
    }
    const after = (await sendFrom(real, { type: 'db:call', fn: 'getSettings', args: [], key: keyOf(real) })) as { value: unknown };
    expect(after.value).toEqual(before.value);
    // Our own panel still works.
    await expect(dealHeading(real).textContent()).resolves.toBe('Globex — 500-seat expansion');
    await closePanel(page);
  });

  it('synthetic clicks on the launcher open nothing; the manager’s click does', async () => {
    const page = await newPage(SF_A);
    await closePanel(page);
    // A page that got hold of the launcher (say, through another extension) clicks it from script.
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: unknown };
    type Node = { backendNodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const find = (n: Node): Node | undefined =>
      n.attributes?.includes('launcher') ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
    const node = find(root as unknown as Node)!;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        this.click();
        this.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        this.focus();
        this.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }`,
    });
    await page.waitForTimeout(300);
    await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(panelIframe(page).isVisible()).resolves.toBe(false);
    await cdp.detach();
    // The real mouse opens it.
    await launcher(page).click();
    await expect.poll(() => launcher(page).getAttribute('aria-expanded')).toBe('true');
    await closePanel(page);
  });
});

describe('never waiting forever', () => {
  it('shows what it read when the name never renders, says what it waits for meanwhile, and lets a session start', async () => {
    const t0 = Date.now();
    const page = await newPage('https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000NonmAAAA/view');
    const panel = await openPanel(page);
    // While it waits (3 s), it says for what; a very slow machine may open the panel after that.
    const waiting = panel.getByText('Waiting for the deal name…');
    if (Date.now() - t0 < 2000) await expect(waiting.waitFor({ timeout: 1000 })).resolves.toBeUndefined();
    await waiting.waitFor({ state: 'detached', timeout: 6000 });
    // Within a few seconds: what was read, under the name from the URL, and a way to type the real one.
    await expect(dealHeading(panel).textContent({ timeout: 6000 })).resolves.toBe('Deal 0065g00000NonmAAAA');
    await expect(panel.locator('[data-field="stage"]').textContent()).resolves.toContain('Qualification');
    await expect(panel.locator('[data-field="amount"]').textContent()).resolves.toMatch(/75,000/);
    await expect(panel.getByText(/did not show deal name/).count()).resolves.toBe(1);
    await panel.getByRole('button', { name: 'Correct fields' }).click();
    await panel.getByLabel('Deal name').fill('Cyberdyne — Renewal');
    await panel.getByLabel('Deal name').blur();
    await expect.poll(() => dealHeading(panel).textContent()).toBe('Cyberdyne — Renewal');
    await panel.getByRole('button', { name: 'Done' }).click();
    // The deal is recorded and a session can start.
    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByTestId('question-plan').waitFor();
    await closePanel(page);
  });
});
