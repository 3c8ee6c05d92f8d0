import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import { dealHeading, launcher, panelFrame } from './helpers';

// A deal no other browser test coaches, so this session does not meet theirs.
const DYNAMICS =
  'https://contoso.crm4.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9';

let page: Page;
let panel: Frame;

/** Presses Tab until the focused control in the panel has this accessible name; fails if it never comes. */
async function tabTo(name: string, role: 'button' | 'textbox', max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const here = await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent;
      return { tag: el.tagName, label: (label ?? '').trim() };
    });
    const isRole = role === 'button' ? here?.tag === 'BUTTON' : here?.tag === 'TEXTAREA' || here?.tag === 'INPUT';
    if (here && isRole && here.label === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${name}" cannot be reached with the Tab key`);
}

/** The focused control shows a focus ring a person can see. */
async function focusIsVisible(): Promise<boolean> {
  return panel.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return el.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
  });
}

beforeAll(async () => {
  const b = await sharedBrowser();
  page = await b.context.newPage();
  await page.goto(DYNAMICS);
});
afterAll(async () => {
  await page.close();
});

describe('the panel from the keyboard alone', () => {
  it('opens from the launcher with Enter and takes focus in with Tab', async () => {
    await launcher(page).waitFor();
    if ((await launcher(page).getAttribute('aria-expanded')) === 'true') {
      await launcher(page).focus();
      await page.keyboard.press('Enter');
    }
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('true');
    panel = await panelFrame(page);
    await dealHeading(panel).waitFor();
    // The panel iframe follows the launcher in tab order.
    await page.keyboard.press('Tab');
    await expect.poll(() => panel.evaluate(() => document.hasFocus() && document.activeElement !== document.body)).toBe(true);
  });

  it('starts a session, writes a note and reaches every session control with Tab and Enter, focus always visible', async () => {
    await tabTo('Start session', 'button');
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await panel.getByTestId('question-plan').waitFor();
    await tabTo('Notes', 'textbox');
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.type('What would help you most with the CFO?');
    await expect.poll(() => panel.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('What would help you most with the CFO?');
    await tabTo('Add commitment', 'button');
    expect(await focusIsVisible()).toBe(true);
    await tabTo('End session', 'button');
    expect(await focusIsVisible()).toBe(true);
  });
});
