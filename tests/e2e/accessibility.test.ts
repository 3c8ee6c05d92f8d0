import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { dealHeading, openPanel } from './helpers';

/**
 * A deal on which no other browser test starts a session (reading.test.ts only
 * reads it): this file's session is its own. Not durable-typing's HubSpot deal,
 * which that file leaves with a session running (no "Plan full session" then).
 */
const DEAL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ActvtAAC/view';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Destructive actions right after the panel appears ask for a second step (components/session/guard.tsx). */
const APPEAR_GUARD_WAIT = 1600;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical findings on the page or frame, as it is now. */
async function seriousViolations(target: Page | Frame): Promise<Violation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE);
  const all = (await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  })) as Violation[];
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const duplicateIds = (target: Page | Frame) =>
  target.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });

const focusedName = (target: Page | Frame) =>
  target.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return 'body';
    const label = a.id ? document.querySelector(`label[for="${CSS.escape(a.id)}"]`)?.textContent : null;
    return (a.getAttribute('aria-label') ?? label ?? a.textContent ?? a.tagName).trim();
  });

let b: LaunchedBrowser;
let page: Page;
let panel: Frame;

beforeAll(async () => {
  b = await sharedBrowser();
  page = await b.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => {
  await page.close();
});

describe('accessibility of the panel, popup and options', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing serious or critical on the popup and options (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(b.extensionUrl('popup.html'));
      await page.getByTestId('agenda').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(b.extensionUrl('options.html'));
      await page.getByRole('heading', { name: 'Your data' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await duplicateIds(page)).toEqual([]);
    });
  }

  it('file buttons ("Import bank…", "Restore backup…") show keyboard focus', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(b.extensionUrl('options.html'));
    for (const name of ['Import bank…', 'Restore backup…']) {
      const input = page.getByLabel(name);
      await input.focus();
      // Keyboard focus (not a click) is what :focus-visible answers to: tab away and back.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const ring = await page.locator(`label[for="${await input.getAttribute('id')}"]`).evaluate((l) => {
        const s = getComputedStyle(l);
        return { style: s.outlineStyle, width: s.outlineWidth };
      });
      expect(ring).toEqual({ style: 'solid', width: '2px' });
    }
  });

  it('walks a full session by accessible names; focus never falls to the page; axe is clean mid-session (light and dark)', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(DEAL);
    panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    const addRep = panel.getByRole('button', { name: 'Add rep' });
    if (await addRep.count()) await addRep.click();
    await panel.getByRole('button', { name: 'Plan full session' }).click();
    const begin = panel.getByRole('button', { name: 'Begin' }).first();
    await begin.waitFor();
    // The plan replaced the start buttons: focus went to it, not to the page.
    await expect.poll(() => focusedName(panel)).not.toBe('body');
    await panel.getByRole('radio', { name: 'Tactical' }).check();
    await panel.getByRole('radio', { name: 'Strategic' }).check();
    await begin.click();
    await panel.getByRole('timer', { name: 'Session time' }).waitFor();
    await expect.poll(() => focusedName(panel)).not.toBe('body');
    await panel.getByRole('textbox', { name: 'Notes' }).fill('Alex mapped the committee. You need to call procurement today.');
    await panel.locator('[data-finding]').first().waitFor();
    await panel.getByRole('button', { name: 'Add commitment' }).click();
    // Focus goes to the new commitment, in the rep's words.
    await expect.poll(() => focusedName(panel)).toBe("Commitment, in the rep's words");
    await page.keyboard.type('I will send the mutual plan by Friday');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await seriousViolations(panel), `panel mid-session, ${scheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await page.waitForTimeout(APPEAR_GUARD_WAIT);
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByTestId('summary-text').first().waitFor();
    // The summary replaced the session: focus is on its first action, not on the page.
    await expect.poll(() => focusedName(panel)).toBe('Copy as Markdown');
    await panel.getByRole('button', { name: 'Copy as Markdown' }).waitFor();
    // History expands under the summary: the same session twice, still one id each.
    await panel.locator('details > summary').first().click();
    await panel.locator('details[open] [data-testid="summary-text"]').waitFor();
    expect(await duplicateIds(panel)).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);
  });
});

describe('the session starts above the fold', () => {
  it('at 1440 × 900 the deal header is one line once a session starts, and the first question shows without scrolling', async () => {
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.goto('https://acme.pipedrive.com/deal/1432');
    const f = await openPanel(p);
    await dealHeading(f).waitFor();
    const header = f.getByRole('banner', { name: 'Deal' }).or(f.locator('header[aria-label="Deal"]')).first();
    const before = (await header.boundingBox())!.height;
    const addRep = f.getByRole('button', { name: 'Add rep' });
    if (await addRep.count()) await addRep.click();
    await f.getByRole('button', { name: 'Start session' }).click();
    const first = f.getByTestId('question-plan').locator('li').first();
    await first.waitFor();
    const after = (await header.boundingBox())!.height;
    expect(after).toBeLessThan(before);
    // One line: the heading's own height, plus the section's padding.
    expect(after).toBeLessThanOrEqual(48);
    const box = await first.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scrolled: window.scrollY, height: window.innerHeight };
    });
    expect(box.scrolled).toBe(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    // The details are one click away.
    await f.getByRole('button', { name: 'Deal details' }).click();
    await f.locator('[data-field="owner"]').waitFor();
    await p.close();
  });
});
