import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { SF_A, SF_B, closePanel, dealHeading, openPanel } from './helpers';

/** A Lightning console deal no other browser test opens; its page does not show the owner. */
const SF_DANA_OTHER = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000CnslAAAA/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000XYZabAAC%2Fview';

let b: LaunchedBrowser;
let page: Page;
let panel: Frame;

async function reopen(url = SF_A) {
  await page.goto(url);
  panel = await openPanel(page);
  await dealHeading(panel).waitFor();
}

const notes = () => panel.getByRole('textbox', { name: 'Notes' });

beforeAll(async () => {
  b = await sharedBrowser();
  page = await b.context.newPage();
  await reopen();
});
afterAll(async () => {
  await page.close();
});

describe('a coaching session in the panel', () => {
  it('links the owner to a rep once, then starts a 3-question session in one click', async () => {
    const addRep = panel.getByRole('button', { name: 'Add rep' });
    if (await addRep.count()) await addRep.click();
    await panel.getByTestId('rep-chip').waitFor();
    await expect(panel.getByTestId('rep-chip').textContent()).resolves.toContain('Dana Reyes');
    await panel.getByRole('button', { name: 'Start session' }).click();
    const plan = panel.getByTestId('question-plan');
    await plan.waitFor();
    await expect(plan.locator('li').count()).resolves.toBe(3);
    await expect(plan.locator('li').first().textContent()).resolves.toContain('Opener');
  });

  it('marks telling in the notes and offers a question about the same subject for next time, leaving what was said as written', async () => {
    await notes().fill('Dana is confident. You need to call procurement today.');
    const finding = panel.locator('[data-finding="directive"]');
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toContain('Next time, ask: “What\'s your plan for reaching procurement?”');
    await expect(finding.getByRole('button', { name: 'Use this' }).count()).resolves.toBe(0);
    await expect(notes().inputValue()).resolves.toBe('Dana is confident. You need to call procurement today.');
    await expect(panel.getByTestId('ask-tell-ratio').textContent()).resolves.toContain('Ask:tell 0:1');
  });

  it('records a commitment in the rep’s words and labels one the manager suggested', async () => {
    await panel.getByRole('button', { name: 'Add commitment' }).click();
    const box = panel.getByRole('textbox', { name: "Commitment, in the rep's words" });
    await box.fill('I will map the buying committee with Maria');
    await panel.getByRole('textbox', { name: "How do you want me to follow up if you don't honor this?" }).fill('Ask me in Monday’s 1:1');
    await panel.getByRole('radio', { name: 'Mine' }).check();
    await panel.getByTestId('suggested-by-manager').waitFor();
    await panel.getByRole('radio', { name: "The rep's" }).check();
    await expect(panel.getByTestId('suggested-by-manager').count()).resolves.toBe(0);
  });

  it('loses nothing when the page reloads: the unfinished session resumes', async () => {
    await notes().fill('Typed just before the reload');
    await page.waitForTimeout(50); // well inside the autosave delay: pagehide must save it
    await reopen();
    await expect(notes().inputValue()).resolves.toBe('Typed just before the reload');
    await expect(panel.getByRole('textbox', { name: "Commitment, in the rep's words" }).inputValue()).resolves.toBe(
      'I will map the buying committee with Maria',
    );
  });

  it('loses nothing when the panel is closed and opened again', async () => {
    await notes().fill('Written, then the panel closed');
    await closePanel(page);
    await page.waitForTimeout(600);
    panel = await openPanel(page);
    await expect(notes().inputValue()).resolves.toBe('Written, then the panel closed');
  });

  it('loses nothing when the manager moves to another deal and back', async () => {
    await notes().fill('Before moving to Initech');
    await page.getByRole('link', { name: 'Initech — Pilot' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Initech — Pilot' }).waitFor();
    await expect(panel.getByRole('textbox', { name: 'Notes' }).count()).resolves.toBe(0);
    await page.evaluate(() => history.back());
    await panel.getByRole('heading', { level: 1, name: 'Globex — 500-seat expansion' }).waitFor();
    await expect(notes().inputValue()).resolves.toBe('Before moving to Initech');
  });

  it('loses nothing when the service worker is stopped mid-session', async () => {
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await notes().fill('Saved after the service worker was stopped');
    await notes().blur();
    await page.waitForTimeout(800);
    await reopen();
    await expect(notes().inputValue()).resolves.toBe('Saved after the service worker was stopped');
  });

  it('ends the session with a summary to copy, and shows it in the history', async () => {
    await panel.getByRole('button', { name: 'End session' }).click();
    const summary = panel.getByTestId('summary-text').first();
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain('Coaching session: Globex — 500-seat expansion');
    expect(text).toContain('I will map the buying committee with Maria');
    expect(text).toContain('Saved after the service worker was stopped');
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await panel.getByRole('status').waitFor();
    await panel.getByRole('button', { name: 'Close summary' }).click();
    await panel.getByRole('heading', { name: 'History' }).waitFor();
    await expect(panel.locator('details').count()).resolves.toBeGreaterThan(0);
    // The commitment now waits for follow-up at the top of the next session's panel, on any deal.
    await page.goto(SF_B);
    panel = await openPanel(page);
    await dealHeading(panel).waitFor();
  });

  it('brings the rep’s open commitment to the top of her other deal, where it is renegotiated with a note and a new date', async () => {
    // Another of Dana's deals, whose page does not show the owner: the manager fills it in.
    await page.goto(SF_DANA_OTHER);
    panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    await panel.getByRole('button', { name: 'Correct fields' }).click();
    const owner = panel.getByRole('textbox', { name: 'Owner' });
    await owner.fill('Dana Reyes');
    await owner.blur();
    await panel.getByRole('button', { name: 'Done' }).first().click();
    const followUps = panel.getByRole('region', { name: /Follow up first/ });
    const item = followUps.locator('li').filter({ hasText: 'I will map the buying committee with Maria' });
    await item.waitFor({ timeout: 10_000 });
    await expect(item.textContent()).resolves.toContain('Agreed follow-up: “Ask me in Monday’s 1:1”');
    await item.getByRole('textbox', { name: 'Outcome note' }).fill('Maria was on leave; Dana asked for two more weeks');
    await item.getByRole('button', { name: 'Renegotiate' }).click();
    await item.getByLabel('New due date').fill('2030-01-15');
    await item.getByRole('button', { name: 'Save new date' }).click();
    // The old promise is closed as renegotiated; the rep's new one waits, due on the new date.
    await expect.poll(() => followUps.locator('li').count()).toBe(1);
    await expect.poll(() => followUps.locator('li').first().textContent()).toContain('due Jan 15, 2030');
  });

  it('puts the rep’s open commitment on today’s agenda in the popup', async () => {
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    await popup.getByTestId('agenda').waitFor();
    await expect(popup.getByTestId('ledger').textContent()).resolves.toMatch(/in 1 session/);
    await popup.close();
  });
});
