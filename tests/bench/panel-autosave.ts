import type { CDPSession, Frame, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../e2e/browser.mjs';
import { SF_A, closePanel, openPanel } from '../e2e/helpers';
import { median, type BenchResult } from './report';

/**
 * What one autosave of the session notes costs the embedded panel: the calls
 * it sends to the background (the save, then the live reads that re-run) and
 * the panel's script time, from the keystroke until everything is quiet. On
 * the demo deal of the seeded database, whose rep has a long history.
 * Budget: at most 5 calls and 10 ms of script per autosave.
 */
export async function panelAutosave(b: LaunchedBrowser, runs: number): Promise<BenchResult[]> {
  const page = await b.context.newPage();
  await page.goto(SF_A);
  const frame = await openPanel(page);
  await frame.locator('[data-testid="question-plan"]').waitFor({ timeout: 30_000 });
  const notes = frame.getByRole('textbox', { name: 'Notes' });
  await notes.waitFor();
  await countCalls(frame);
  const { cdp, target } = await scriptClock(page, frame);
  // A first save warms the path (and settles what opening the panel started).
  await notes.fill('Warm-up note.');
  await quiet(frame);

  const calls: number[] = [];
  const script: number[] = [];
  for (let i = 0; i < Math.max(runs, 3); i++) {
    const calls0 = await callsSoFar(frame);
    const script0 = await scriptMs(cdp);
    await notes.fill(`Autosave ${i}: the rep sees the risk in procurement.`);
    await quiet(frame);
    calls.push((await callsSoFar(frame)) - calls0);
    script.push((await scriptMs(cdp)) - script0);
  }
  await cdp.detach();
  await closePanel(page);
  await page.close();
  const c = median(calls);
  const s = median(script);
  return [
    { name: 'Background calls per autosave in the embedded panel', value: c, unit: 'calls', budget: 5, ok: c <= 5, note: `runs: ${calls.join(', ')}` },
    { name: 'Panel script time per autosave', value: s, unit: 'ms', budget: 10, ok: s <= 10, note: `${target}; runs: ${script.map((x) => x.toFixed(1)).join(', ')} ms` },
  ];
}

/** Counts the panel's db:call messages (the page's own extension API object, wrapped from outside). */
async function countCalls(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { __sidelineCalls: number; chrome: { runtime: { sendMessage: (...a: unknown[]) => unknown } } };
    w.__sidelineCalls = 0;
    const send = w.chrome.runtime.sendMessage.bind(w.chrome.runtime);
    w.chrome.runtime.sendMessage = (...args: unknown[]) => {
      if ((args[0] as { type?: string } | undefined)?.type === 'db:call') w.__sidelineCalls++;
      return send(...args);
    };
  });
}

const callsSoFar = (frame: Frame) => frame.evaluate(() => (window as unknown as { __sidelineCalls: number }).__sidelineCalls);

/** Waits until the autosave has fired and no call has been sent for 400 ms. */
async function quiet(frame: Frame): Promise<void> {
  await frame.waitForTimeout(350);
  let last = await callsSoFar(frame);
  for (;;) {
    await frame.waitForTimeout(400);
    const now = await callsSoFar(frame);
    if (now === last) return;
    last = now;
  }
}

/** The panel is an out-of-process frame: its own CDP target has its own script clock. */
async function scriptClock(page: Page, frame: Frame): Promise<{ cdp: CDPSession; target: string }> {
  let cdp: CDPSession;
  let target = 'panel frame';
  try {
    cdp = await page.context().newCDPSession(frame);
  } catch {
    // Same process as the page (no site isolation): the page's clock holds the panel's script too.
    cdp = await page.context().newCDPSession(page);
    target = 'page and panel';
  }
  await cdp.send('Performance.enable');
  return { cdp, target };
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}
