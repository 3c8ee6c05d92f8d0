import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { closePanel, dealHeading, openPanel } from './helpers';

const HUBSPOT_2024 = 'https://app.hubspot.com/contacts/2187654/record/0-3/22334455667';

let b: LaunchedBrowser;
let page: Page;
beforeAll(async () => {
  b = await sharedBrowser();
  page = await b.context.newPage();
});
afterAll(async () => {
  await page.close();
});

describe('What Sideline read, in the panel', () => {
  it('lists where each field was found and copies a page report that holds the structure, not the deal', async () => {
    await page.goto(HUBSPOT_2024);
    const panel = await openPanel(page);
    await expect(dealHeading(panel).textContent({ timeout: 10_000 })).resolves.toBe('Hooli — Nucleus licences');

    const view = panel.getByTestId('what-sideline-read');
    await view.getByRole('button', { name: 'What Sideline read' }).click();
    await expect(view.locator('[data-source="name"]').textContent()).resolves.toContain('selector: [data-test-id="highlight-record-label"]');
    await expect(view.locator('[data-source="owner"]').textContent()).resolves.toContain('selector: [data-card-type="PROPERTIES_V3"] [data-test-id="hubspot_owner_id"]');

    await view.getByRole('button', { name: 'Copy page report' }).click();
    const report = view.getByRole('textbox', { name: 'Page report' });
    await report.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await report.inputValue();
    // The structure a maintainer needs, from the content script of the real page …
    expect(text).toContain('CRM: hubspot');
    expect(text).toContain('Page: /contacts/:id/record/:id/:id');
    expect(text).toContain('h2[data-test-id="highlight-record-label"]');
    expect(text).toContain('[data-card-type="ASSOCIATION_V3"]');
    expect(text).toContain('  owner: selector: [data-card-type="PROPERTIES_V3"] [data-test-id="hubspot_owner_id"]');
    // … and nothing of the deal.
    for (const value of ['Hooli', 'Nucleus', 'Gavin', 'Belson', 'Decision Maker', '36,500', '36500', '05/14/2027', '2027-05-14', '22334455667', 'Pied Piper', 'Richard', 'Monica', 'app.hubspot.com']) {
      expect(text, value).not.toContain(value);
    }
    await closePanel(page);
  });
});
