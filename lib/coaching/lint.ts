/**
 * The ask-vs-tell coach. Managers slip into "doing and telling": giving
 * orders, advising, prescribing, judging, blaming, taking the work over,
 * asking yes/no or leading questions. This finds those sentences so the
 * manager can turn them into open questions.
 *
 * A learned model, not hand-listed patterns: multinomial logistic regression
 * over word n-grams and word-class n-grams (lib/coaching/features.ts), one
 * model per language, trained by `npm run train:coach` on tests/coaching/train
 * and tuned on tests/coaching/dev. The language is detected per sentence and
 * English weights never score French. Sentences are cached by their text, so
 * while the manager types only the sentence that changed is scored again.
 */
import { buildLexicon, scoreSentence, type Lang, type LexiconJson, type ModelJson } from './features';
import { detectLanguage } from './language';
import { nextTimePrompt, rephrase } from './rephrase';
import { tc, type CoachKey } from './text';
import type { Locale } from '../i18n/types';
import weightsEn from './model/weights-en.json';
import weightsFr from './model/weights-fr.json';
import lexiconEn from './model/lexicon-en.json';
import lexiconFr from './model/lexicon-fr.json';

export type FindingKind = 'directive' | 'advice' | 'prescription' | 'judgment' | 'blame' | 'takeover' | 'closed-question' | 'leading-question';
export type { Lang } from './features';

export interface CoachingFinding {
  /** Character offsets into the original text (the whole sentence). */
  start: number;
  end: number;
  kind: FindingKind;
  /** The sentence's language, detected on its own. */
  lang: Lang;
  message: string;
  /** An open question to ask instead, about the same subject. */
  suggestion: string;
  /** For notes, which keep what was said: "Next time, ask: …". */
  nextTime: string;
  /** How sure the model is that this sentence tells (1 − P(ask)). */
  confidence: number;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|mr|mrs|ms|dr|approx|incl|no|p\.ex|cf|env|mme|m)\.$/i;

/**
 * Splits on . ! ? ; (followed by a space or the end) and line breaks, keeping
 * the punctuation and exact offsets. "1.5", "e.g." and "vs." do not end a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[a-zà-ÿ]/i.test(body)) out.push({ start: start + lead, end: start + lead + body.length, text: body });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== ';') continue;
    let j = i + 1;
    while (j < text.length && '.!?;'.includes(text[j]!)) j++;
    const next = text[j];
    if (next !== undefined && !/\s/.test(next)) {
      i = j - 1;
      continue; // "1.5", "v1.2", "…?!x": not an end
    }
    if (c === '.' && j === i + 1 && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

/**
 * What each kind of finding says, in the manager's language (the page's):
 * a French manager who writes an English note still reads the coach in
 * French. The "Next time, ask: …" rephrasing follows the sentence instead.
 */
const MESSAGE_KEYS = {
  directive: 'coach.finding.directive',
  advice: 'coach.finding.advice',
  prescription: 'coach.finding.prescription',
  judgment: 'coach.finding.judgment',
  blame: 'coach.finding.blame',
  takeover: 'coach.finding.takeover',
  'closed-question': 'coach.finding.closedQuestion',
  'leading-question': 'coach.finding.leadingQuestion',
} as const satisfies Record<FindingKind, CoachKey>;

export function findingMessage(kind: FindingKind, locale?: Locale): string {
  return tc(MESSAGE_KEYS[kind], undefined, locale);
}

interface LoadedModel {
  model: ModelJson;
  lex: Map<string, string>;
}
const loaded: Partial<Record<Lang, LoadedModel>> = {};
const SOURCES: Record<Lang, { weights: unknown; lexicon: unknown }> = {
  en: { weights: weightsEn, lexicon: lexiconEn },
  fr: { weights: weightsFr, lexicon: lexiconFr },
};
function modelFor(lang: Lang): LoadedModel {
  let m = loaded[lang];
  if (!m) {
    const src = SOURCES[lang];
    const model = src.weights as ModelJson;
    // Each language's weights are only ever used for that language.
    if (model.lang !== lang) throw new Error(`The ${lang} coach was given ${model.lang} weights.`);
    m = loaded[lang] = { model, lex: buildLexicon(src.lexicon as LexiconJson) };
  }
  return m;
}

