import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import { FIXTURES, collectErrors, type LaunchedBrowser } from './browser.mjs';
import { dealHeading, openPanel } from './helpers';

/*
 * Issue 15, item 2 in the real browser: a rep Sideline makes from a CRM deal
 * owner, without the manager choosing a tier, is flagged "Tier not set" in the
 * popup (and in Options); one click in the popup sets the tier, and the flag
 * stays gone when the popup opens again.
 */

/** A HubSpot deal of this file only, whose owner no other file meets: the HubSpot fixture with its owner renamed. */
const DEAL = 'https://app.hubspot.com/contacts/2187654/record/0-3/31415926535';
const OWNER = 'Noor Haddad';

let b: LaunchedBrowser;

async function popup(): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(b.extensionUrl('popup.html'));
  await page.getByTestId('agenda').waitFor();
  return page;
}

const noorRow = (page: Page) => page.locator('[data-rep-id]').filter({ hasText: OWNER });

beforeAll(async () => {
  b = await sharedBrowser();
});

afterAll(async () => {
  for (const p of b.context.pages()) if (p.url().startsWith(DEAL)) await p.close();
});

describe('a rep whose tier the manager has not set', () => {
  it('is made from the deal owner in the panel without a tier, and flagged there', async () => {
    const page = await b.context.newPage();
    const html = readFileSync(path.join(FIXTURES, 'hubspot/deal.html'), 'utf8').replaceAll('Jordan Lee', OWNER);
    await page.route(DEAL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(DEAL);
    const panel = await openPanel(page);
    await dealHeading(panel).waitFor();
    const who = panel.getByRole('group', { name: 'Who is this rep?' });
    await who.waitFor();
    await expect(who.textContent()).resolves.toContain(`Who is ${OWNER}?`);
    // The form does not choose a tier for the manager.
    await expect(who.getByLabel('Performance').inputValue()).resolves.toBe('');
    await who.getByRole('button', { name: 'Add rep' }).click();
    const chip = panel.getByTestId('rep-chip');
    await chip.waitFor();
    await expect(chip.textContent()).resolves.toContain(OWNER);
    await expect(chip.getByTestId('tier-not-set').textContent()).resolves.toBe('Tier not set');
    await page.close();
  });

  it('shows the flag in Options’ rep list', async () => {
    const page = await b.context.newPage();
    await page.goto(b.extensionUrl('options.html'));
    const row = page.getByRole('region', { name: 'Reps' }).getByRole('listitem').filter({ hasText: OWNER });
    await row.getByTestId('tier-not-set').waitFor();
    await expect(row.getByLabel('Performance').inputValue()).resolves.toBe('');
    if (process.env.SIDELINE_SCREENSHOTS) await row.screenshot({ path: path.join(process.env.SIDELINE_SCREENSHOTS, 'options-tier-not-set.png') });
    await page.close();
  });

  it('is flagged in the popup; one click sets the tier and the flag stays gone after the popup opens again', async () => {
    const page = await popup();
    const errors = collectErrors(page);
    const row = noorRow(page);
    await row.getByTestId('tier-not-set').waitFor();
    // No tier shows as chosen while it is not set.
    for (const name of ['Top performer', 'Middle performer', 'Bottom performer']) {
      await expect(row.getByRole('button', { name }).getAttribute('aria-pressed')).resolves.toBe('false');
    }
    if (process.env.SIDELINE_SCREENSHOTS) {
      await page.screenshot({ path: path.join(process.env.SIDELINE_SCREENSHOTS, 'popup-tier-not-set-light.png') });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: path.join(process.env.SIDELINE_SCREENSHOTS, 'popup-tier-not-set-dark.png') });
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await row.getByRole('button', { name: 'Middle performer' }).click();
    await expect.poll(() => row.getByTestId('tier-not-set').count()).toBe(0);
    await expect.poll(() => row.getByRole('button', { name: 'Middle performer' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();

    const again = await popup();
    const rowAgain = noorRow(again);
    await rowAgain.waitFor();
    await expect.poll(() => rowAgain.getByRole('button', { name: 'Middle performer' }).getAttribute('aria-pressed')).toBe('true');
    await expect(rowAgain.getByTestId('tier-not-set').count()).resolves.toBe(0);
    await again.close();
  });
});
