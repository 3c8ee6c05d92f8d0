// A schema upgrade on a real Chromium profile: an older build of Sideline
// restores a small backup, then the current build opens the same profile
// (its upgrade runs in real IndexedDB) and must export the same data and
// show the same rep records. Not a test: building the older version is the
// caller's part. `npx tsx tests/bench/upgrade-check.ts <older build's .output/chrome-mv3>`
// (after `npx wxt build` of this one). Run for version 7 on 30 November:
// version 6 (IndexedDB 60) to 7 (70), 390 of 400 commitments moved inside
// their sessions, export and rep records identical.
import { chromium, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION, chromiumPath } from '../e2e/browser.mjs';
import { seedBackup } from './seed';

const older = process.argv[2];
if (!older) throw new Error('usage: npx tsx tests/bench/upgrade-check.ts <older build directory>');
const ext = mkdtempSync(path.join(tmpdir(), 'sideline-ext-'));
const profile = mkdtempSync(path.join(tmpdir(), 'sideline-profile-'));
const file = path.join(tmpdir(), `upgrade-${process.pid}.json`);
writeFileSync(file, JSON.stringify(seedBackup({ deals: 20, notes: 200, commitments: 400, recentSessions: 0 })));

async function open(build: string) {
  rmSync(ext, { recursive: true, force: true });
  cpSync(build, ext, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: false,
    args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  let [w] = context.serviceWorkers();
  w ??= await context.waitForEvent('serviceworker');
  const id = new URL(w.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  return { context, page, id };
}
async function exportTables(page: Page) {
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const tables = JSON.parse(readFileSync((await (await dl).path())!, 'utf8')).tables;
  for (const k of Object.keys(tables)) tables[k].sort((a: { id: string }, b: { id: string }) => String(a.id).localeCompare(String(b.id)));
  return tables;
}
const recordText = async (page: Page) => (await page.getByTestId('rep-record').allTextContents()).join(' | ');

try {
  let { context, page } = await open(older);
  await page.getByLabel('Restore backup…').setInputFiles(file);
  await page.locator('[role=region][aria-label="Restore preview"]').waitFor();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.locator('[role=status]').filter({ hasText: /Restored/ }).waitFor();
  const before = await exportTables(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await page.waitForTimeout(1500);
  const recordsBefore = await recordText(page);
  const versionBefore = await page.evaluate(() => new Promise<number>((r) => { const q = indexedDB.open('sideline'); q.onsuccess = () => { r(q.result.version); q.result.close(); }; }));
  await context.close();

  ({ context, page } = await open(EXTENSION));
  await page.waitForTimeout(1500);
  const recordsAfter = await recordText(page);
  const after = await exportTables(page);
  const stored = await page.evaluate(() => new Promise<{ version: number; commitments: number; held: number }>((r) => {
    const q = indexedDB.open('sideline');
    q.onsuccess = () => {
      const db = q.result; const tx = db.transaction(['commitments', 'sessions']);
      const c = tx.objectStore('commitments').count(); const s = tx.objectStore('sessions').getAll();
      tx.oncomplete = () => { r({ version: db.version, commitments: c.result, held: (s.result as Array<{ resolvedCommitments?: unknown[] }>).reduce((n, x) => n + (x.resolvedCommitments?.length ?? 0), 0) }); db.close(); };
    };
  }));
  await context.close();
  console.log('IndexedDB version before', versionBefore, 'after', stored.version, '(Dexie multiplies by 10)');
  console.log('after upgrade: commitments in the table', stored.commitments, 'held inside sessions', stored.held);
  console.log('export identical before and after:', JSON.stringify(before) === JSON.stringify(after), `(${before.commitments.length} commitments, ${before.sessions.length} sessions)`);
  console.log('rep records identical:', recordsBefore === recordsAfter, recordsBefore.slice(0, 160));
} finally {
  rmSync(ext, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
