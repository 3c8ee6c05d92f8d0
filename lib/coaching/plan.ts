import type { Question, QuestionBank } from '../schema/question';
import type { CanonicalStage } from '../model/stage';
import type { RepTier, TrustLevel } from '../model/enums';
import type { Locale } from '../i18n/types';
import { getLocale } from '../i18n/translate';
import { daysBetween } from '../dates';
import { servableQuestions } from './bank-merge';
import { banksIn } from './bank-language';
import { tc } from './text';
import { stageName as stageNameIn } from './stage-name';

export type SignalId =
  | 'close-date-passed'
  | 'close-date-soon'
  | 'amount-missing'
  | 'stage-stale'
  | 'open-commitments'
  | 'overdue-commitments';

export interface Signal {
  id: SignalId;
  /** Readable by the manager in their language, e.g. "close date passed 9 days ago". */
  reason: string;
}

export interface PlanInput {
  deal: {
    stage: CanonicalStage;
    closeDate?: string | null;
    amount?: number | null;
    stageUnchangedDays?: number | null;
    openCommitments?: number;
    overdueCommitments?: number;
  };
  rep: { tier: RepTier; trust: TrustLevel };
  kind: 'strategic' | 'tactical';
  history: ReadonlyArray<{ questionId: string; askedAt: string; sessionId: string }>;
  settings: { stageQuestionCount?: number };
  banks: readonly QuestionBank[];
  seed: string | number;
  /** ISO date the plan is for; the engine never reads the clock. */
  today: string;
  /**
   * The language of the built-in questions and of the reasons; the page's
   * language (the manager's) when not given. A manager's own banks are served as written.
   */
  lang?: Locale;
}

export interface PlanItemOut {
  question: Question;
  role: 'opener' | 'stage' | 'signal' | 'closer';
  reason: string;
}

export interface SessionPlan {
  items: PlanItemOut[];
  signals: Signal[];
}

/** A stage is "stale" after this many days without change. */
export const STALE_STAGE_DAYS = 21;
export const CLOSE_SOON_DAYS = 14;

const days = daysBetween;

export function deriveSignals(deal: PlanInput['deal'], today: string, lang: Locale = getLocale()): Signal[] {
  const out: Signal[] = [];
  if (deal.stage !== 'won' && deal.stage !== 'lost') {
    if (deal.closeDate) {
      const d = days(today, deal.closeDate);
      if (d < 0) out.push({ id: 'close-date-passed', reason: tc('coach.signal.closePassed', { count: -d }, lang) });
      else if (d <= CLOSE_SOON_DAYS)
        out.push({ id: 'close-date-soon', reason: d === 0 ? tc('coach.signal.closeToday', undefined, lang) : tc('coach.signal.closeSoon', { count: d }, lang) });
    }
    if (deal.amount === null || deal.amount === undefined) out.push({ id: 'amount-missing', reason: tc('coach.signal.amountMissing', undefined, lang) });
    if (deal.stageUnchangedDays != null && deal.stageUnchangedDays >= STALE_STAGE_DAYS)
      out.push({ id: 'stage-stale', reason: tc('coach.signal.stale', { count: deal.stageUnchangedDays }, lang) });
  }
  if (deal.overdueCommitments) out.push({ id: 'overdue-commitments', reason: tc('coach.signal.overdue', { count: deal.overdueCommitments }, lang) });
  else if (deal.openCommitments) out.push({ id: 'open-commitments', reason: tc('coach.signal.open', { count: deal.openCommitments }, lang) });
  return out;
}

