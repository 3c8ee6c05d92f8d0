// A study of where a restore's write time goes in Chromium's IndexedDB: the
import { execSync } from 'node:child_process';
// bench's backup records written by plain IndexedDB and by Dexie, several
// ways, in a dedicated worker of a plain https page (persistent profile, so
// IndexedDB is on disk as for the extension). Not a budget: a tool for the
// restore's design. `npx tsx tests/bench/idb-study.ts [--scale=N] [--runs=N] [variant…]`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ROOT, chromiumPath } from '../e2e/browser.mjs';
import { seedBackup } from './seed';
import { snapshot } from './restore-cpu';

const arg = (k: string, d: number) => Number(process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d);
const scale = arg('scale', 1);
const runs = arg('runs', 3);
const variants = process.argv.slice(2).filter((a) => !a.startsWith('--'));

async function main() {
  const worker = (await build({ entryPoints: [path.join(ROOT, 'tests/bench/idb-study-worker.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'error', alias: { '@': ROOT } })).outputFiles[0]!.text;
  const backup = seedBackup({ deals: 5000 * scale, notes: 50_000 * scale, commitments: 20_000 * scale, recentSessions: 520 });
  const dir = mkdtempSync(path.join(tmpdir(), 'idb-study-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    await ctx.route('https://bench.test/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>study</title>' }));
    const page = await ctx.newPage();
    page.on('console', (m) => console.log('  page:', m.text().slice(0, 400)));
    await page.goto('https://bench.test/');
    await page.evaluate((code) => {
      (globalThis as any).studyWorker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    }, worker);
    // The tables go to the page once; each run hands them to the worker (a structured clone, not timed).
    await page.evaluate((t) => ((globalThis as any).studyTables = t), backup.tables as unknown as Record<string, unknown>);
    const records = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
    console.log(`${records} records, scale ${scale}`);
    const byVariant = new Map<string, Array<Record<string, number>>>(variants.map((v) => [v, []]));
    for (let i = 0; i < runs; i++) {
      for (const v of variants) {
        const before = snapshot();
        const poll = setInterval(snapshot, 100);
        const res = await page.evaluate(
            (variant) =>
              new Promise<Record<string, number>>((res, rej) => {
                const w = (globalThis as any).studyWorker as Worker;
                w.onmessage = (e) => (e.data.ok ? res(e.data) : rej(new Error(e.data.error)));
                w.postMessage({ variant, tables: (globalThis as any).studyTables });
              }),
            v,
          );
        clearInterval(poll);
        const after = snapshot();
        const cpu = (prefix: string) => [...after].filter(([k]) => k.startsWith(prefix)).reduce((n, [k, x]) => n + x - (before.get(k) ?? 0), 0);
        byVariant.get(v)!.push({ ...res, browserCpu: cpu('browser/'), rendererCpu: cpu('renderer/') });
      }
    }
    for (const [v, out] of byVariant) {
      const ms = out.map((o) => o.ms!).sort((a, b) => a - b);
      const med = ms[Math.floor(ms.length / 2)]!;
      console.log(`${v.padEnd(32)} median ${med.toFixed(0)} ms  (${(records / (med / 1000)).toFixed(0)} rec/s, ${((med * 1000) / records).toFixed(1)} µs/rec)  runs ${ms.map((x) => x.toFixed(0)).join(', ')}  browser CPU ${out.map((o) => o.browserCpu!.toFixed(2)).join(', ')} s  renderer CPU ${out.map((o) => o.rendererCpu!.toFixed(2)).join(', ')} s${out[0]!.issueMs !== undefined ? `  issue ${out.map((o) => o.issueMs!.toFixed(0)).join(', ')} ms` : ''}`);
    }
  } finally {
    if (process.env.STUDY_LS) console.log(execSync(`find ${dir} -path '*IndexedDB*' | head -20`).toString());
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
void main();
