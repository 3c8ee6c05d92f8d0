/**
 * Features of one sentence for the ask-vs-tell model, shared by the trainer
 * (scripts/coach/train.ts) and the coach at run time so that both see exactly
 * the same thing. Pure and zod-free.
 *
 * Word 1–3-grams, sentence-start tokens (also after a filler such as "So,"),
 * whether the sentence ends in "?", and word-class 1–3-grams where each word
 * is replaced by its class from a lexicon extracted at build time from
 * compromise / fr-compromise (scripts/coach/extract-lexicon.mjs).
 */
export type Lang = 'en' | 'fr';

/** Class word lists as committed: { CLASS: "word word …" }. */
export type LexiconJson = Record<string, string>;

export function buildLexicon(json: LexiconJson): Map<string, string> {
  const m = new Map<string, string>();
  for (const [c, words] of Object.entries(json)) for (const w of words.split(' ')) m.set(w, c);
  return m;
}

const TOKEN_EN = /[a-z0-9]+(?:['-][a-z0-9]+)*|[?!,;:]/g;
// French splits elisions off their word: "qu'est-ce" → "qu'" "est-ce", "l'équipe" → "l'" "équipe".
const TOKEN_FR = /(?:[a-zà-ÿœ]{1,3}'|[a-zà-ÿœ0-9]+(?:-[a-zà-ÿœ0-9]+)*)|[?!,;:]/g;

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”«»"]/g, ' ');
}

export function tokenize(text: string, lang: Lang): string[] {
  return normalise(text).match(lang === 'fr' ? TOKEN_FR : TOKEN_EN) ?? [];
}

function suffixClass(w: string, lang: Lang): string {
  if (/^[?!,;:]$/.test(w)) return w;
  if (/^\d/.test(w)) return 'NUM';
  if (lang === 'en') {
    if (w.endsWith('ing')) return 'VG';
    if (w.endsWith('ed')) return 'VD';
    if (w.endsWith('ly')) return 'R';
    if (w.endsWith("n't")) return 'NEGAUX';
    if (w.endsWith("'s")) return 'GEN';
    if (w.endsWith('s')) return 'NS';
    return 'UNK';
  }
  if (w.endsWith('ez')) return 'V2P';
  if (/(?:er|ir|re)$/.test(w)) return 'VINF';
  if (/(?:é|ée|és|ées)$/.test(w)) return 'VPP';
  if (w.endsWith('ons')) return 'V1P';
  if (w.endsWith('ment')) return 'R';
  if (w.endsWith("'")) return 'EL';
  if (w.endsWith('-moi') || w.endsWith('-toi') || w.endsWith('-vous') || w.endsWith('-nous')) return 'IMPPRO';
  if (/-(?:tu|il|elle|on|ils|elles)$/.test(w)) return 'INV';
  return 'UNK';
}

export function wordClass(w: string, lex: ReadonlyMap<string, string>, lang: Lang): string {
  return lex.get(w) ?? suffixClass(w, lang);
}

const FILLERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['so', 'and', 'but', 'ok', 'okay', 'well', 'now', 'then', 'also', 'hey', 'look', 'listen', 'honestly', 'right', 'anyway', 'oh', 'yeah', 'alright', ',', ':']),
  fr: new Set(['alors', 'bon', 'et', 'mais', 'donc', 'bref', 'ok', 'écoute', 'écoutez', 'bien', 'enfin', 'euh', 'sinon', ',', ':']),
};

/** The feature strings of one sentence (duplicates allowed; each counts once per occurrence). */
export function sentenceFeatures(text: string, lang: Lang, lex: ReadonlyMap<string, string>): string[] {
  const f: string[] = [];
  visitFeatures(text, lang, lex, f);
  return f;
}

