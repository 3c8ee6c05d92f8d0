import type { Question, QuestionBank } from '../schema/question';
import type { CoachingSession, PlanItem } from '../schema/records';
import { servableQuestions } from '../coaching/bank-merge';
import { t } from '../i18n';

/** The mark of a swapped question's reason, in either language, so swapping again never doubles it. */
const SWAPPED = / \((swapped|remplacée)\)$/;

/** Which questions may stand in for a plan item of this role. */
function fits(q: Question, item: PlanItem, stage: CoachingSession['stage']): boolean {
  if (item.role === 'opener') return q.category === 'opener';
  if (item.role === 'closer') return q.category === 'accountability';
  return q.category !== 'opener' && q.category !== 'accountability' && (stage === null || q.stages.includes(stage));
}

/**
 * Another question for the same spot: same role, same stage, not already in
 * the plan, not one the manager turned off (in the bank that wins for its id)
 * and not one the ask-vs-tell coach flags. Walks the bank in order from
 * the current question, so pressing Swap again moves on to the next one.
 */
export function swapPlanItem(session: Pick<CoachingSession, 'plan' | 'stage'>, questionId: string, banks: QuestionBank[]): PlanItem | null {
  const item = session.plan.find((p) => p.questionId === questionId);
  if (!item || item.role === 'own') return null;
  const inPlan = new Set(session.plan.map((p) => p.questionId));
  // The same merge as the planner: later banks win, switched-off and flagged questions are never offered.
  const pool = servableQuestions(banks).filter((q) => fits(q, item, session.stage));
  const start = pool.findIndex((q) => q.id === questionId);
  for (let k = 1; k <= pool.length; k++) {
    const q = pool[(start + k + pool.length) % pool.length]!;
    if (!inPlan.has(q.id)) {
      return {
        questionId: q.id,
        text: q.text,
        role: item.role,
        reason: t('session.questions.swapped', { reason: item.reason.replace(SWAPPED, '') }),
        followUps: q.followUps ?? [],
        asked: false,
        answer: '',
      };
    }
  }
  return null;
}
