// Where a restore's time goes, in CPU time per Chromium thread rather than
// wall-clock (which a shared machine inflates): restores the bench's backup
// through Options, as restore-bench.ts does, and reads /proc for every thread
// of the browser's processes before the file is chosen, at the preview and
// when "Restored" shows. Linux only. Not a budget: a tool for the design.
// `npx tsx tests/bench/restore-cpu.ts [--scale=N]` (after `npx wxt build`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../e2e/browser.mjs';
import { seedBackup } from './seed';

const scale = Number(process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? 1);
const TICK = 100; // USER_HZ

function descendants(root: number): number[] {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  const out: number[] = [];
  const walk = (p: number) => (kids.get(p) ?? []).forEach((k) => (out.push(k), walk(k)));
  walk(root);
  return out;
}

/** CPU seconds by "process type / thread name". */
const seenTids = new Map<string, { key: string; cpu: number }>();
/** CPU seconds by "process type / thread name"; threads that ended keep the time last seen (poll often). */
export function snapshot(): Map<string, number> {
  const m = new Map<string, number>();
  for (const pid of descendants(process.pid)) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.includes('chrom')) continue;
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    const ext = /--extension-process/.test(cmd) ? '(ext)' : '';
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '#');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cpu = (Number(f[11]) + Number(f[12])) / TICK;
        seenTids.set(`${pid}/${tid}`, { key: `${type}${ext}/${comm}`, cpu });
      } catch {}
    }
  }
  for (const { key, cpu } of seenTids.values()) m.set(key, (m.get(key) ?? 0) + cpu);
  return m;
}

function diff(a: Map<string, number>, b: Map<string, number>): Array<[string, number]> {
  return [...b].map(([k, v]) => [k, v - (a.get(k) ?? 0)] as [string, number]).filter(([, v]) => v >= 0.05).sort((x, y) => y[1] - x[1]);
}

async function main() {
  const backup = seedBackup({ deals: 5000 * scale, notes: 50_000 * scale, commitments: 20_000 * scale, recentSessions: 520 });
  const records = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
  const file = path.join(tmpdir(), `sideline-cpu-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(backup));
  const b = await launchBrowser();
  try {
    const page = await b.context.newPage();
    await page.goto(b.extensionUrl('options.html'));
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    await page.waitForTimeout(1000);
    const s0 = snapshot();
    let t = Date.now();
    const poll0 = setInterval(snapshot, 100);
    await page.getByLabel('Restore backup…').setInputFiles(file);
    await page.locator('[role=region][aria-label="Restore preview"], [role=alert]').first().waitFor({ timeout: 600_000 });
    const previewWall = (Date.now() - t) / 1000;
    const s1 = snapshot();
    clearInterval(poll0);
    t = Date.now();
    const poll = setInterval(snapshot, 100);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.locator('[role=status], [role=alert]').filter({ hasText: /Restored|not restored/ }).waitFor({ timeout: 600_000 });
    const writeWall = (Date.now() - t) / 1000;
    const s2 = snapshot();
    clearInterval(poll);
    await page.waitForTimeout(2000);
    const s3 = snapshot();
    const show = (title: string, rows: Array<[string, number]>) => {
      console.log(`${title}: ${rows.reduce((n, [, v]) => n + v, 0).toFixed(2)} CPU s`);
      for (const [k, v] of rows.slice(0, 12)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
    };
    console.log(`${records} records; wall: file to preview ${previewWall.toFixed(2)} s, Merge to Restored ${writeWall.toFixed(2)} s; load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
    show('file to preview', diff(s0, s1));
    show('Merge to Restored', diff(s1, s2));
    show('2 s after', diff(s2, s3));
  } finally {
    await b.close();
  }
}
if (process.argv[1]?.endsWith('restore-cpu.ts')) void main();
