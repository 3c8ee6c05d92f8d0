import type { CanonicalStage } from '../model/stage';
import { t } from '../i18n';
import { stageLabel } from './labels';
import type { CoachingSession, Commitment, PlanItem, Rep } from '../schema/records';
import type { EffectiveDeal } from '../db/effective-deal';
import type { QuestionBank } from '../schema/question';
// The plan module itself, not the engine's index: the panel must not bundle the bank file format's zod schemas.
import { planSession, type PlanInput } from '../coaching/plan';

import { daysBetween } from '../dates';

export { daysBetween };

export interface PlanContext {
  stage: CanonicalStage;
  deal: EffectiveDeal;
  stageSince: string | null;
  rep: Rep | undefined;
  kind: 'strategic' | 'tactical';
  /** Earlier sessions with this rep (any deal): which questions were asked, when. */
  repSessions: CoachingSession[];
  dealCommitments: Commitment[];
  banks: QuestionBank[];
  stageQuestionCount: number;
  today: string;
  seed: string;
}

/** Turns what the panel knows into the engine's input: signals come from the deal's fields. */
export function buildPlanInput(c: PlanContext): PlanInput {
  const history = c.repSessions.flatMap((s) =>
    s.plan.filter((p) => p.asked).map((p) => ({ questionId: p.questionId, askedAt: s.startedAt, sessionId: s.id })),
  );
  return {
    deal: {
      stage: c.stage,
      closeDate: c.deal.closeDate,
      amount: c.deal.amount,
      stageUnchangedDays: c.stageSince ? daysBetween(c.stageSince, c.today) : null,
      openCommitments: c.dealCommitments.filter((x) => x.status === 'open').length,
      overdueCommitments: c.dealCommitments.filter((x) => x.status === 'open' && x.dueDate < c.today).length,
    },
    rep: { tier: c.rep?.tier ?? 'middle', trust: c.rep?.trust ?? 'bronze' },
    kind: c.kind,
    history,
    settings: { stageQuestionCount: c.stageQuestionCount },
    banks: c.banks,
    seed: c.seed,
    today: c.today,
  };
}

/**
 * The questions a new session starts with. A quick session is three questions:
 * the opener, the most pressing stage (or signal) question, and the
 * accountability closer, so it fits in five minutes.
 */
export function initialPlan(c: PlanContext, mode: 'quick' | 'full'): PlanItem[] {
  const plan = planSession(buildPlanInput(c));
  let items = plan.items;
  if (mode === 'quick') {
    const opener = items.find((i) => i.role === 'opener');
    const middle = items.find((i) => i.role === 'signal') ?? items.find((i) => i.role === 'stage');
    const closer = items.find((i) => i.role === 'closer');
    // A quick session has no focus to choose, so its reasons never name one.
    const quickMiddle = middle && middle.role === 'stage' ? { ...middle, reason: t('session.questions.quickReason', { stage: stageLabel(c.stage) }) } : middle;
    items = [opener, quickMiddle, closer].filter((i): i is (typeof items)[number] => !!i);
  }
  return items.map((i) => ({
    questionId: i.question.id,
    text: i.question.text,
    role: i.role,
    reason: i.reason,
    followUps: i.question.followUps ?? [],
    asked: false,
    answer: '',
  }));
}

/** Can this plan item still be re-planned: a planned question not yet asked, answered or followed up. */
function replaceable(p: PlanItem): boolean {
  return (p.role === 'stage' || p.role === 'signal') && !p.asked && !p.answer.trim() && !(p.promptsUsed ?? []).length;
}

/**
 * Switching the focus (strategic or tactical) re-plans the questions not yet
 * asked: each takes the next question the new focus chose, in place. Asked or
 * answered questions, the opener, the closer and the manager's own questions
 * stay as they are.
 */
export function replanForFocus(plan: PlanItem[], c: PlanContext): PlanItem[] {
  const keptIds = new Set(plan.filter((p) => !replaceable(p)).map((p) => p.questionId));
  const fresh = initialPlan(c, 'full').filter((p) => (p.role === 'stage' || p.role === 'signal') && !keptIds.has(p.questionId));
  const stage = fresh.filter((p) => p.role === 'stage');
  const signal = fresh.filter((p) => p.role === 'signal');
  const out: PlanItem[] = [];
  for (const p of plan) {
    if (!replaceable(p)) out.push(p);
    else {
      const next = (p.role === 'signal' ? signal : stage).shift() ?? (p.role === 'signal' ? stage : signal).shift();
      if (next) out.push(next);
    }
  }
  // A focus with more questions than the old plan left open fills up to the same count.
  return out;
}
