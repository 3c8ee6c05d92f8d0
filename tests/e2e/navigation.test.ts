import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { HUBSPOT, SF_A, SF_B, closePanel, dealHeading, launcher, openPanel, panelIframe } from './helpers';

let b: LaunchedBrowser;
let page: Page;
beforeAll(async () => {
  b = await sharedBrowser();
});
afterEach(async () => {
  await page?.close();
});

describe('following the CRM as it navigates', () => {
  it('moves the panel from deal A to deal B without a reload, never showing A on B', async () => {
    page = await b.context.newPage();
    await page.goto(SF_A);
    const panel = await openPanel(page);
    await expect(dealHeading(panel).textContent()).resolves.toBe('Globex — 500-seat expansion');
    // Record every heading the panel shows after the click.
    await panel.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = [document.querySelector('h1')?.textContent ?? '']);
      new MutationObserver(() => {
        const h = document.querySelector('h1')?.textContent;
        if (h && seen.at(-1) !== h) seen.push(h);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('link', { name: 'Initech — Pilot' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Initech — Pilot' }).waitFor({ timeout: 5000 });
    await expect(panel.locator('[data-field="owner"]').textContent()).resolves.toBe('Sam Okafor');
    const seen = await panel.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // Once the page left A, the panel went to "reading" and then straight to B.
    expect(seen[0]).toBe('Globex — 500-seat expansion');
    expect(seen.slice(1)).not.toContain('Globex — 500-seat expansion');
    expect(seen.at(-1)).toBe('Initech — Pilot');
  });

  it('removes the launcher and panel when the CRM leaves deal pages', async () => {
    page = await b.context.newPage();
    await page.goto(SF_A);
    await openPanel(page);
    await page.getByRole('link', { name: 'Opportunities' }).click();
    await expect.poll(() => launcher(page).count(), { timeout: 5000 }).toBe(0);
    expect(await panelIframe(page).count()).toBe(0);
  });

  it('waits for a lazily rendered HubSpot sidebar and maps its stage', async () => {
    page = await b.context.newPage();
    await page.goto(HUBSPOT);
    const panel = await openPanel(page);
    await expect(dealHeading(panel).textContent({ timeout: 10_000 })).resolves.toBe('Acme Robotics — Annual plan');
    // The stage arrives ~0.7 s later in the lazily loaded sidebar.
    await expect.poll(() => panel.locator('[data-field="stage"]').textContent(), { timeout: 5000 }).toContain('Contract Sent');
    await expect(panel.locator('[data-field="stage"]').textContent()).resolves.toContain('Closing');
    await expect(panel.locator('[data-field="owner"]').textContent()).resolves.toBe('Jordan Lee');
  });

  it('opens the panel on the next deal page if the manager left it open, and keeps it closed once closed', async () => {
    page = await b.context.newPage();
    await page.goto(SF_A);
    await openPanel(page);
    await page.goto(SF_B);
    await expect.poll(() => launcher(page).getAttribute('aria-expanded'), { timeout: 5000 }).toBe('true');
    await expect(panelIframe(page).isVisible()).resolves.toBe(true);
    await closePanel(page);
    await page.reload();
    await launcher(page).waitFor();
    // Give a remembered "open" time to show, then check it did not.
    await page.waitForTimeout(500);
    await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(panelIframe(page).count()).resolves.toBe(0);
  });
});
