import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { HUBSPOT, launcher } from './helpers';

/** An in-house CRM (tests/fixtures/custom/deal.html) that the manager allows. */
const ACME_DEAL = 'https://crm.acme.internal/deals/7781';
const ACME_PATTERN = 'https://crm.acme.internal/deals/*';
/** The same page on another in-house host, configured but never allowed. */
const GLOBEX_DEAL = 'https://crm.globex.internal/deals/7781';
const GLOBEX_PATTERN = 'https://crm.globex.internal/deals/*';
/** Another path on the Globex host, for a site restored after that host was allowed. */
const GLOBEX_PIPELINE_DEAL = 'https://crm.globex.internal/pipeline/7781';
const GLOBEX_PIPELINE_PATTERN = 'https://crm.globex.internal/pipeline/*';

/** `chrome` as pages of the browser see it; the tests' own types do not declare it. */
type PageChrome = {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  /** Only on chrome://extensions. */
  developerPrivate?: { addHostPermission(extensionId: string, host: string): Promise<void> };
};

let b: LaunchedBrowser;
let options: Page;
let crm: Page;

const hasHost = (origin: string) =>
  options.evaluate((o) => (globalThis as unknown as { chrome: PageChrome }).chrome.permissions.contains({ origins: [o] }), origin);

/**
 * Stands in for the manager's "Allow" on Chrome's permission prompt, which
 * headless Chromium shows to nobody. chrome://extensions grants a site to an
 * extension with chrome.developerPrivate.addHostPermission, which records it
 * among the hosts the user granted, as "Allow" does. That alone activates
 * nothing (permissions.contains stays false, checked below); the product's own
 * permissions.request, run from the manager's click, then resolves true
 * without showing a prompt, and everything after it (permissions.onAdded,
 * the registration, the content script) runs as for a real user.
 */
