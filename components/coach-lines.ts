import { askTellRatio, lintCoachingText, type CoachingFinding } from '@/lib/coaching/lint';

/**
 * The coach, line by line, with each line's answer kept: typing changes one
 * line at a time, so a long note costs one line's scoring per keystroke
 * instead of the whole note's. Sentences never cross a line break (see
 * `splitSentences`), so this finds what `lintCoachingText` finds on the whole text.
 */
const MAX_LINES = 4000;
const findingsOf = new Map<string, CoachingFinding[]>();
const ratioOf = new Map<string, { asks: number; tells: number }>();

function remember<T>(cache: Map<string, T>, line: string, compute: (line: string) => T): T {
  let v = cache.get(line);
  if (v === undefined) {
    v = compute(line);
    if (cache.size >= MAX_LINES) cache.delete(cache.keys().next().value!);
    cache.set(line, v);
  }
  return v;
}

/** `lintCoachingText(text)`, scoring only lines not seen before. */
export function lintByLine(text: string): CoachingFinding[] {
  const out: CoachingFinding[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      for (const f of remember(findingsOf, line, lintCoachingText)) {
        out.push(offset ? { ...f, start: f.start + offset, end: f.end + offset } : f);
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/** `askTellRatio(texts)`, scoring only lines not seen before. */
export function askTellRatioByLine(texts: readonly string[]): { asks: number; tells: number; ratio: number | null } {
  let asks = 0;
  let tells = 0;
  for (const t of texts) {
    for (const line of t.split('\n')) {
      if (!line.trim()) continue;
      const r = remember(ratioOf, line, (l) => askTellRatio([l]));
      asks += r.asks;
      tells += r.tells;
    }
  }
  return { asks, tells, ratio: tells === 0 ? null : asks / tells };
}
