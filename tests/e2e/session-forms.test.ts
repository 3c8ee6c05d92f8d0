import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { HUBSPOT, dealHeading, openPanel } from './helpers';

let b: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  b = await sharedBrowser();
  page = await b.context.newPage();
});
afterAll(async () => {
  await page.close();
});

/**
 * Controls whose own text does not fit: a button or chip whose content is
 * wider than the box, or a select narrower than its chosen option's text.
 */
function clippedControls(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const out: string[] = [];
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    document.body.append(probe);
    for (const el of document.querySelectorAll<HTMLElement>('button, .chip, .timer, select, label, legend')) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue; // not shown
      if (el instanceof HTMLSelectElement) {
        const s = getComputedStyle(el);
        probe.style.font = s.font;
        probe.textContent = el.selectedOptions[0]?.text ?? '';
        const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 16; // the arrow
        if (probe.offsetWidth > room + 1) out.push(`select "${probe.textContent}" (${probe.offsetWidth} > ${room})`);
      } else if (el.scrollWidth > el.clientWidth + 1) {
        out.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    probe.remove();
    return out;
  });
}

describe('forms tell the truth', () => {
  it('says next to a setting when a value is out of range, and saves it once it is in range', async () => {
    await page.goto(b.extensionUrl('options.html'));
    const field = page.getByRole('spinbutton', { name: 'Stage questions in a planned session (3–5)' });
    await field.fill('9');
    const error = page.getByRole('alert').filter({ hasText: 'Enter a whole number from 3 to 5' });
    await error.waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field.getAttribute('aria-describedby')).resolves.toBe(await error.getAttribute('id'));
    await field.fill('5');
    await expect.poll(() => error.count()).toBe(0);
    // The save lands a moment after the keystroke: a reload then shows it.
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByRole('spinbutton', { name: 'Stage questions in a planned session (3–5)' }).inputValue();
      }, { timeout: 10_000 }) // each try reloads the whole page, which alone can take a second on a busy machine
      .toBe('5');
    await page.getByRole('spinbutton', { name: 'Stage questions in a planned session (3–5)' }).fill('4');
  });

  it('cuts no control’s text at 360 px: options, and the panel with a prepared session', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(b.extensionUrl('options.html'));
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await clippedControls(page)).toEqual([]);

    await page.goto(HUBSPOT);
    const panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    const addRep = panel.getByRole('button', { name: 'Add rep' });
    if (await addRep.count()) {
      expect(await clippedControls(panel)).toEqual([]);
      await addRep.click();
    }
    await panel.getByRole('button', { name: 'Plan full session' }).click();
    await panel.getByRole('button', { name: 'Begin' }).first().waitFor();
    await panel.getByRole('button', { name: 'Add gap analysis' }).click();
    const cover = panel.getByRole('textbox', { name: "What we'll cover" });
    await cover.fill('Which people at the customer Dana has met, what each of them wants from the project, and how she will reach the two she has not met yet.');
    const now = panel.getByRole('textbox', { name: 'Where the rep is now' });
    await now.fill('Single-threaded through the IT lead.\nNo contact in finance.\nProcurement unknown.');
    for (const box of [cover, now, panel.getByRole('textbox', { name: 'What the rep wants from today' })]) {
      await expect(box.evaluate((el) => el.tagName)).resolves.toBe('TEXTAREA');
      // Grows with its text: nothing is hidden behind a scroll bar.
      await expect.poll(() => box.evaluate((el) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
    }
    expect(await clippedControls(panel)).toEqual([]);
    // Leave the shared browser as it was: the plan was never begun, so it goes without a trace.
    await page.waitForTimeout(1600);
    await panel.getByRole('button', { name: 'Discard plan' }).click();
    await panel.getByRole('button', { name: 'Plan full session' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