async function recordUserGrant(origin: string): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${b.extensionId}`);
    await page.waitForFunction(() => typeof (globalThis as unknown as { chrome: PageChrome }).chrome.developerPrivate?.addHostPermission === 'function');
    await page.evaluate(
      ([id, host]) => (globalThis as unknown as { chrome: PageChrome }).chrome.developerPrivate!.addHostPermission(id, host),
      [b.extensionId, origin] as const,
    );
  } finally {
    await page.close();
  }
}

const siteRow = (name: string) => options.locator('li[data-site-id]').filter({ hasText: name });

/** Opens the page in a new tab and waits for Sideline's launcher there. */
async function expectLauncherOn(url: string): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(url);
    await launcher(page).waitFor({ timeout: 10_000 });
  } finally {
    await page.close();
  }
}

/** Restores, through Options, a backup from another browser that holds only these custom sites. */
async function restoreSites(sites: Array<{ id: string; name: string; urlPattern: string }>): Promise<void> {
  const backup = path.join(tmpdir(), `sideline-custom-site-backup-${sites[0]!.id}.json`);
  const empty = ['reps', 'repLinks', 'deals', 'sessions', 'notes', 'commitments', 'stageMappings', 'questionBanks', 'questionStates', 'settings'];
  const now = new Date().toISOString();
  writeFileSync(
    backup,
    JSON.stringify({
      format: 'sideline.backup',
      version: 1,
      exportedAt: now,
      tables: {
        ...Object.fromEntries(empty.map((t) => [t, []])),
        customSites: sites.map((site) => ({ ...site, fields: { name: { selector: 'h1.deal-title' } }, createdAt: now })),
      },
    }),
  );
  await options.getByLabel('Restore backup…').setInputFiles(backup);
  await options.getByRole('button', { name: 'Merge', exact: true }).click();
  await options.getByRole('status').filter({ hasText: /^Restored/ }).waitFor();
}

beforeAll(async () => {
  b = await sharedBrowser();
  options = await b.context.newPage();
  await options.goto(b.extensionUrl('options.html'));
  await options.getByRole('heading', { name: 'Custom CRM sites' }).waitFor();
});
afterAll(async () => {
  await crm?.close();
  await options?.close();
});

describe('a custom in-house CRM site', () => {
  it('is added in Options with a selector and a label, and allowed on its host when saved', async () => {
    const form = options.getByRole('form', { name: 'Add a custom site' });
    await form.getByLabel('Name', { exact: true }).fill('Acme CRM');
    await form.getByLabel('Deal page address').fill(ACME_PATTERN);
    await form.getByLabel('Deal name CSS selector').fill('h1.deal-title');
    await form.getByLabel('Stage label').fill('Pipeline stage');
    await recordUserGrant('https://crm.acme.internal/*');
    await expect(hasHost('https://crm.acme.internal/*')).resolves.toBe(false);
    await form.getByRole('button', { name: 'Save and allow' }).click();

    const row = siteRow('Acme CRM');
    await row.waitFor();
    await expect(row.locator('code').textContent()).resolves.toBe(ACME_PATTERN);
    await expect.poll(() => row.locator('.chip').textContent()).toBe('allowed');
    await expect(form.getByRole('alert').count()).resolves.toBe(0);
  });

  it('puts the Sideline launcher on that CRM’s deal pages', async () => {
    crm = await b.context.newPage();
    await crm.goto(ACME_DEAL);
    await launcher(crm).waitFor({ timeout: 10_000 });
  });

  it('shows in Options what it reads on the open deal tab', async () => {
    const row = siteRow('Acme CRM');
    await row.getByRole('button', { name: 'Test on the open tab' }).click();
    const value = (field: string) => row.locator('dl[aria-label="What Sideline read"] dt', { hasText: field }).locator('+ dd');
    await row.locator('dl[aria-label="What Sideline read"]').waitFor();
    await expect(value('Deal name').textContent()).resolves.toBe('Tyrell — Replicant fleet service  (selector: h1.deal-title)');
    await expect(value('Stage').textContent()).resolves.toBe('Technical Validation  (label: Pipeline stage)');
    // Fields the manager did not configure are reported missing, not guessed.
    await expect(value('Owner').textContent()).resolves.toBe('not found');
  });

  it('opens the panel in its own window with the deal read from the page', async () => {
    const [panel] = await Promise.all([
      b.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(b.extensionUrl('panel-window.html')), timeout: 10_000 }),
      launcher(crm).click(),
    ]);
    try {
      await panel.getByRole('heading', { level: 1, name: 'Tyrell — Replicant fleet service' }).waitFor();
      await expect.poll(() => panel.locator('[data-field="stage"]').textContent()).toContain('Technical Validation');
    } finally {
      await panel.close();
    }
  });

  it('opens no window for synthetic launcher clicks, and one window for a burst of real ones', async () => {
    const panelWindows = () => b.context.pages().filter((p) => p.url().startsWith(b.extensionUrl('panel-window.html')));
    expect(panelWindows()).toEqual([]);
    // A page script that got hold of the launcher clicks it five times.
    const cdp = await crm.context().newCDPSession(crm);
    type Node = { backendNodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: Node };
    const find = (n: Node): Node | undefined => (n.attributes?.includes('launcher') ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: find(root)!.backendNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { for (let i = 0; i < 5; i++) this.click(); }' });
    await cdp.detach();
    // (Also past the moment after the previous test's window in which no new one opens.)
    await crm.waitForTimeout(1200);
    expect(panelWindows()).toEqual([]);
    // Five real clicks in a row: one window.
    for (let i = 0; i < 5; i++) await launcher(crm).click();
    await expect.poll(() => panelWindows().length, { timeout: 5000 }).toBe(1);
    await crm.waitForTimeout(1000);
    expect(panelWindows().length).toBe(1);
    await panelWindows()[0]!.close();
  });

  it('stays off an in-house CRM the manager has not allowed', async () => {
    // A backup from another browser brings the site's configuration but not Chrome's permission.
    await restoreSites([{ id: 'globex-site', name: 'Globex CRM', urlPattern: GLOBEX_PATTERN }]);
    const row = siteRow('Globex CRM');
    await expect.poll(() => row.locator('.chip').textContent()).toBe('not allowed yet');

    const globex = await b.context.newPage();
    try {
      await globex.goto(GLOBEX_DEAL);
      // The allowed host, loaded after it, gets its launcher: by then the other one would have too.
      await crm.reload();
      await launcher(crm).waitFor({ timeout: 10_000 });
      await expect(launcher(globex).count()).resolves.toBe(0);
      await row.getByRole('button', { name: 'Test on the open tab' }).click();
      await expect(row.getByRole('alert').textContent()).resolves.toContain('not allowed on this site yet');
    } finally {
      await globex.close();
    }
  });

  it('reaches a restored site once the manager presses “Allow on this site”', async () => {
    const row = siteRow('Globex CRM');
    await recordUserGrant('https://crm.globex.internal/*');
    // Nothing saves here: only permissions.onAdded can tell the background to register it.
    await row.getByRole('button', { name: 'Allow on this site' }).click();
    await expect.poll(() => row.locator('.chip').textContent()).toBe('allowed');
    await expectLauncherOn(GLOBEX_DEAL);
  });

  it('registers a restored site at once when its host is already allowed', async () => {
    await restoreSites([{ id: 'globex-pipeline', name: 'Globex pipeline', urlPattern: GLOBEX_PIPELINE_PATTERN }]);
    await expect.poll(() => siteRow('Globex pipeline').locator('.chip').textContent()).toBe('allowed');
    await expectLauncherOn(GLOBEX_PIPELINE_DEAL);
  });

  it('leaves the CRM’s pages once the manager removes the site', async () => {
    await siteRow('Acme CRM').getByRole('button', { name: 'Remove' }).click();
    await siteRow('Acme CRM').waitFor({ state: 'detached' });
    await expect.poll(() => hasHost('https://crm.acme.internal/*')).toBe(false);
    await crm.reload();
    // Control: a supported CRM in the same browser still gets its launcher.
    const other = await b.context.newPage();
    try {
      await other.goto(HUBSPOT);
      await launcher(other).waitFor({ timeout: 10_000 });
      await expect(launcher(crm).count()).resolves.toBe(0);
    } finally {
      await other.close();
    }
  });
});
