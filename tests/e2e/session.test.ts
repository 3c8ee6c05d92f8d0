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
/** Destructive actions right after the panel appears ask for a second step (components/session/guard.tsx). */
const APPEAR_GUARD_WAIT = 1600;

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
    // A quick session names no focus, and the clock runs at once.
    await expect(plan.textContent()).resolves.toContain('Quick session in');
    await expect(plan.textContent()).resolves.not.toMatch(/strategic/i);
    await panel.getByRole('timer', { name: 'Session time' }).waitFor();
    // The rep shapes the session, quick ones too.
    await panel.getByRole('textbox', { name: 'What the rep wants from today' }).fill('Get unstuck with procurement');
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

  it('asks for a second step when End session is pressed right after the panel appears', async () => {
    await closePanel(page);
    panel = await openPanel(page);
    await panel.getByRole('button', { name: 'End session' }).click();
    const confirm = panel.getByRole('button', { name: 'Yes, end session' });
    await confirm.waitFor();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm.count()).resolves.toBe(0);
    await expect(panel.getByTestId('session').count()).resolves.toBe(1);
  });

  it('ends the session with a consistent summary, and Copy as Markdown puts it on the clipboard', async () => {
    await page.waitForTimeout(APPEAR_GUARD_WAIT);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(SF_A).origin });
    await panel.getByRole('button', { name: 'End session' }).click();
    const summary = panel.getByTestId('summary-text').first();
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Coaching session: Globex — 500-seat expansion');
    expect(text).toContain('Quick session, ');
    expect(text).not.toContain('Focus: strategic');
    expect(text).toContain('What the rep wants from today: Get unstuck with procurement');
    expect(text).toMatch(/Commitments \(owned by the rep\):\n {2}• I will map the buying committee with Maria — due /);
    expect(text).not.toContain('suggested by manager');
    expect(text).toContain('Saved after the service worker was stopped');
    // The browser's date format, never an ISO date; one duration format.
    const today = await panel.evaluate(() => new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(text).toContain(`Date: ${today}`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('Markdown copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('## Coaching session: Globex — 500-seat expansion');
    expect(copied).toContain('### Commitments (owned by the rep)\n- I will map the buying committee with Maria — due ');
    expect(copied).toContain('- What the rep wants from today: Get unstuck with procurement');
    expect(copied).toContain('### Notes\n');

    await panel.getByRole('button', { name: 'Close summary' }).click();
    await panel.getByRole('heading', { name: 'History' }).waitFor();
    await expect(panel.locator('details').count()).resolves.toBeGreaterThan(0);
  });

  it('does not offer a commitment made a minute ago as a follow-up', async () => {
    await panel.getByRole('button', { name: 'Start session' }).waitFor();
    await expect(panel.getByRole('region', { name: /Follow up first/ }).count()).resolves.toBe(0);
  });

  it('prepares a full session on the rep’s other deal without starting the clock, and follows up there on the earlier commitment', async () => {
    // Another of Dana's deals, whose page does not show the owner: the manager fills it in.
    await page.goto(SF_DANA_OTHER);
    panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    await panel.getByRole('button', { name: 'Correct fields' }).click();
    const owner = panel.getByRole('textbox', { name: 'Owner' });
    await owner.fill('Dana Reyes');
    await owner.blur();
    await panel.getByRole('button', { name: 'Done' }).first().click();
    await panel.getByTestId('rep-chip').waitFor();
    await panel.getByRole('button', { name: 'Plan full session' }).click();
    await panel.getByRole('button', { name: 'Begin' }).first().waitFor();
    await expect(panel.getByRole('timer').count()).resolves.toBe(0);
    await panel.getByRole('textbox', { name: 'What the rep wants from today' }).waitFor();

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
    // The outcome note is on the rep's record.
    const record = panel.getByTestId('rep-record');
    await expect.poll(() => record.textContent()).toContain('Follow-through');
    await record.locator('summary').click();
    await expect.poll(() => record.textContent()).toContain('Maria was on leave; Dana asked for two more weeks');
    // And in the history, under the session where the commitment was made.
    const history = panel.getByRole('region', { name: 'History' });
    const earlier = history.locator('details').filter({ hasText: 'Globex — 500-seat expansion' });
    await earlier.locator('summary').first().click();
    await expect
      .poll(() => earlier.getByTestId('summary-text').textContent())
      .toContain('I will map the buying committee with Maria — due ');
    await expect(earlier.getByTestId('summary-text').textContent()).resolves.toContain('Renegotiated: Maria was on leave; Dana asked for two more weeks');
  });

  it('lists the prepared session first on today’s agenda in the popup', async () => {
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    await popup.getByTestId('agenda').waitFor();
    const prepared = popup.getByRole('region', { name: 'Prepared for today' });
    await prepared.waitFor();
    await expect(prepared.textContent()).resolves.toContain('Dana Reyes');
    const first = await popup.locator('[data-testid="agenda"] section h2').first().textContent();
    expect(first).toBe('Prepared for today');
    await popup.close();
    await page.bringToFront();
  });

  it('re-plans the questions not yet asked when the focus changes, and says which focus chose them', async () => {
    const stageItems = () => panel.locator('[data-testid="question-plan"] li').filter({ hasText: /^Stage/ });
    await expect.poll(async () => (await stageItems().allTextContents()).every((t) => t.includes('Strategic focus'))).toBe(true);
    const first = stageItems().first();
    const kept = (await first.locator('label span.grow').textContent()) ?? '';
    await first.getByRole('checkbox').click();
    await expect.poll(() => first.getByRole('checkbox').isChecked()).toBe(true);
    await page.waitForTimeout(400);
    await panel.getByRole('radio', { name: 'Tactical' }).check();
    await expect
      .poll(async () => (await stageItems().allTextContents()).filter((t) => t.includes('Tactical focus')).length)
      .toBe((await stageItems().count()) - 1);
    await expect(stageItems().first().locator('label span.grow').textContent()).resolves.toBe(kept);
    await expect(stageItems().first().textContent()).resolves.toContain('Strategic focus');
  });

  it('starts the time box with Begin; the timer stays in view while scrolling and contract fields grow with their text', async () => {
    const what = panel.getByRole('textbox', { name: "What we'll cover" });
    await what.fill('How Dana maps the buying committee on every enterprise deal, who she has met so far, what each of them cares about, and where she wants help first.');
    const fits = await what.evaluate((el) => el.scrollHeight <= el.clientHeight + 2 && el.tagName === 'TEXTAREA');
    expect(fits).toBe(true);
    await panel.getByRole('button', { name: 'Begin' }).first().click();
    const timer = panel.getByRole('timer', { name: 'Session time' });
    await timer.waitFor();
    await panel.getByRole('button', { name: 'End session' }).scrollIntoViewIfNeeded();
    const view = await panel.evaluate(() => {
      const t = document.querySelector('[role="timer"]')!.getBoundingClientRect();
      return { scrolled: window.scrollY, top: t.top, bottom: t.bottom, height: window.innerHeight };
    });
    expect(view.scrolled).toBeGreaterThan(0);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.bottom).toBeLessThanOrEqual(view.height);
    await notes().fill('Dana will draw the committee map before Friday');
    await page.waitForTimeout(APPEAR_GUARD_WAIT);
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByTestId('summary-text').first().waitFor();
  });

  it('discards an empty session: it is not kept and does not count', async () => {
    await page.goto(SF_B);
    panel = await openPanel(page);
    await panel.getByRole('heading', { level: 1, name: 'Initech — Pilot' }).waitFor();
    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByTestId('question-plan').waitFor();
    await page.waitForTimeout(APPEAR_GUARD_WAIT);
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByRole('group', { name: 'Nothing recorded' }).waitFor();
    await panel.getByRole('button', { name: 'Discard session' }).click();
    await panel.getByRole('button', { name: 'Start session' }).waitFor();
    await expect(panel.getByTestId('summary').count()).resolves.toBe(0);
    await expect(panel.locator('details').count()).resolves.toBe(0);
  });

  it('gives a rep linked after a session that session: the rep counts as coached today', async () => {
    await panel.getByRole('button', { name: 'Start session' }).click();
    await notes().fill('Sam is waiting on legal');
    await page.waitForTimeout(APPEAR_GUARD_WAIT);
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByTestId('summary-text').first().waitFor();
    await panel.getByRole('button', { name: 'Close summary' }).click();
    await panel.getByRole('button', { name: 'Add rep' }).click();
    const chip = panel.getByTestId('rep-chip');
    await chip.waitFor();
    await expect.poll(() => chip.textContent()).toContain('coached today');
  });

  it('deletes a session from the history, with undo', async () => {
    const history = panel.getByRole('region', { name: 'History' });
    await history.locator('details summary').first().click();
    await history.getByRole('button', { name: 'Delete session' }).click();
    await history.getByRole('status').filter({ hasText: 'Session deleted' }).waitFor();
    await expect.poll(() => history.locator('details').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('rep-chip').textContent()).toContain('not coached yet');
    await history.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => history.locator('details').count()).toBe(1);
    await expect.poll(() => panel.getByTestId('rep-chip').textContent()).toContain('coached today');
  });

  it('puts the rep’s open commitment on today’s agenda in the popup', async () => {
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    await popup.getByTestId('agenda').waitFor();
    // Three sessions ended this week; the discarded empty one does not count.
    await expect(popup.getByTestId('ledger').textContent()).resolves.toMatch(/in 3 sessions/);
    await popup.close();
    // The rep's record in Options: follow-through rate with the outcome notes.
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    const dana = options.locator('li').filter({ has: options.getByText('Dana Reyes', { exact: true }) });
    await expect.poll(() => dana.getByTestId('rep-record').textContent()).toContain('Follow-through: 0%');
    await options.close();
  });
});
