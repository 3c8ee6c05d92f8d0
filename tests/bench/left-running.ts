import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { FIXTURES, type LaunchedBrowser } from '../e2e/browser.mjs';
import { median, type BenchResult } from './report';
import { launcher } from '../e2e/helpers';

/**
 * "No observers or timers left running on non-deal pages", measured: a
 * manager opens a deal, then the single-page CRM moves to a list view. From
 * then on, whatever Sideline started for the deal (observers, timers) must be
 * gone. We churn the list page's DOM and let it idle, and compare the script
 * time of that window with the same app on a host Sideline does not run on.
 * Anything left running shows up as added script time.
 */
const CRM = 'https://acme.lightning.force.com';
const CONTROL = 'https://lightning-control.example';
const DEAL = '/lightning/r/Opportunity/0065g00000GlbxAAAH/view';

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

async function windowOnListView(b: LaunchedBrowser, origin: string): Promise<number> {
  const page = await b.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(origin + DEAL);
  await page.evaluate(() => ((window as unknown as { renderDelay: number }).renderDelay = 0));
  if (origin === CRM) await launcher(page).waitFor();
  await page.waitForTimeout(300);
  await page.getByRole('link', { name: 'Opportunities' }).click();
  if (origin === CRM) await launcher(page).waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  const before = await scriptMs(cdp);
  // Two seconds of a busy list view: rows re-rendered every 50 ms, then quiet.
  await page.evaluate(async () => {
    const table = document.querySelector('table') ?? document.body;
    for (let i = 0; i < 20; i++) {
      const rows = Array.from({ length: 50 }, (_, j) => {
        const tr = document.createElement('tr');
        tr.className = `row-${i}-${j}`;
        tr.textContent = `Row ${j} of batch ${i}`;
        return tr;
      });
      table.append(...rows);
      await new Promise((r) => setTimeout(r, 50));
      rows.forEach((r) => r.remove());
    }
    await new Promise((r) => setTimeout(r, 1000));
  });
  const after = await scriptMs(cdp);
  await cdp.detach();
  await page.close();
  return after - before;
}

export async function leftRunning(b: LaunchedBrowser, runs: number): Promise<BenchResult> {
  const app = readFileSync(path.join(FIXTURES, 'salesforce-lightning/lightning-app.html'), 'utf8');
  await b.context.route(`${CONTROL}/**`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: app }));
  const withExt: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < Math.max(runs, 3); i++) {
    withExt.push(await windowOnListView(b, CRM));
    without.push(await windowOnListView(b, CONTROL));
  }
  const added = Math.max(0, median(withExt) - median(without));
  return {
    name: 'Script work left running after leaving a deal (2 s of list-view churn)',
    value: added,
    unit: 'ms',
    budget: 1,
    ok: added <= 1,
    note: `script ${median(withExt).toFixed(1)} vs ${median(without).toFixed(1)} ms`,
  };
}
