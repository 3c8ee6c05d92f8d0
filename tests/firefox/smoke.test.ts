import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchFirefox } from './firefox.mjs';

// The same demo deal the Chromium tests open first.
const SF_A = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
// The launcher and the panel's iframe live in the content script's CLOSED shadow
// root (entrypoints/crm.content/dock.ts): no selector reaches them, as no page
// script can. The test drives them as the manager does: it finds the dock's host
// element (light DOM), clicks the launcher where it shows on screen with real
// mouse input, and finds the panel among the page's frames by its URL.
const DOCK_HOST = 'sideline-dock';
// From dock.ts's CSS: the panel is 380px wide at the right edge; the launcher
// is a tab at the right edge (or the panel's left edge while open), its top at 40% of the viewport.
const PANEL_WIDTH = 380;

let ff: Awaited<ReturnType<typeof launchFirefox>>;
let page: Page;

beforeAll(async () => {
  ff = await launchFirefox();
  page = await ff.newPage();
});
afterAll(async () => {
  await ff?.close();
});

/** Whether the point (viewport coordinates) shows the dock: a closed shadow root retargets hits to its host. */
const showsDock = (x: number, y: number) =>
  page.evaluate((x, y, host) => document.elementFromPoint(x, y)?.localName === host, x, y, DOCK_HOST);

/** The panel is open when the panel area at the right edge shows the dock (the iframe is `hidden` while closed). */
async function expanded(): Promise<boolean> {
  const { w, h } = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: innerHeight }));
  return showsDock(w - PANEL_WIDTH / 2, h * 0.15);
}

/** The launcher's on-screen centre: the stretch of its column, from 40% of the viewport down, that shows the dock. */
async function launcherPoint(): Promise<{ x: number; y: number }> {
  const open = await expanded();
  return page.evaluate(
    (host, right) => {
      const w = document.documentElement.clientWidth;
      const x = w - right - 10;
      const hit = (y: number) => document.elementFromPoint(x, y)?.localName === host;
      let y = Math.ceil(innerHeight * 0.4);
      while (y < innerHeight && !hit(y)) y++;
      const top = y;
      while (y < innerHeight && hit(y)) y++;
      if (y - top < 20) throw new Error(`No launcher at x=${x} below y=${Math.ceil(innerHeight * 0.4)} (found ${y - top}px)`);
      return { x, y: Math.round((top + y) / 2) };
    },
    DOCK_HOST,
    open ? PANEL_WIDTH : 0,
  );
}

/**
 * The panel's frame: the extension's panel.html (moz-extension://) inside the
 * CRM page. Firefox's BiDi does not report the iframe's navigation to the
 * extension page (puppeteer keeps its first URL, about:blank), so the URL is
 * read from inside each child frame.
 */
async function panelFrame(): Promise<Frame> {
  const where = (f: Frame) =>
    f.evaluate(() => (location.protocol === 'moz-extension:' && location.pathname === '/panel.html' ? document.readyState : 'other'));
  for (let t = Date.now(); Date.now() - t < 15_000; await new Promise((r) => setTimeout(r, 100))) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.detached) continue;
      // A frame of the page before a reload, or one still loading, throws: look again.
      if ((await where(frame).catch(() => 'gone')) === 'complete') return frame;
    }
  }
  throw new Error(`No panel frame among ${page.frames().map((f) => f.url()).join(', ')}`);
}

/**
 * Clicks an element of the panel with real mouse input. Puppeteer's own
 * `ElementHandle.click()` cannot place it: it looks for the frame's <iframe>
 * in the page's DOM, which the closed shadow root hides. The iframe is docked
 * at the viewport's top right (dock.ts), so its content starts at the page's
 * width less the frame's own.
 */
async function clickInPanel(el: ElementHandle<Element>): Promise<void> {
  // Where the element rests: the same box two frames running, and the element itself is what shows there.
  const inFrame = await el.evaluate(async (e) => {
    e.scrollIntoView({ block: 'center' });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = '';
    for (let i = 0; i < 50; i++) {
      await frame();
      const r = e.getBoundingClientRect();
      const at = { x: r.left + r.width / 2, y: r.top + r.height / 2, width: innerWidth };
      const key = JSON.stringify(at);
      const hit = document.elementFromPoint(at.x, at.y);
      if (key === last && hit && (hit === e || e.contains(hit))) return at;
      last = key;
    }
    throw new Error(`${e.outerHTML.slice(0, 80)} does not rest where it can be clicked`);
  });
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  await page.mouse.click(pageWidth - inFrame.width + inFrame.x, inFrame.y);
}

/** Opens the panel whether or not it was left open (the choice is remembered and may arrive after the launcher shows). */
async function openPanel(): Promise<Frame> {
  await page.waitForSelector(DOCK_HOST);
  for (let i = 0; i < 5; i++) {
    if (await expanded()) {
      await new Promise((r) => setTimeout(r, 200));
      if (await expanded()) return panelFrame();
      continue;
    }
    const { x, y } = await launcherPoint();
    await page.mouse.click(x, y);
    // Until the panel shows (or 5 s: the loop then looks again).
    for (let t = Date.now(); Date.now() - t < 5_000 && !(await expanded()); ) await new Promise((r) => setTimeout(r, 100));
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
    if (addRep) {
      await clickInPanel(addRep);
      // The rep is saved through the background; the deal card then moves up.
      await panel.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Add rep'), { timeout: 10_000 });
    }
    await clickInPanel((await panel.waitForSelector('::-p-text(Start session)'))!);
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
