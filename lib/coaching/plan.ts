import type { Question, QuestionBank } from '../schema/question';
import type { CanonicalStage } from '../schema/stage';
import { STAGE_LABELS } from '../schema/stage';

export type SignalId =
  | 'close-date-passed'
  | 'close-date-soon'
  | 'amount-missing'
  | 'stage-stale'
  | 'open-commitments'
  | 'overdue-commitments';

export interface Signal {
  id: SignalId;
  /** Readable by the manager, e.g. "close date passed 9 days ago". */
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
  rep: { tier: 'top' | 'middle' | 'bottom'; trust: 'bronze' | 'silver' | 'gold' };
  kind: 'strategic' | 'tactical';
  history: ReadonlyArray<{ questionId: string; askedAt: string; sessionId: string }>;
  settings: { stageQuestionCount?: number };
  banks: readonly QuestionBank[];
  seed: string | number;
  /** ISO date the plan is for; the engine never reads the clock. */
  today: string;
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

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function deriveSignals(deal: PlanInput['deal'], today: string): Signal[] {
  const out: Signal[] = [];
  if (deal.stage !== 'won' && deal.stage !== 'lost') {
    if (deal.closeDate) {
      const d = days(today, deal.closeDate);
      if (d < 0) out.push({ id: 'close-date-passed', reason: `close date passed ${plural(-d, 'day')} ago` });
      else if (d <= CLOSE_SOON_DAYS) out.push({ id: 'close-date-soon', reason: d === 0 ? 'close date is today' : `close date in ${plural(d, 'day')}` });
    }
    if (deal.amount === null || deal.amount === undefined) out.push({ id: 'amount-missing', reason: 'no amount on the deal' });
    if (deal.stageUnchangedDays != null && deal.stageUnchangedDays >= STALE_STAGE_DAYS)
      out.push({ id: 'stage-stale', reason: `same stage for ${plural(deal.stageUnchangedDays, 'day')}` });
  }
  if (deal.overdueCommitments) out.push({ id: 'overdue-commitments', reason: `${plural(deal.overdueCommitments, 'commitment')} overdue on this deal` });
  else if (deal.openCommitments) out.push({ id: 'open-commitments', reason: `${plural(deal.openCommitments, 'open commitment')} on this deal` });
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

/** Category weights: strategic sessions look at the plan ahead, tactical ones at a behaviour. */
const WEIGHTS: Record<PlanInput['kind'], Partial<Record<Question['category'], number>>> = {
  strategic: { strategic: 3, gap: 2, process: 2, debrief: 2, tactical: 1 },
  tactical: { tactical: 3, process: 2, gap: 1.5, debrief: 2, strategic: 1 },
};

/** Merges enabled banks (later banks override by id) and drops switched-off questions. */
export function activeQuestions(banks: readonly QuestionBank[]): Question[] {
  const byId = new Map<string, Question>();
  for (const b of banks) {
    if (b.enabled === false) continue;
    for (const q of b.questions) byId.set(q.id, q);
  }
  return [...byId.values()].filter((q) => !q.disabled);
}

export function planSession(input: PlanInput): SessionPlan {
  const random = rng(input.seed);
  const stage = input.deal.stage;
  const count = Math.min(5, Math.max(3, input.settings.stageQuestionCount ?? 4));
  const signals = deriveSignals(input.deal, input.today);
  const questions = activeQuestions(input.banks);

  // Questions asked in this rep's last two sessions are rested.
  const lastAsked = new Map<string, string>();
  const sessionTimes = new Map<string, string>();
  for (const h of input.history) {
    if ((lastAsked.get(h.questionId) ?? '') < h.askedAt) lastAsked.set(h.questionId, h.askedAt);
    if ((sessionTimes.get(h.sessionId) ?? '') < h.askedAt) sessionTimes.set(h.sessionId, h.askedAt);
  }
  const recentSessions = new Set([...sessionTimes.entries()].sort((a, b) => b[1].localeCompare(a[1])).slice(0, 2).map(([id]) => id));
  const rested = new Set(input.history.filter((h) => recentSessions.has(h.sessionId)).map((h) => h.questionId));

  const used = new Set<string>();
  /**
   * Picks n by weight (weighted sampling without replacement: the n largest
   * random^(1/weight) keys, found in one pass), preferring questions not
   * rested; falls back to the least recently asked.
   */
  const pick = (pool: Question[], n: number, weight: (q: Question) => number): Question[] => {
    const best: Array<{ q: Question; key: number }> = [];
    const tired: Question[] = [];
    for (const q of pool) {
      if (used.has(q.id)) continue;
      if (rested.has(q.id)) {
        tired.push(q);
        continue;
      }
      const key = Math.pow(random(), 1 / Math.max(0.01, weight(q)));
      if (best.length < n) best.push({ q, key });
      else {
        let low = 0;
        for (let i = 1; i < best.length; i++) if (best[i]!.key < best[low]!.key) low = i;
        if (key > best[low]!.key) best[low] = { q, key };
      }
    }
    const out = best.sort((a, b) => b.key - a.key).map((c) => c.q);
    if (out.length < n) {
      tired.sort((a, b) => (lastAsked.get(a.id) ?? '').localeCompare(lastAsked.get(b.id) ?? ''));
      for (const q of tired) {
        if (out.length >= n) break;
        out.push(q);
      }
    }
    out.forEach((q) => used.add(q.id));
    return out;
  };

  // One pass over the bank sorts this stage's questions into the plan's parts.
  const openerPool: Question[] = [];
  const stagePool: Question[] = [];
  const closerPool: Question[] = [];
  const signalPools = new Map<string, Question[]>();
  for (const q of questions) {
    if (!q.stages.includes(stage)) continue;
    let signal = false;
    for (const t of q.tags) {
      if (!t.startsWith('signal:')) continue;
      signal = true;
      const pool = signalPools.get(t);
      if (pool) pool.push(q);
      else signalPools.set(t, [q]);
    }
    if (signal) continue;
    if (q.category === 'opener') openerPool.push(q);
    else if (q.category === 'accountability') closerPool.push(q);
    else stagePool.push(q);
  }
  const items: PlanItemOut[] = [];

  // Low trust: start gently with care; high trust: openers about support and growth alike.
  const careFirst = (q: Question) => (input.rep.trust === 'bronze' && q.tags.includes('care') ? 3 : 1);
  const [opener] = pick(openerPool, 1, careFirst);
  if (opener) items.push({ question: opener, role: 'opener', reason: 'Opener: start with the person' });

  const weights = WEIGHTS[input.kind];
  // Middle performers gain most from gap analysis; top performers from strategy.
  const tierBoost = (q: Question) =>
    (input.rep.tier === 'middle' && q.category === 'gap' ? 1.5 : 1) * (input.rep.tier === 'top' && q.category === 'strategic' ? 1.5 : 1);
  const kindLabel = input.kind === 'strategic' ? 'Strategic' : 'Tactical';
  for (const q of pick(stagePool, count, (q) => (weights[q.category] ?? 1) * tierBoost(q))) {
    const focus =
      q.category === 'gap' ? 'gap analysis' : q.category === 'debrief' ? 'learning from the result' : q.category === 'tactical' ? 'a specific behaviour' : q.category === 'strategic' ? 'the plan ahead' : 'the who, what and how';
    items.push({ question: q, role: 'stage', reason: `${kindLabel} session in ${STAGE_LABELS[stage]}: ${focus}` });
  }

  let signalCount = 0;
  for (const s of signals) {
    if (signalCount >= 2) break;
    const [q] = pick(signalPools.get(`signal:${s.id}`) ?? [], 1, () => 1);
    if (q) {
      items.push({ question: q, role: 'signal', reason: s.reason[0]!.toUpperCase() + s.reason.slice(1) });
      signalCount++;
    }
  }

  // The rep chooses how to be followed up: prefer the question that asks exactly that.
  const [closer] = pick(closerPool, 1, (q) => (q.id === 'acc-follow-up-how' ? 4 : 1));
  if (closer) items.push({ question: closer, role: 'closer', reason: 'Accountability: the rep owns the next step' });

  return { items, signals };
}
