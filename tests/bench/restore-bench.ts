import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../e2e/browser.mjs';
import type { BenchResult } from './report';
import { seedBackup } from './seed';

/**
 * Restore and export through the Options page, as a manager does them:
 * choose the file, wait for the preview, click Merge, wait for "Restored";
 * then Export backup until the download is complete. While it runs, the page
 * records its long tasks (PerformanceObserver 'longtask'): the longest is the
 * longest time the page could not paint or answer a click. A 10 ms heartbeat
 * is reported beside it: its longest gap also counts time the machine gave
 * the page no CPU at all (on a busy machine, far more than the page's own work).
 */
export type Sizes = { deals: number; notes: number; commitments: number };
export interface RestoreExportCost {
  records: number;
  fileMB: number;
  /** File chosen to "Restored", minus the time the preview waited for the manager's click. */
  restoreSec: number;
  /** File chosen to preview shown. */
  previewSec: number;
  stallMs: number;
  heartbeatGapMs: number;
  exportSec: number;
  exportStallMs: number;
}

async function watchStalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { sidelineStall: { longest: number; gap: number; stop?: () => void } };
    w.sidelineStall?.stop?.();
    const s = (w.sidelineStall = { longest: 0, gap: 0 } as typeof w.sidelineStall);
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longest = Math.max(s.longest, e.duration);
    });
    obs.observe({ type: 'longtask' });
    let last = performance.now();
    const beat = setInterval(() => {
      const now = performance.now();
      s.gap = Math.max(s.gap, now - last - 10);
      last = now;
    }, 10);
    s.stop = () => {
      obs.disconnect();
      clearInterval(beat);
    };
  });
}

async function stallsSoFar(page: Page): Promise<{ longest: number; gap: number }> {
  return page.evaluate(() => {
    const s = (window as unknown as { sidelineStall: { longest: number; gap: number; stop: () => void } }).sidelineStall;
    s.stop();
    return { longest: s.longest, gap: s.gap };
  });
}

/** Restores a seeded backup of `sizes` into `b`'s (empty) database through Options, then exports it. */
export async function restoreAndExport(b: LaunchedBrowser, sizes: Sizes, timeoutMs: number): Promise<RestoreExportCost> {
  const file = path.join(tmpdir(), `sideline-bench-${process.pid}-${sizes.deals}.json`);
  const backup = seedBackup(sizes);
  const records = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
  writeFileSync(file, JSON.stringify(backup));
  const fileMB = statSync(file).size / 1024 / 1024;
  const page = await b.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('  options page:', m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.error('  options page:', String(e).slice(0, 300)));
  await page.goto(b.extensionUrl('options.html'));
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await page.waitForTimeout(300);

  await watchStalls(page);
  const t0 = Date.now();
  await page.getByLabel('Restore backup…').setInputFiles(file);
  const outcome = page.locator('[role=region][aria-label="Restore preview"], [role=alert]').first();
  await outcome.waitFor({ timeout: timeoutMs });
  if ((await outcome.getAttribute('role')) === 'alert') throw new Error(`Seeding the database failed: ${(await outcome.textContent())?.slice(0, 500)}`);
  const previewSec = (Date.now() - t0) / 1000;
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const status = page.locator('[role=status], [role=alert]').filter({ hasText: /Restored|not restored/ });
  await status.waitFor({ timeout: timeoutMs });
  const said = (await status.textContent()) ?? '';
  if (!said.startsWith('Restored')) throw new Error(`Seeding the database failed: ${said.slice(0, 500)}`);
  const restoreSec = previewSec + (Date.now() - t1) / 1000;
  const stall = await stallsSoFar(page);

  await page.waitForTimeout(300);
  await watchStalls(page);
  const t2 = Date.now();
  const download = page.waitForEvent('download', { timeout: timeoutMs });
  await page.getByRole('button', { name: 'Export backup' }).click();
  await (await download).path();
  const exportSec = (Date.now() - t2) / 1000;
  const exportStall = await stallsSoFar(page);
  await page.close();
  return {
    records,
    fileMB,
    restoreSec,
    previewSec,
    stallMs: stall.longest,
    heartbeatGapMs: stall.gap,
    exportSec,
    exportStallMs: exportStall.longest,
  };
}

export function restoreResults(c: RestoreExportCost, scaleLabel = ''): BenchResult[] {
  const at = scaleLabel ? ` at ${scaleLabel}` : '';
  const rate = c.records / c.restoreSec;
  return [
    {
      name: `Backup restore${at} (${c.records.toLocaleString('en')} records, ${c.fileMB.toFixed(0)} MB)`,
      value: c.restoreSec,
      unit: 's',
      budget: 5,
      ok: c.restoreSec <= 5,
      note: `file chosen to preview ${c.previewSec.toFixed(2)} s; the manager's click not counted`,
    },
    {
      name: `Longest main-thread stall during restore${at}`,
      value: c.stallMs,
      unit: 'ms',
      budget: 200,
      ok: c.stallMs <= 200,
      note: `longest long task, 0 if none over 50 ms; longest 10 ms heartbeat gap ${c.heartbeatGapMs.toFixed(0)} ms`,
    },
    { name: `Bulk import rate${at}`, value: rate, unit: 'records/s', budget: 5000, ok: rate >= 5000, higherIsBetter: true },
    {
      name: `Full backup export${at}`,
      value: c.exportSec,
      unit: 's',
      budget: 5,
      ok: c.exportSec <= 5,
      note: `longest long task ${c.exportStallMs.toFixed(0)} ms`,
    },
  ];
}

/**
 * The same restore and export at `scale` times the data, in a fresh browser
 * (an empty database, like the first pass), and how each cost grew: ratio of
 * the scaled cost to the 1× cost, against `scale` (linear growth).
 */
export async function scaledPass(sizes: Sizes, scale: number, base: RestoreExportCost, timeoutMs: number): Promise<{ results: BenchResult[]; growth: string }> {
  const scaled = { deals: sizes.deals * scale, notes: sizes.notes * scale, commitments: sizes.commitments * scale };
  const b = await launchBrowser();
  let c: RestoreExportCost;
  try {
    c = await restoreAndExport(b, scaled, timeoutMs * scale);
  } finally {
    await b.close();
  }
  const rows: Array<[string, number, number, string]> = [
    ['records', base.records, c.records, ''],
    ['file size', base.fileMB, c.fileMB, 'MB'],
    ['restore', base.restoreSec, c.restoreSec, 's'],
    ['  of which file to preview', base.previewSec, c.previewSec, 's'],
    ['longest stall during restore', base.stallMs, c.stallMs, 'ms'],
    ['export', base.exportSec, c.exportSec, 's'],
    ['longest stall during export', base.exportStallMs, c.exportStallMs, 'ms'],
  ];
  const growth = [
    `How each cost grows from 1× to ${scale}× the bench's data (${scale.toFixed(1)}× would be linear):`,
    ...rows.map(([name, a, b2, unit]) => `  ${name.padEnd(30)} ${fmt(a).padStart(9)} → ${fmt(b2).padStart(9)} ${unit.padEnd(3)} ${a > 0 ? `×${(b2 / a).toFixed(2)}` : '(none at 1×)'}`),
  ].join('\n');
  return { results: restoreResults(c, `${scale}×`), growth };
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(2));
