import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';
import { seedBackup } from '../bench/seed';

let b: LaunchedBrowser;
let page: Page;
beforeAll(async () => {
  b = await sharedBrowser();
});
afterEach(async () => {
  await page?.close();
});

const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(tmpdir(), `sideline-e2e-${process.pid}-${name}`);
  writeFileSync(p, content);
  return p;
};

/** Counts of every store, read straight from the extension's IndexedDB. */
function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('sideline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const n of names) tx.objectStore(n).count().onsuccess = (e) => (out[n] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

async function openOptions(): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(b.extensionUrl('options.html'));
  await p.getByRole('heading', { name: 'Your data' }).waitFor();
  return p;
}

describe('backup and restore in Options', () => {
  it('shows a preview first, restores with a progress bar on Merge, and Replace all asks twice', async () => {
    page = await openOptions();
    const backup = seedBackup({ deals: 300, notes: 3000, commitments: 1200 });
    backup.exportedAt = '2026-11-20T08:30:00.000Z';
    // The page records whether a progress bar was ever on screen.
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[role=progressbar]')) w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const before = await storeCounts(page);
    await page.getByLabel('Restore backup…').setInputFiles(file('preview.json', JSON.stringify(backup)));
    const preview = page.getByRole('region', { name: 'Restore preview' });
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('Backup of November 20, 2026');
    await expect(preview.locator('tr[data-table="sessions"] td').first().textContent()).resolves.toBe('600');
    // Nothing changed while the preview is shown.
    expect(await storeCounts(page)).toEqual(before);

    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Restored 2,113 records by merging/ }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    expect((await storeCounts(page)).sessions).toBeGreaterThanOrEqual(600);
    expect(await storeCounts(page)).not.toHaveProperty('notes');

    // Replace all: the first click only asks.
    await page.getByLabel('Restore backup…').setInputFiles(file('replace.json', JSON.stringify(seedBackup({ deals: 2, notes: 5, commitments: 1 }))));
    await page.getByRole('button', { name: 'Replace all…' }).click();
    expect((await storeCounts(page)).deals).toBeGreaterThanOrEqual(300);
    await page.getByRole('button', { name: 'Yes, replace everything here' }).click();
    await page.getByRole('status').filter({ hasText: /^Restored 17 records: your data is now the backup/ }).waitFor();
    expect((await storeCounts(page)).deals).toBe(2);
  });

  it('refuses a file that is not UTF-8 with a sentence, and changes nothing', async () => {
    page = await openOptions();
    const before = await storeCounts(page);
    const bytes = new TextEncoder().encode(JSON.stringify(seedBackup({ deals: 1, notes: 5, commitments: 1 })).replace('Deal', 'Déal'));
    const latin1 = bytes.filter((x, i) => !(x === 0xc3 && bytes[i + 1] === 0xa9)).map((x) => (x === 0xa9 ? 0xe9 : x));
    await page.getByLabel('Restore backup…').setInputFiles(file('latin1.json', latin1));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('This file is not UTF-8 text');
    expect(await storeCounts(page)).toEqual(before);
  });

  it('downloads a backup that restores, and shows whether storage is protected and how much it uses', async () => {
    page = await openOptions();
    const storage = page.getByTestId('storage-status');
    await storage.waitFor();
    // The manifest holds unlimitedStorage: Chrome exempts the notes from eviction.
    await expect(storage.getAttribute('data-unlimited')).resolves.toBe('true');
    await expect(storage.textContent()).resolves.toMatch(/^Protected storage: .* use [\d.]+ (bytes|KB|MB)\.$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const saved = await (await download).path();
    await page.getByRole('status').filter({ hasText: /^Backup downloaded: [\d,]+ records/ }).waitFor();
    await page.getByLabel('Restore backup…').setInputFiles(saved);
    const preview = page.getByRole('region', { name: 'Restore preview' });
    await preview.waitFor();
    // Everything in the file is already here and identical.
    const cells = await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)));
    for (const [inFile, added, overwritten, newer] of cells) {
      expect([added, overwritten, newer]).toEqual(['0', '0', '0']);
      expect(Number(inFile!.replace(/,/g, ''))).toBeGreaterThan(0);
    }
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Restore cancelled. Nothing was changed.' }).waitFor();
  });

  it('asks before importing a bank whose id is already here, and can import it as a copy', async () => {
    page = await openOptions();
    const bank = file(
      'clash-bank.json',
      JSON.stringify({
        format: 'sideline.question-bank',
        version: 1,
        bank: { id: 'clash', name: 'Clash bank', questions: [{ id: 'c1', text: 'What would make this a win for you?', stages: ['discovery'], category: 'process' }] },
      }),
    );
    await page.getByLabel('Import bank…').setInputFiles(bank);
    await page.getByRole('status').filter({ hasText: 'Imported “Clash bank” with 1 question.' }).waitFor();
    await page.getByLabel('Import bank…').setInputFiles(bank);
    const ask = page.getByRole('alertdialog', { name: 'This bank is already here' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Import as a copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported “Clash bank (copy)” with 1 question.' }).waitFor();
    await page.locator('[data-bank-id="clash-copy"]').waitFor();
    await page.locator('[data-bank-id="clash"]').waitFor();
  });
});
