import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import { collectErrors, type LaunchedBrowser } from './browser.mjs';
import { closePanel, openPanel } from './helpers';
import { withIndexField } from '../../lib/db/index-fields';

/*
 * A manager who chose Français in Options: the launcher on the CRM page, the
 * panel and the popup's agenda speak French, found by their accessible names.
 * The override is stored as Options stores it (storage.local), and removed at
 * the end so the other files run in English.
 */
let b: LaunchedBrowser;
const FR_DEAL = 'https://acme-fr.lightning.force.com/lightning/r/Opportunity/0061t00000FrncAAAE/view';
const T = '2026-01-01T00:00:00.000Z';
const yesterday = (() => {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();
/** One rep with one follow-up due yesterday, so the agenda has a row to show whatever other files left. */
const RECORDS = {
  reps: [{ id: 'fr-e2e-rep', name: 'Camille Durand', tier: 'middle', trust: 'silver', lastCoachedAt: null, createdAt: T, updatedAt: T }],
  commitments: [
    {
      id: 'fr-e2e-commitment', sessionId: 'fr-e2e-old', dealId: 'fr-e2e-deal', repId: 'fr-e2e-rep', text: 'Appeler la DSI de Hooli', dueDate: yesterday,
      followUp: 'En point individuel', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: null,
    },
  ],
};

/** From an extension page: the language choice and this file's records, put or removed. */
async function onExtensionPage(language: 'fr' | null, put: boolean) {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('options.html'));
  await page.evaluate(
    async ({ language, put, records }) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome;
      if (language) await chrome.storage.local.set({ 'sideline:language': language });
      else await chrome.storage.local.remove('sideline:language');
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sideline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(Object.keys(records), 'readwrite');
          for (const [table, rows] of Object.entries(records)) for (const row of rows as Array<{ id: string }>) put ? tx.objectStore(table).put(row) : tx.objectStore(table).delete(row.id);
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    // Written past Dexie, so with the index fields its middleware would add (lib/db/index-fields.ts): the open commitment is on the agenda's index.
    { language, put, records: Object.fromEntries(Object.entries(RECORDS).map(([t, rows]) => [t, rows.map((r) => withIndexField(t, r))])) },
  );
  await page.close();
}

/** Roles, names and descriptions of the page's accessibility tree (it includes the dock's closed shadow root, as a screen reader hears it). */
async function accessibleNodes(page: Page): Promise<Array<{ role: string; name: string; description: string }>> {
  const s = await page.context().newCDPSession(page);
  const { nodes } = (await s.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string }; description?: { value: string } }> };
  await s.detach();
  return nodes.map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', description: n.description?.value ?? '' }));
}

beforeAll(async () => {
  b = await sharedBrowser();
  await onExtensionPage('fr', true);
});
afterAll(async () => {
  await onExtensionPage(null, false);
});

describe('Sideline in French, chosen in Options', () => {
  it('labels the launcher, the panel frame and the panel in French', async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.goto(FR_DEAL);
    // The launcher: "Sideline" while the panel is closed (it may have been left open: the choice is remembered).
    const launcherNode = async () => (await accessibleNodes(page)).find((n) => n.role === 'button' && n.description === 'Panneau de coaching (Alt+Maj+S)');
    await expect.poll(async () => (await launcherNode())?.name, { timeout: 10_000 }).toMatch(/^(Sideline|Fermer)$/);
    await closePanel(page);
    await expect.poll(async () => (await launcherNode())?.name).toBe('Sideline');
    const panel = await openPanel(page);
    const nodes = await accessibleNodes(page);
    expect((await launcherNode())?.name).toBe('Fermer');
    expect(nodes.some((n) => n.role === 'Iframe' && n.name === 'Panneau de coaching Sideline')).toBe(true);
    await panel.getByRole('button', { name: 'Fermer le panneau' }).waitFor({ timeout: 10_000 });
    await expect(panel.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hooli — Déploiement');
    await panel.getByRole('heading', { name: 'Coacher sur cette affaire' }).waitFor();
    await panel.getByRole('button', { name: 'Démarrer la séance' }).waitFor();
    await panel.getByRole('button', { name: 'Préparer une séance complète' }).waitFor();
    await panel.getByRole('region', { name: 'Ce que Sideline a lu' }).getByRole('button', { name: /Ce que Sideline a lu/ }).click();
    await panel.getByRole('button', { name: 'Copier le rapport de page' }).waitFor();
    expect(await panel.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['fr', 'Panneau de coaching Sideline']);
    await closePanel(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the popup’s agenda in French', async () => {
    const page = await b.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto(b.extensionUrl('popup.html'));
    await page.getByRole('heading', { level: 1, name: 'Le coaching du jour' }).waitFor();
    const due = page.getByRole('region', { name: /^À suivre \(\d+\)$/ });
    const line = due.getByRole('listitem').filter({ hasText: 'Appeler la DSI de Hooli' });
    await expect(line.textContent()).resolves.toMatch(/^en retard \(hier\)Camille Durand/);
    await expect(line.getAttribute('title')).resolves.toBe('Suivi choisi par le commercial : En point individuel');
    for (const name of ['Fait', 'Manqué', 'Reporter']) await expect(line.getByRole('button', { name }).count()).resolves.toBe(1);
    const row = page.getByRole('region', { name: 'Qui coacher ensuite' }).locator('[data-rep-id="fr-e2e-rep"]');
    await expect(row.textContent()).resolves.toContain('Engagement en cours : Appeler la DSI de Hooli (échéance : hier)');
    // Built in the background, which follows the language chosen in Options.
    await expect(row.textContent()).resolves.toContain('Axe : Faire d’abord le suivi de son engagement');
    await expect(row.getByRole('button', { name: 'Ouvrir l’affaire' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Questions et réglages' }).waitFor();
    expect(await page.title()).toBe('Sideline — le coaching du jour');
    expect(errors).toEqual([]);
    await page.close();
  });
});
