// The ask-vs-tell coach's budgets: latency per 1,000 characters on sentences
// it has not seen (median and p95), re-scoring while typing (only the changed
// sentence), and the gzipped size of its code and weights as extension pages load them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { coachStats, lintCoachingText } from '../../lib/coaching/lint';
import { median, percentile, type BenchResult } from './report';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A manager's note of about 1,000 characters, English and French, made new by `i` so that no sentence is cached. */
function note(i: number): string {
  const en =
    `Dana walked me through call ${i} with the champion. The CFO on deal ${i} is keen but procurement is slow. You need to call procurement ${i} today. ` +
    `What else is in the way on deal ${i}? Did you send the security pack ${i}? Tell me more about CFO ${i}. I will handle legal review ${i}. ` +
    `Ship date ${i} slipped again. Were it my deal ${i}, I'd hold the price. Your discovery notes for ${i} are thin. `;
  const fr = `Appelle le DAF ${i} demain. Qu'est-ce qui bloque la signature ${i} ? `;
  return (en + fr).repeat(3).slice(0, 1000);
}

export async function benchCoach(quick: boolean): Promise<BenchResult[]> {
  const runs = quick ? 30 : 400;
  for (let i = 0; i < 20; i++) lintCoachingText(note(-1 - i)); // warm-up: model load and JIT
  // Wall-clock time: on a machine shared with other work, p95 spikes are mostly waiting for a core.
  const per1000: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = note(i);
    const t = performance.now();
    lintCoachingText(text);
    per1000.push(((performance.now() - t) / text.length) * 1000);
  }

  // Typing: one more character at the end of a 1,000-character note, many times.
  let typed = note(10_000);
  lintCoachingText(typed);
  const keystroke: number[] = [];
  const before = coachStats.scored;
  const keys = quick ? 50 : 500;
  for (let i = 0; i < keys; i++) {
    typed += 'abcdefghij '[i % 11];
    const t = performance.now();
    lintCoachingText(typed);
    keystroke.push(performance.now() - t);
  }
  const rescored = (coachStats.scored - before) / keys;

  // What an extension page loads for the coach: its code, weights and lexicons, minified.
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'lib/coaching/lint.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  const gz = gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length / 1024;
  // The content script must not hold any of it (a lexicon class name and a French message as markers).
  const content = readFileSync(path.join(ROOT, '.output/chrome-mv3/content-scripts/crm.js'), 'utf8');
  const leaked = ['NEGAUX', 'Posez une question et laissez-le trouver'].filter((m) => content.includes(m));

  const med = median(per1000);
  const p95 = percentile(per1000, 95);
  const typing = median(keystroke);
  return [
    { name: 'Coach per 1,000 characters, unseen sentences (median)', value: med, unit: 'ms', budget: 1, ok: med <= 1 },
    { name: 'Coach per 1,000 characters, unseen sentences (p95)', value: p95, unit: 'ms', budget: 2, ok: p95 <= 2 },
    {
      name: 'Coach per keystroke in a 1,000-character note',
      value: typing,
      unit: 'ms',
      budget: 1,
      ok: typing <= 1 && rescored <= 1,
      note: `${rescored.toFixed(2)} sentences scored per keystroke (cache)`,
    },
    {
      name: 'Coach code, weights and lexicons, gzipped',
      value: gz,
      unit: 'KB',
      budget: 150,
      ok: gz <= 150 && leaked.length === 0,
      note: leaked.length ? `content script holds coach code: ${leaked.join(', ')}` : 'absent from the content script',
    },
  ];
}
