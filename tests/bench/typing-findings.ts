import type { Frame, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../e2e/browser.mjs';
import { closePanel, openPanel } from '../e2e/helpers';
import { median, percentile, type BenchResult } from './report';

/** A deal page no other measure opens, so its session is ours alone. */
const DEAL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000InitAAAQ/view';

/**
 * A long session note, about 20,000 characters, where every pair of
 * sentences holds one telling sentence the coach flags (at least 250 findings).
 */
export function longNote(withTelling = true): string {
  const telling = [
    'You need to call procurement today.',
    'Make sure you send the security pack.',
    'I will handle the legal review myself.',
    "Why didn't you loop in the CFO?",
    'You should push for the signature now.',
    'Did you send the pricing?',
  ];
  const heard = [
    'Dana walked me through the champion.',
    'The pilot starts in January.',
    'Procurement asked for the vendor form.',
    'The committee meets on Thursdays.',
    'Maria wants numbers for her boss.',
  ];
  let out = '';
  for (let i = 0; out.length < 20_000; i++) out += `${heard[i % heard.length]} ${withTelling ? telling[i % telling.length] : heard[(i + 2) % heard.length]}\n`;
  return out.slice(0, 20_000);
}

/** Keydown in the notes box to the end of the frame that follows, in ms, for each key pressed. */
async function keyToFrame(page: Page, panel: Frame, keys: number): Promise<number[]> {
  const box = panel.getByRole('textbox', { name: 'Notes' });
  await box.focus();
  await box.evaluate((t: HTMLTextAreaElement) => t.setSelectionRange(0, 0));
  await panel.evaluate(() => {
    const w = window as unknown as { __keyFrame?: number[] };
    // Once per page: a second run reuses the listener.
    if (w.__keyFrame) return void (w.__keyFrame = []);
    w.__keyFrame = [];
    window.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        // rAF runs in the frame that follows the key; the message after it runs once that frame is out.
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__keyFrame!.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      },
      true,
    );
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press('a');
    // A fast typist: about 8 keys a second.
    await panel.waitForTimeout(120);
  }
  await panel.waitForTimeout(300);
  return (await panel.evaluate(() => (window as unknown as { __keyFrame: number[] }).__keyFrame)) as number[];
}

/** A page with nothing but a textarea as wide as the panel's notes box. */
const BARE = 'https://bare-textarea.example/';

/**
 * The same keys in a bare textarea holding the same note, on a page of its own:
 * what the browser alone costs on this machine at this moment (a floor, so a
 * busy shared machine can be told from a slow panel).
 */
async function bareTextarea(b: LaunchedBrowser, keys: number): Promise<number[]> {
  await b.context.route(BARE, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Bare</title><textarea aria-label="Notes" rows="5" style="width: 330px; font: 13px/1.45 system-ui, sans-serif"></textarea>' }),
  );
  const page = await b.context.newPage();
  await page.goto(BARE);
  await page.getByRole('textbox', { name: 'Notes' }).fill(longNote());
  await page.waitForTimeout(300);
  const samples = await keyToFrame(page, page.mainFrame(), keys);
  await page.close();
  return samples;
}

/** Issue 14 item 10: typing at the start of a 20,000-character note with ~250 coach findings stays within a frame. */
export async function typingWithFindings(b: LaunchedBrowser, quick: boolean): Promise<BenchResult> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(DEAL);
  const panel = await openPanel(page);
  const start = panel.getByRole('button', { name: 'Start session' });
  const notes = panel.getByRole('textbox', { name: 'Notes' });
  await Promise.race([start.waitFor(), notes.waitFor()]);
  if (await start.isVisible()) await start.click();
  await notes.waitFor();
  const keys = quick ? 20 : 100;
  // The same length of note with nothing to flag: what the text box alone costs on this machine now.
  await notes.fill(longNote(false));
  await panel.waitForTimeout(500);
  const control = await keyToFrame(page, panel, keys);
  await notes.fill(longNote());
  const findings = panel.locator('[data-finding]');
  await panel.waitForFunction(() => document.querySelectorAll('[data-finding]').length >= 250, undefined, { timeout: 30_000 });
  const count = await findings.count();
  const samples = await keyToFrame(page, panel, keys);
  // Leave the deal as we found it: the typed note is cleared and the panel closed.
  await notes.fill('');
  await closePanel(page);
  await page.close();
  const bare = await bareTextarea(b, keys);
  // BENCH_DEBUG=1 prints every key's time, to tell spikes from a steady cost.
  if (process.env.BENCH_DEBUG) console.log(samples.map((s) => s.toFixed(0)).join(' '));
  const p95 = percentile(samples, 95);
  return {
    name: 'Keydown to next frame, 20,000-character note with coach findings (p95)',
    value: p95,
    unit: 'ms',
    budget: 16,
    ok: p95 <= 16,
    note: `${count} findings, caret at the start, ${samples.length} keys, median ${median(samples).toFixed(1)} ms; without findings p95 ${percentile(control, 95).toFixed(1)}, median ${median(control).toFixed(1)} ms; a bare textarea with the same note p95 ${percentile(bare, 95).toFixed(1)}, median ${median(bare).toFixed(1)} ms`,
  };
}
