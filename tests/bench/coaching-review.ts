import path from 'node:path';
import { build } from 'esbuild';
import type { LaunchedBrowser } from '../e2e/browser.mjs';
import { ROOT } from '../e2e/browser.mjs';
import { median, percentile, type BenchResult } from './report';

/**
 * Issue 15 at scale (the seeded database: 5,000 deals, 50,000 notes, 20,000
 * commitments, two years of sessions): the popup opened until both the
 * agenda's rep rows and "Your coaching" show, and the two reads behind them
 * (loadTodaysAgenda, loadCoachingReview) timed inside an extension page.
 * Every query behind them goes through an index (tests/review/index-use.test.ts).
 */
export async function coachingReview(b: LaunchedBrowser, runs: number, quick: boolean): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const times: number[] = [];
  const agendaAlone: number[] = [];
  for (let i = 0; i < Math.max(runs, 3); i++) {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(b.extensionUrl('popup.html'), { waitUntil: 'commit' });
    const t = await page.waitForFunction(
      () => {
        const w = window as unknown as { __agendaAt?: number };
        if (w.__agendaAt === undefined && document.querySelector('[data-testid="agenda"]')) w.__agendaAt = performance.now();
        return document.querySelector('[data-rep-id]') && document.querySelector('[data-testid="your-coaching"] [data-testid="tell-line"]') ? [w.__agendaAt ?? performance.now(), performance.now()] : false;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    const [a, both] = (await t.jsonValue()) as [number, number];
    times.push(both);
    agendaAlone.push(a);
    await page.close();
  }
  const m = median(times);
  out.push({
    name: 'Popup open to agenda rows and “Your coaching”',
    value: m,
    unit: 'ms',
    budget: 150,
    ok: m <= 150,
    // The same page loads, for a machine whose load varies: when the agenda alone showed.
    note: `agenda section alone at ${median(agendaAlone).toFixed(0)} ms in the same loads`,
  });

  const script = (
    await build({
      stdin: {
        contents: `import { loadTodaysAgenda, weekStartIso } from './lib/db/agenda';
import { loadCoachingReview } from './lib/db/review';
import { todayIso } from './lib/dates';
import { getDb } from './lib/db/database';
// Every read Dexie sends to IndexedDB, as tests/review/index-use.test.ts records them: a range of an index, or a whole table.
const indexReads = [];
getDb().use({ stack: 'dbcore', name: 'bench-index-probe', create: (down) => ({ ...down, table: (name) => {
  const t = down.table(name);
  const log = (req) => indexReads.push({ table: name, index: req.query.index.name || ':id', whole: req.query.range.type === 3 });
  return { ...t, query: (req) => (log(req), t.query(req)), openCursor: (req) => (log(req), t.openCursor(req)) };
} }) });
globalThis.sidelineReviewBench = { loadTodaysAgenda, weekStartIso, loadCoachingReview, todayIso, indexReads };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'error',
    })
  ).outputFiles[0]!.text;
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('popup.html'));
  await page.locator('[data-testid="agenda"]').waitFor();
  await page.evaluate(() => {
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  });
  await page.evaluate(script);
  await page.waitForTimeout(quick ? 0 : 1000);
  const { res: samples, reads, wholeLarge } = (await page.evaluate(
    async ({ warmUp, n }) => {
      type Api = {
        loadTodaysAgenda(t: string, w: string): Promise<{ agenda: { repRows?: unknown[] } }>;
        weekStartIso(t: string): string;
        loadCoachingReview(t: string): Promise<{ weeks: Array<{ sessions: number }> }>;
        todayIso(): string;
        indexReads: Array<{ table: string; index: string; whole: boolean }>;
      };
      const g = (globalThis as unknown as { sidelineReviewBench: Api }).sidelineReviewBench;
      const today = g.todayIso();
      const run = async () => {
        const t = performance.now();
        const [{ agenda }, review] = await Promise.all([g.loadTodaysAgenda(today, g.weekStartIso(today)), g.loadCoachingReview(today)]);
        if (!agenda.repRows?.length) throw new Error('No rep rows: is the database seeded?');
        if (!review.weeks.some((w) => w.sessions > 0)) throw new Error('No sessions in the last 12 weeks: is the database seeded?');
        return performance.now() - t;
      };
      for (let i = 0; i < warmUp; i++) await run();
      const res: number[] = [];
      for (let i = 0; i < n; i++) res.push(await run());
      // What the popup's first paint reads: which indexes, and any whole large table.
      g.indexReads.length = 0;
      await Promise.all([g.loadTodaysAgenda(today, g.weekStartIso(today)), g.loadCoachingReview(today)]);
      const large = new Set(['deals', 'sessions', 'notes', 'commitments']);
      return { res, reads: g.indexReads.length, wholeLarge: g.indexReads.filter((r) => large.has(r.table) && r.whole).map((r) => r.table) };
    },
    { warmUp: quick ? 2 : 10, n: quick ? 10 : 50 },
  )) as { res: number[]; reads: number; wholeLarge: string[] };
  await page.close();
  const p95 = percentile(samples, 95);
  out.push({
    name: 'Agenda rows + “Your coaching” reads p95',
    value: p95,
    unit: 'ms',
    budget: 50,
    // A read of a whole large table behind the popup misses the issue's rule whatever the time.
    ok: p95 <= 50 && wholeLarge.length === 0,
    note: `loadTodaysAgenda and loadCoachingReview together, ${samples.length} warm reads, median ${median(samples).toFixed(1)} ms; the popup's first reads: ${reads}, ${wholeLarge.length ? `WHOLE TABLES READ: ${wholeLarge.join(', ')}` : 'none of deals, sessions or commitments read whole (an index range each)'}`,
  });
  return out;
}
