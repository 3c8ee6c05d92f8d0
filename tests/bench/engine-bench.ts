import { BUILTIN_BANK, planSession, type PlanInput } from '../../lib/coaching';
import type { Question, QuestionBank } from '../../lib/schema/question';
import { CANONICAL_STAGES } from '../../lib/schema/stage';
import { median, type BenchResult } from './report';

/** planSession on a 5,000-question bank with a 500-session history (the coach's own measures: coach-bench.ts). */
export function benchEngine(quick: boolean): BenchResult[] {
  const nQuestions = quick ? 500 : 5000;
  const nSessions = quick ? 50 : 500;
  const cats: Question['category'][] = ['opener', 'process', 'strategic', 'tactical', 'gap', 'accountability', 'debrief'];
  const questions: Question[] = Array.from({ length: nQuestions }, (_, i) => ({
    id: `q${i}`,
    text: `What is the next step for question ${i}?`,
    stages: [CANONICAL_STAGES[i % CANONICAL_STAGES.length]!],
    category: cats[i % cats.length]!,
    tags: i % 50 === 0 ? ['signal:close-date-passed'] : [],
    followUps: [],
  }));
  const bank: QuestionBank = { id: 'bench', name: 'Bench', builtIn: false, enabled: true, questions };
  const history = Array.from({ length: nSessions * 5 }, (_, i) => ({
    questionId: `q${(i * 7) % nQuestions}`,
    askedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    sessionId: `s${Math.floor(i / 5)}`,
  }));
  const input: PlanInput = {
    deal: { stage: 'discovery', closeDate: '2026-11-01', amount: null, stageUnchangedDays: 30, openCommitments: 1, overdueCommitments: 1 },
    rep: { tier: 'middle', trust: 'silver' },
    kind: 'strategic',
    history,
    settings: { stageQuestionCount: 5 },
    banks: [BUILTIN_BANK, bank],
    seed: 0,
    today: '2026-11-22',
  };
  const runs = quick ? 5 : 50;
  const planTimes: number[] = [];
  const warmup = quick ? 3 : 20; // the first runs warm the JIT
  for (let i = 0; i < runs + warmup; i++) {
    const t = performance.now();
    planSession({ ...input, seed: i });
    if (i >= warmup) planTimes.push(performance.now() - t);
  }

  const plan = median(planTimes);
  return [
    { name: `planSession (${nQuestions.toLocaleString('en')} questions, ${nSessions} sessions)`, value: plan, unit: 'ms', budget: 0.5, ok: plan <= 0.5 },
  ];
}