interface Verdict {
  kind: FindingKind | null;
  confidence: number;
  lang: Lang;
  suggestion: string;
}

/** Sentence text → verdict. Typing changes one sentence at a time; the rest come from here. */
const cache = new Map<string, Verdict>();
const CACHE_MAX = 4000;
/** How many sentences the model actually scored (cache misses), for tests and the bench. */
export const coachStats = { scored: 0 };

/** Scores one sentence (cached by its text and the language context). */
export function classifySentence(text: string, previous: Lang = 'en'): Verdict {
  const lang = detectLanguage(text, previous);
  const key = lang + '\u0000' + text;
  const hit = cache.get(key);
  if (hit) return hit;
  coachStats.scored++;
  const { model, lex } = modelFor(lang);
  const p = scoreSentence(model, { text, lang, lex });
  const tell = 1 - p[0]!;
  let kind: FindingKind | null = null;
  if (tell >= model.threshold) {
    let best = 1;
    for (let i = 2; i < p.length; i++) if (p[i]! > p[best]!) best = i;
    kind = model.classes[best] as FindingKind;
  }
  const verdict: Verdict = { kind, confidence: tell, lang, suggestion: kind ? rephrase(text, kind, lang) : '' };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, verdict);
  return verdict;
}

export function lintCoachingText(text: string): CoachingFinding[] {
  if (!text) return [];
  const out: CoachingFinding[] = [];
  let previous: Lang = 'en';
  for (const sentence of splitSentences(text)) {
    const v = classifySentence(sentence.text, previous);
    previous = v.lang;
    if (!v.kind) continue;
    const kind = v.kind;
    out.push({
      start: sentence.start,
      end: sentence.end,
      kind,
      lang: v.lang,
      // Read when shown, so a finding kept by a caller's cache (components/coach-lines.ts) speaks the language the manager switched to.
      get message() {
        return findingMessage(kind);
      },
      suggestion: v.suggestion,
      nextTime: nextTimePrompt(v.suggestion, v.lang),
      confidence: v.confidence,
    });
  }
  return out;
}

/** The first reason a question would be flagged, or null: used for question banks. */
export function tellingReason(text: string): { kind: FindingKind; message: string } | null {
  const f = lintCoachingText(text)[0];
  return f ? { kind: f.kind, message: f.message } : null;
}

const FILLER = /^(?:(?:so|and|but|ok|okay|well|now|then|also|alors|bon|et|mais|donc)\b[,:]?\s+)+/;
const OPEN_START =
  /^(?:what|how|who|where|when|which|why|in what way|to what extent|tell me|walk me|talk me|take me|help me|say more|describe|paint me|i'm curious|i wonder|i'd love to|go on|keep going|qu|comment|pourquoi|où|quand|combien|quel|quelle|raconte|racontez|explique|expliquez|parle-moi|parlez-moi|dis-m'en|dites-m'en|décris|décrivez|aide-moi|aidez-moi|continue|je me demande|je suis curieu)/;

/** How much the manager asked vs. told, over notes and own questions. */
export function askTellRatio(texts: readonly string[]): { asks: number; tells: number; ratio: number | null } {
  let asks = 0;
  let tells = 0;
  for (const t of texts) {
    let previous: Lang = 'en';
    for (const sentence of splitSentences(t)) {
      const v = classifySentence(sentence.text, previous);
      previous = v.lang;
      if (v.kind) {
        tells++;
        continue;
      }
      const s = sentence.text.toLowerCase().replace(/[’‘]/g, "'").replace(FILLER, '');
      if (s.endsWith('?') || OPEN_START.test(s)) asks++;
    }
  }
  return { asks, tells, ratio: tells === 0 ? null : asks / tells };
}
