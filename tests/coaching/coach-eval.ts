/**
 * Scores the ask-vs-tell coach on a labelled set, at the utterance level: a
 * telling utterance is caught if any finding lands in it; an asking one is a
 * false alarm if any finding lands in it. Used by the dev and sealed tests.
 */
import { readFileSync } from 'node:fs';
import { coachStats, lintCoachingText } from '../../lib/coaching/lint';

export const KINDS = ['ask', 'directive', 'advice', 'prescription', 'judgment', 'blame', 'takeover', 'closed-question', 'leading-question'] as const;
export type Kind = (typeof KINDS)[number];
export interface Labelled {
  text: string;
  kind: Kind;
}

export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const row = JSON.parse(l) as Labelled;
      if (typeof row.text !== 'string' || !(KINDS as readonly string[]).includes(row.kind)) throw new Error(`${file}:${i + 1}: not {"text", "kind"}`);
      return row;
    });
}

export interface Evaluation {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Per gold kind: how many, how many flagged, and (for telling kinds) how many flagged with that same kind. */
  perKind: Record<string, { n: number; flagged: number; sameKind: number }>;
  /** Median over utterances of the time per 1,000 characters (a machine shared with other work has outliers). */
  msPer1000: number;
  meanMsPer1000: number;
  p95Ms: number;
  /** Wrongly handled utterances; only the dev report prints them, never the sealed one. */
  misses: string[];
  falseAlarms: string[];
}

export function evaluate(rows: readonly Labelled[]): Evaluation {
  let tp = 0, fp = 0, fn = 0, tn = 0, chars = 0, ms = 0;
  const times: number[] = [];
  const rates: number[] = [];
  const perKind: Evaluation['perKind'] = {};
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  // Load both models and warm the JIT first: latency is about scoring, not start-up.
  // Every rephrasing path runs once too (regular expressions compile on first use).
  const warm = [
    'You need to call the CFO.', 'Did you send the deck?', 'Is there a budget?', 'Will they sign?', 'Your notes are thin.', 'How did you miss it?',
    "I'll handle it.", "Don't you think so?", 'Have you tried a pilot?', "If I were you, I'd wait.", 'Appelle le DAF.', 'Tu aurais dû le dire.',
    'Je m’en occupe.', 'As-tu envoyé le devis ?', 'Ton plan est léger.', 'À ta place, je tiendrais.', 'Pourquoi pas un pilote ?', 'Tu ne crois pas ?',
  ];
  for (let i = 0; i < 30; i++) lintCoachingText(`Warm-up note ${i} before the coach is timed. Phrase ${i} de mise en route. ${warm.map((w) => w.replace(/[.?]$/, ` ${i}$&`)).join(' ')}`);
  for (const r of rows) {
    const before = coachStats.scored;
    const t0 = performance.now();
    const findings = lintCoachingText(r.text);
    const dt = performance.now() - t0;
    // Latency counts only utterances the model actually scored (not cache hits from a duplicate).
    if (coachStats.scored > before) {
      ms += dt;
      chars += r.text.length;
      times.push(dt);
      rates.push((dt / r.text.length) * 1000);
    }
    const k = (perKind[r.kind] ??= { n: 0, flagged: 0, sameKind: 0 });
    k.n++;
    const flagged = findings.length > 0;
    if (flagged) k.flagged++;
    if (findings.some((f) => f.kind === r.kind)) k.sameKind++;
    if (r.kind === 'ask') {
      if (flagged) (fp++, falseAlarms.push(`${r.text} → ${findings.map((f) => f.kind).join(',')}`));
      else tn++;
    } else if (flagged) tp++;
    else (fn++, misses.push(`[${r.kind}] ${r.text}`));
  }
  times.sort((a, b) => a - b);
  return {
    n: rows.length,
    tp, fp, fn, tn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    perKind,
    msPer1000: rates.length ? rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]! : 0,
    meanMsPer1000: chars ? (ms / chars) * 1000 : 0,
    p95Ms: times.length ? times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]! : 0,
    misses,
    falseAlarms,
  };
}

export function report(title: string, e: Evaluation): string {
  const lines = [
    `${title}: ${e.n} utterances (${e.tp + e.fn} telling, ${e.fp + e.tn} asking)`,
    `  precision ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn}, tn ${e.tn})`,
    `  latency ${e.msPer1000.toFixed(3)} ms per 1,000 characters (median; mean ${e.meanMsPer1000.toFixed(3)}), p95 ${e.p95Ms.toFixed(3)} ms per utterance`,
    '  per kind:            n  flagged  same kind',
  ];
  for (const k of KINDS) {
    const s = e.perKind[k];
    if (!s) continue;
    const label = k === 'ask' ? 'ask (false alarms)' : k;
    lines.push(`    ${label.padEnd(18)} ${String(s.n).padStart(4)}  ${String(s.flagged).padStart(7)}  ${k === 'ask' ? '' : String(s.sameKind).padStart(9)}`);
  }
  return lines.join('\n');
}
