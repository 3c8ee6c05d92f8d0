import { BUILTIN_BANK, type PlanInput } from '../../lib/coaching';

/** A middle performer's discovery deal, planned strategically from the built-in bank: the planner tests' starting point. */
export const basePlanInput: PlanInput = {
  deal: { stage: 'discovery', closeDate: '2027-03-01', amount: 50000, stageUnchangedDays: 3, openCommitments: 0, overdueCommitments: 0 },
  rep: { tier: 'middle', trust: 'silver' },
  kind: 'strategic',
  history: [],
  settings: { stageQuestionCount: 4 },
  banks: [BUILTIN_BANK],
  seed: 'seed-1',
  today: '2026-11-22',
};