/** Pushes the features into `f` (anything with push): scoring passes a visitor and builds no array. */
export function visitFeatures(text: string, lang: Lang, lex: ReadonlyMap<string, string>, f: { push(...s: string[]): unknown }): void {
  const toks = tokenize(text, lang);
  const words = toks.filter((t) => t !== '?' && t !== '!');
  const question = /\?\s*$/.test(text) ? '1' : '0';
  const cls = words.map((w) => wordClass(w, lex, lang));
  f.push('q:' + question);
  if (/!\s*$/.test(text)) f.push('e:!');
  const n = words.length;
  f.push('len:' + (n <= 2 ? 's' : n <= 6 ? 'm' : 'l'));
  // Start of the sentence, and again after leading fillers ("So, …", "Bon, …").
  let k = 0;
  while (k < n - 1 && k < 3 && FILLERS[lang].has(words[k]!)) k++;
  for (const off of k > 0 ? [0, k] : [0]) {
    const p = off === 0 ? 's' : 'k';
    f.push(`${p}:${words[off] ?? ''}`, `${p}2:${words[off] ?? ''} ${words[off + 1] ?? ''}`, `${p}c:${cls[off] ?? ''}`, `${p}c2:${cls[off] ?? ''} ${cls[off + 1] ?? ''}`);
    f.push(`${p}c3:${cls[off] ?? ''} ${cls[off + 1] ?? ''} ${cls[off + 2] ?? ''}`);
    f.push(`${p}q:${question} ${words[off] ?? ''}`, `${p}qc:${question} ${cls[off] ?? ''}`);
  }
  const W = ['<s>', ...words, '</s>'];
  const C = ['<s>', ...cls, '</s>'];
  for (let i = 0; i < W.length; i++) {
    if (i > 0 && i < W.length - 1) f.push('w:' + W[i]!);
    if (i + 1 < W.length) f.push(`b:${W[i]} ${W[i + 1]}`, `cb:${C[i]} ${C[i + 1]}`);
    if (i + 2 < W.length) f.push(`t:${W[i]} ${W[i + 1]} ${W[i + 2]}`, `ct:${C[i]} ${C[i + 1]} ${C[i + 2]}`);
    if (i > 0 && i < W.length - 1) f.push('c:' + C[i]!);
  }
  // The last words carry tags such as ", right?" and "if I were you".
  f.push(`end:${question} ${words[n - 2] ?? ''} ${words[n - 1] ?? ''}`);
}

export const KINDS = ['ask', 'directive', 'advice', 'prescription', 'judgment', 'blame', 'takeover', 'closed-question', 'leading-question'] as const;
export type ModelKind = (typeof KINDS)[number];

/** The committed weight table: weights are integers, scaled by `scale`. */
export interface ModelJson {
  lang: Lang;
  classes: ModelKind[];
  scale: number;
  /** A sentence is telling when 1 − P(ask) reaches this (tuned on the dev set). */
  threshold: number;
  bias: number[];
  /** feature → [classIndex, weight, classIndex, weight, …] (only non-zero weights). */
  w: Record<string, number[]>;
}

const tables = new WeakMap<ModelJson, Map<string, number[]>>();
/** The weight table as a Map, built once per model (lookups of many keys are faster than on a large object). */
function table(model: ModelJson): Map<string, number[]> {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = new Map(Object.entries(model.w))));
  return t;
}

/** P(class) for one sentence under a model, from its features or straight from its text. */
export function scoreSentence(model: ModelJson, feats: readonly string[] | { text: string; lang: Lang; lex: ReadonlyMap<string, string> }): number[] {
  const k = model.classes.length;
  const z = model.bias.slice();
  const w = table(model);
  const add = (f: string) => {
    const ws = w.get(f);
    if (!ws) return;
    for (let i = 0; i < ws.length; i += 2) z[ws[i]!]! += ws[i + 1]!;
  };
  if (Array.isArray(feats)) for (const f of feats as readonly string[]) add(f);
  else {
    const s = feats as { text: string; lang: Lang; lex: ReadonlyMap<string, string> };
    visitFeatures(s.text, s.lang, s.lex, { push: (...fs: string[]) => { for (const f of fs) add(f); } });
  }
  let max = -Infinity;
  for (let i = 0; i < k; i++) if (z[i]! > max) max = z[i]!;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += z[i] = Math.exp((z[i]! - max) / model.scale);
  for (let i = 0; i < k; i++) z[i]! /= sum;
  return z;
}
