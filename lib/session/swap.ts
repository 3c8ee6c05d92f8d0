import type { Question, QuestionBank } from '../schema/question';
import type { CoachingSession, PlanItem } from '../schema/records';

/** Which questions may stand in for a plan item of this role. */
function fits(q: Question, item: PlanItem, stage: CoachingSession['stage']): boolean {
  if (item.role === 'opener') return q.category === 'opener';
  if (item.role === 'closer') return q.category === 'accountability';
  return q.category !== 'opener' && q.category !== 'accountability' && (stage === null || q.stages.includes(stage));
}

/**
 * Another question for the same spot: same role, same stage, not already in
 * the plan and not one the manager turned off. Walks the bank in order from
 * the current question, so pressing Swap again moves on to the next one.
 */
export function swapPlanItem(session: Pick<CoachingSession, 'plan' | 'stage'>, questionId: string, banks: QuestionBank[]): PlanItem | null {
  const item = session.plan.find((p) => p.questionId === questionId);
  if (!item || item.role === 'own') return null;
  const inPlan = new Set(session.plan.map((p) => p.questionId));
  const pool: Question[] = [];
  const seen = new Set<string>();
  for (const bank of banks) {
    if (bank.enabled === false) continue;
    for (const q of bank.questions) {
      if (q.disabled || seen.has(q.id) || !fits(q, item, session.stage)) continue;
      seen.add(q.id);
      pool.push(q);
    }
  }
  const start = pool.findIndex((q) => q.id === questionId);
  for (let k = 1; k <= pool.length; k++) {
    const q = pool[(start + k + pool.length) % pool.length]!;
    if (!inPlan.has(q.id)) {
      return {
        questionId: q.id,
        text: q.text,
        role: item.role,
        reason: `${item.reason.replace(/ \(swapped\)$/, '')} (swapped)`,
        followUps: q.followUps ?? [],
        asked: false,
        answer: '',
      };
    }
  }
  return null;
}