/** mulberry32 on a string hash: same seed, same plan. */
function rng(seed: string | number): () => number {
  let h = 2166136261;
  for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What each focus looks at. Strategic: the future and the plan, the who and
 * the what of the stage. Tactical: one behaviour or skill, the how. A weight
 * of 0 means the question belongs to the other focus; it is only used when a
 * bank has too few questions for this one.
 */
/** Process questions ask who and what, or how; a `focus:` tag decides, else the question's first words. */
export function processAngle(q: Question): 'who-what' | 'how' {
  if (q.tags.includes('focus:tactical')) return 'how';
  if (q.tags.includes('focus:strategic')) return 'who-what';
  // French for a manager's own French questions ("Comment…", "Raconte-moi…"); the built-in French ones carry a focus tag.
  return /^\s*(?:(?:how|walk me)\b|comment\b|raconte-moi\b|décris-moi\b)/i.test(q.text) ? 'how' : 'who-what';
}

export function focusWeight(kind: PlanInput['kind'], q: Question): number {
  const c = q.category;
  if (kind === 'strategic') {
    if (c === 'strategic') return 4;
    if (c === 'process') return processAngle(q) === 'who-what' ? 2 : 0;
    if (c === 'gap' || c === 'debrief') return 2;
    return 0;
  }
  if (c === 'tactical') return 4;
  if (c === 'process') return processAngle(q) === 'how' ? 2 : 0;
  if (c === 'gap') return 1.5;
  if (c === 'debrief') return 2;
  return 0;
}

/** Why a question fits the focus that chose it, for the reason line. */
function focusAspect(kind: PlanInput['kind'], q: Question, lang: Locale): string {
  if (q.category === 'gap') return kind === 'strategic' ? tc('coach.aspect.gapStrategic', undefined, lang) : tc('coach.aspect.gapTactical', undefined, lang);
  if (q.category === 'debrief') return tc('coach.aspect.debrief', undefined, lang);
  if (kind === 'strategic') return q.category === 'strategic' ? tc('coach.aspect.future', undefined, lang) : tc('coach.aspect.whoWhat', undefined, lang);
  return q.category === 'tactical' ? tc('coach.aspect.behaviour', undefined, lang) : tc('coach.aspect.how', undefined, lang);
}

/** Merges enabled banks by the one rule (lib/coaching/bank-merge.ts): later banks win by id; switched-off and flagged questions are dropped. */
export function activeQuestions(banks: readonly QuestionBank[], lang: Locale = getLocale()): Question[] {
  return servableQuestions(banks, lang);
}

/** One stage's questions sorted into the plan's parts, in merged-bank order. */
interface StagePools {
  opener: Question[];
  stage: Question[];
  closer: Question[];
  /** Keyed by the whole tag, e.g. "signal:close-date-passed". */
  signal: Map<string, Question[]>;
  /** Per focus, on first use: the stage questions it weighs above 0, with their weights (focusWeight). */
  focus: Partial<Record<PlanInput['kind'], FocusPool>>;
}

interface FocusPool {
  questions: Question[];
  /** focusWeight of each question, by position. */
  weights: number[];
}

/**
 * The fields of a bank's questions that the index depends on, as they were
 * when it was built: for each question in bank order, FIELDS values in one
 * flat array (the question, its id, text, disabled flag, category, and
 * copies of its stages and tags), so checking them walks one array. The
 * coach may flag a question by its text, so an edited text rebuilds the index.
 */
interface BankSnapshot {
  enabled: boolean;
  questions: readonly Question[];
  fields: unknown[];
}
const FIELDS = 7;

/** Merged, filtered questions of a list of banks, partitioned per stage on first use. */
interface BankListIndex {
  snapshots: BankSnapshot[];
  active: Question[];
  byStage: Map<CanonicalStage, StagePools>;
}

function snapshot(bank: QuestionBank): BankSnapshot {
  const enabled = bank.enabled !== false;
  const fields: unknown[] = [];
  // A switched-off bank contributes nothing, so only its switch needs watching.
  if (enabled) for (const q of bank.questions) fields.push(q, q.id, q.text, q.disabled, q.category, [...q.stages], [...q.tags]);
  return { enabled, questions: bank.questions, fields };
}

const sameList = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Banks are plain objects that the options page may edit in place (switch a
 * question off, change its stages or tags, add one) as well as recreate, so a
 * cached index is trusted only while every field it was built from is
 * unchanged. Checking is pointer and short-list compares, several times
 * cheaper than merging and partitioning the banks again.
 */
function unchanged(snap: BankSnapshot, bank: QuestionBank): boolean {
  if ((bank.enabled !== false) !== snap.enabled) return false;
  if (!snap.enabled) return true;
  const qs = bank.questions;
  const f = snap.fields;
  if (qs !== snap.questions || qs.length * FIELDS !== f.length) return false;
  for (let i = 0, j = 0; i < qs.length; i++, j += FIELDS) {
    const q = qs[i]!;
    if (q !== f[j] || q.id !== f[j + 1] || q.text !== f[j + 2] || q.disabled !== f[j + 3] || q.category !== f[j + 4]) return false;
    // Most questions have one stage and no tags: test the lengths before walking the lists.
    const st = f[j + 5] as readonly string[];
    const tg = f[j + 6] as readonly string[];
    const qst = q.stages;
    if (qst.length !== st.length || q.tags.length !== tg.length) return false;
    if ((st.length === 1 ? qst[0] !== st[0] : !sameList(qst, st)) || (tg.length > 0 && !sameList(q.tags, tg))) return false;
  }
  return true;
}

/**
 * Indexes keyed by the banks themselves, one WeakMap level per position in
 * the list: every link is weak, so recreated banks (the database hands out
 * new objects on each read) are collected with their index instead of piling
 * up behind the long-lived built-in bank.
 */
interface CacheNode {
  index?: BankListIndex;
  next?: WeakMap<QuestionBank, CacheNode>;
}
const indexCache = new WeakMap<QuestionBank, CacheNode>();

function bankListIndex(banks: readonly QuestionBank[]): BankListIndex {
  let node: CacheNode | undefined;
  for (const bank of banks) {
    const level: WeakMap<QuestionBank, CacheNode> = node ? (node.next ??= new WeakMap()) : indexCache;
    node = level.get(bank);
    if (!node) level.set(bank, (node = {}));
  }
  const cached = node?.index;
  if (cached) {
    let fresh = true;
    for (let i = 0; fresh && i < banks.length; i++) fresh = unchanged(cached.snapshots[i]!, banks[i]!);
    if (fresh) return cached;
  }
  // Banks here are already in the plan's language (planSession), so merging leaves them as they are.
  const index: BankListIndex = { snapshots: banks.map(snapshot), active: activeQuestions(banks, 'en'), byStage: new Map() };
  if (node) node.index = index;
  return index;
}

function stagePools(index: BankListIndex, stage: CanonicalStage): StagePools {
  const known = index.byStage.get(stage);
  if (known) return known;
  const pools: StagePools = { opener: [], stage: [], closer: [], signal: new Map(), focus: {} };
  for (const q of index.active) {
    if (!q.stages.includes(stage)) continue;
    let signal = false;
    for (const t of q.tags) {
      if (!t.startsWith('signal:')) continue;
      signal = true;
      const pool = pools.signal.get(t);
      if (pool) pool.push(q);
      else pools.signal.set(t, [q]);
    }
    if (signal) continue;
    if (q.category === 'opener') pools.opener.push(q);
    else if (q.category === 'accountability') pools.closer.push(q);
    else pools.stage.push(q);
  }
  index.byStage.set(stage, pools);
  return pools;
}

/** The stage questions of one focus (weight above 0), in pool order; kept with the pools, so rebuilt with them. */
function focusPool(pools: StagePools, kind: PlanInput['kind']): FocusPool {
  const known = pools.focus[kind];
  if (known) return known;
  const fp: FocusPool = { questions: [], weights: [] };
  for (const q of pools.stage) {
    const w = focusWeight(kind, q);
    if (w > 0) {
      fp.questions.push(q);
      fp.weights.push(w);
    }
  }
  pools.focus[kind] = fp;
  return fp;
}

/**
 * The questions asked in the rep's two most recent sessions. A session's time
 * is its latest askedAt; ties go to the session that appears first in the
 * history. One pass finds the two newest sessions without sorting them all:
 * the newest holds the newest entry, the second the newest entry outside it.
 * Times compare as strings, which for ISO timestamps is time order.
 */
export function restedQuestions(history: PlanInput['history']): Set<string> {
  let s1: string | undefined;
  let t1 = '';
  let s2: string | undefined;
  let t2 = '';
  let firstSeen: Map<string, number> | undefined;
  // Only needed for equal times, which are rare: built lazily.
  const first = (s: string) => {
    if (!firstSeen) {
      firstSeen = new Map();
      for (let i = 0; i < history.length; i++) {
        const h = history[i]!;
        if (h.askedAt > '' && !firstSeen.has(h.sessionId)) firstSeen.set(h.sessionId, i);
      }
    }
    return firstSeen.get(s)!;
  };
  // Whether session s, whose time is t, comes before the other session (none yet: it does).
  const beats = (t: string, s: string, tOther: string, sOther: string | undefined) =>
    sOther === undefined || t > tOther || (t === tOther && first(s) < first(sOther));
  for (let i = 0; i < history.length; i++) {
    const h = history[i]!;
    const t = h.askedAt;
    // Most entries are older than both sessions found so far.
    if (t < t2 || t === '') continue;
    const s = h.sessionId;
    if (s === s1) {
      if (t > t1) t1 = t;
    } else if (s === s2) {
      if (t > t2) t2 = t;
      if (beats(t2, s2, t1, s1)) {
        // Plain swaps, not array destructuring: this loop runs for every entry of a long history.
        const ps = s1;
        const pt = t1;
        s1 = s2;
        t1 = t2;
        s2 = ps;
        t2 = pt;
      }
    } else if (beats(t, s, t2, s2)) {
      if (beats(t, s, t1, s1)) {
        s2 = s1;
        t2 = t1;
        s1 = s;
        t1 = t;
      } else {
        s2 = s;
        t2 = t;
      }
    }
  }
  const rested = new Set<string>();
  if (s1 === undefined) return rested;
  for (const h of history) if (h.sessionId === s1 || h.sessionId === s2) rested.add(h.questionId);
  return rested;
}

/** The closing question: what the rep will do next, and by when. */
export const NEXT_STEP_ID = 'acc-next-step-own';
/** Asked beside each commitment ("How do you want me to follow up…"), so not a plan question. */
export const FOLLOW_UP_HOW_ID = 'acc-follow-up-how';

export function planSession(input: PlanInput): SessionPlan {
  const random = rng(input.seed);
  const stage = input.deal.stage;
  const count = Math.min(5, Math.max(3, input.settings.stageQuestionCount ?? 4));
  const lang = input.lang ?? getLocale();
  const signals = deriveSignals(input.deal, input.today, lang);
  // The built-in bank in the plan's language: translated banks are kept per source bank, so the index cache still hits.
  const pools = stagePools(bankListIndex(banksIn(input.banks, lang)), stage);

  // Questions asked in this rep's last two sessions are rested.
  const rested = restedQuestions(input.history);
  // When each question was last asked: only the fallback below needs it.
  let lastAskedMap: Map<string, string> | undefined;
  const lastAsked = () => {
    if (!lastAskedMap) {
      lastAskedMap = new Map();
      for (const h of input.history) if ((lastAskedMap.get(h.questionId) ?? '') < h.askedAt) lastAskedMap.set(h.questionId, h.askedAt);
    }
    return lastAskedMap;
  };

  const used = new Set<string>();
  /**
   * Picks n by weight (weighted sampling without replacement: the n largest
   * random^(1/weight) keys, found in one pass), preferring questions not
   * rested; falls back to the least recently asked.
   */
  const pick = (pool: readonly Question[], n: number, weight: (q: Question, i: number) => number, tiredOk = true): Question[] => {
    const best: Array<{ q: Question; key: number }> = [];
    const tired: Question[] = [];
    for (let i = 0; i < pool.length; i++) {
      const q = pool[i]!;
      if (used.has(q.id)) continue;
      if (rested.has(q.id)) {
        tired.push(q);
        continue;
      }
      const key = Math.pow(random(), 1 / Math.max(0.01, weight(q, i)));
      if (best.length < n) best.push({ q, key });
      else {
        let low = 0;
        for (let i = 1; i < best.length; i++) if (best[i]!.key < best[low]!.key) low = i;
        if (key > best[low]!.key) best[low] = { q, key };
      }
    }
    const out = best.sort((a, b) => b.key - a.key).map((c) => c.q);
    if (tiredOk && out.length < n && tired.length) {
      const last = lastAsked();
      tired.sort((a, b) => (last.get(a.id) ?? '').localeCompare(last.get(b.id) ?? ''));
      for (const q of tired) {
        if (out.length >= n) break;
        out.push(q);
      }
    }
    out.forEach((q) => used.add(q.id));
    return out;
  };

  const items: PlanItemOut[] = [];

  // Low trust: start gently with care; high trust: openers about support and growth alike.
  const careFirst = (q: Question) => (input.rep.trust === 'bronze' && q.tags.includes('care') ? 3 : 1);
  const [opener] = pick(pools.opener, 1, careFirst);
  if (opener) items.push({ question: opener, role: 'opener', reason: tc('coach.reason.opener', undefined, lang) });

  // Middle performers gain most from gap analysis; top performers from strategy.
  const tierBoost = (q: Question) =>
    (input.rep.tier === 'middle' && q.category === 'gap' ? 1.5 : 1) * (input.rep.tier === 'top' && q.category === 'strategic' ? 1.5 : 1);
  const kind = input.kind;
  const stageName = stageNameIn(stage, lang);
  const { questions: inFocus, weights: focusWeights } = focusPool(pools, kind);
  const stageReason = (q: Question) =>
    tc(kind === 'strategic' ? 'coach.reason.strategicFocus' : 'coach.reason.tacticalFocus', { stage: stageName, aspect: focusAspect(kind, q, lang) }, lang);
  const fewLeft = tc(kind === 'strategic' ? 'coach.reason.fewStrategic' : 'coach.reason.fewTactical', { stage: stageName }, lang);
  const stageCount = () => items.filter((i) => i.role === 'stage').length;
  for (const q of pick(inFocus, count, (q, i) => focusWeights[i]! * tierBoost(q), false)) items.push({ question: q, role: 'stage', reason: stageReason(q) });
  // Too few fresh questions for this focus: first a fresh neutral one (process,
  // gap, debrief: never the other focus's own kind), then one of this focus
  // asked lately, then anything, so the plan is always full and says why.
  const otherKind = kind === 'strategic' ? 'tactical' : 'strategic';
  if (stageCount() < count) {
    for (const q of pick(pools.stage.filter((q) => q.category !== otherKind), count - stageCount(), tierBoost, false))
      items.push({ question: q, role: 'stage', reason: fewLeft });
  }
  if (stageCount() < count) {
    for (const q of pick(inFocus, count - stageCount(), (_, i) => focusWeights[i]!)) items.push({ question: q, role: 'stage', reason: stageReason(q) });
  }
  if (stageCount() < count) {
    for (const q of pick(pools.stage, count - stageCount(), tierBoost)) items.push({ question: q, role: 'stage', reason: fewLeft });
  }

  let signalCount = 0;
  for (const s of signals) {
    if (signalCount >= 2) break;
    // Of a signal's questions, the one that suits the focus.
    const [q] = pick(pools.signal.get(`signal:${s.id}`) ?? [], 1, (q) => 1 + focusWeight(kind, q));
    if (q) {
      items.push({ question: q, role: 'signal', reason: s.reason[0]!.toUpperCase() + s.reason.slice(1) });
      signalCount++;
    }
  }

  // The closing asks what the rep will do next and by when; how they want to be
  // followed up is asked next to the commitment itself, so never twice.
  // It is the method, so it is asked every time, rested or not.
  const nextStep = pools.closer.find((q) => q.id === NEXT_STEP_ID && !used.has(q.id));
  let closer = nextStep;
  if (!closer) {
    const closers = pools.closer.filter((q) => q.id !== FOLLOW_UP_HOW_ID);
    [closer] = pick(closers.length ? closers : pools.closer, 1, () => 1);
  }
  if (closer) items.push({ question: closer, role: 'closer', reason: tc('coach.reason.closer', undefined, lang) });

  return { items, signals };
}
