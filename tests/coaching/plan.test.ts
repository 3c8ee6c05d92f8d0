import { describe, expect, it } from 'vitest';
import { BUILTIN_BANK, lintCoachingText, planSession, type PlanInput } from '../../lib/coaching';
import { QuestionBankSchema, type QuestionBank } from '../../lib/schema/question';
import { CANONICAL_STAGES } from '../../lib/schema/stage';

const base: PlanInput = {
  deal: { stage: 'discovery', closeDate: '2027-03-01', amount: 50000, stageUnchangedDays: 3, openCommitments: 0, overdueCommitments: 0 },
  rep: { tier: 'middle', trust: 'silver' },
  kind: 'strategic',
  history: [],
  settings: { stageQuestionCount: 4 },
  banks: [BUILTIN_BANK],
  seed: 'seed-1',
  today: '2026-11-22',
};

describe('built-in question bank', () => {
  it('is a valid bank with at least 12 questions for every stage and 120 in all', () => {
    expect(QuestionBankSchema.parse(BUILTIN_BANK)).toBeTruthy();
    expect(BUILTIN_BANK.questions.length).toBeGreaterThanOrEqual(120);
    for (const stage of CANONICAL_STAGES) {
      const n = BUILTIN_BANK.questions.filter((q) => q.stages.includes(stage) && !['opener', 'accountability'].includes(q.category) && !q.tags.some((t) => t.startsWith('signal:'))).length;
      expect(n, stage).toBeGreaterThanOrEqual(12);
    }
    expect(new Set(BUILTIN_BANK.questions.map((q) => q.id)).size).toBe(BUILTIN_BANK.questions.length);
  });

  it('asks only open, non-leading questions (the ask-vs-tell coach finds nothing in them)', () => {
    for (const q of BUILTIN_BANK.questions) expect(lintCoachingText(q.text), q.id).toEqual([]);
  });

  it('covers every category, including debriefs for won and lost deals', () => {
    const cats = new Set(BUILTIN_BANK.questions.map((q) => q.category));
    expect([...cats].sort()).toEqual(['accountability', 'debrief', 'gap', 'opener', 'process', 'strategic', 'tactical']);
  });
});

describe('planSession', () => {
  it('starts with the person, asks about the stage and ends with an accountability question', () => {
    const plan = planSession(base);
    const roles = plan.items.map((i) => i.role);
    expect(roles[0]).toBe('opener');
    expect(roles.at(-1)).toBe('closer');
    expect(roles.filter((r) => r === 'stage')).toHaveLength(4);
    for (const i of plan.items.filter((i) => i.role === 'stage')) expect(i.question.stages).toContain('discovery');
    expect(plan.items.every((i) => i.reason.length > 0)).toBe(true);
  });

  it('gives the same plan for the same seed and another for another seed', () => {
    const ids = (seed: string) => planSession({ ...base, seed }).items.map((i) => i.question.id);
    expect(ids('a')).toEqual(ids('a'));
    expect(['b', 'c', 'd', 'e'].some((s) => JSON.stringify(ids(s)) !== JSON.stringify(ids('a')))).toBe(true);
  });

  it('asks about the new timeline when the close date has passed, and says why', () => {
    const plan = planSession({ ...base, deal: { ...base.deal, closeDate: '2026-11-13' } });
    const signal = plan.items.find((i) => i.role === 'signal');
    expect(signal?.reason).toBe('Close date passed 9 days ago');
    expect(signal?.question.tags).toContain('signal:close-date-passed');
  });

  it('adds at most two signal questions', () => {
    const plan = planSession({
      ...base,
      deal: { stage: 'proposal', closeDate: '2026-11-25', amount: null, stageUnchangedDays: 40, openCommitments: 2, overdueCommitments: 1 },
    });
    expect(plan.signals.length).toBeGreaterThan(2);
    expect(plan.items.filter((i) => i.role === 'signal')).toHaveLength(2);
  });

  it('rests questions asked to this rep in their last two sessions', () => {
    const first = planSession(base);
    const history = first.items.map((i) => ({ questionId: i.question.id, askedAt: '2026-11-20T10:00:00Z', sessionId: 's1' }));
    const next = planSession({ ...base, history, seed: 'seed-1' });
    const stageIds = next.items.filter((i) => i.role === 'stage').map((i) => i.question.id);
    for (const id of stageIds) expect(history.map((h) => h.questionId)).not.toContain(id);
  });

  it('falls back to the least recently asked questions when the bank runs out', () => {
    const tiny: QuestionBank = {
      id: 'tiny', name: 'Tiny', builtIn: false, enabled: true,
      questions: [
        { id: 'o', text: 'How are you?', stages: ['discovery'], category: 'opener', tags: [], followUps: [] },
        { id: 'p1', text: 'Who decides?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
        { id: 'p2', text: 'What happens next?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
        { id: 'p3', text: 'How do they buy?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
        { id: 'c', text: 'What will you do next?', stages: ['discovery'], category: 'accountability', tags: [], followUps: [] },
      ],
    };
    const history = [
      { questionId: 'p1', askedAt: '2026-11-01T00:00:00Z', sessionId: 'a' },
      { questionId: 'p2', askedAt: '2026-11-10T00:00:00Z', sessionId: 'b' },
    ];
    const plan = planSession({ ...base, banks: [tiny], history, settings: { stageQuestionCount: 3 } });
    expect(plan.items.filter((i) => i.role === 'stage').map((i) => i.question.id)).toEqual(['p3', 'p1', 'p2']);
  });

  it('never plans a question the manager switched off, and uses their own banks', () => {
    const disabled = new Set(BUILTIN_BANK.questions.filter((q) => q.stages.includes('discovery')).map((q) => q.id));
    const off: QuestionBank = { ...BUILTIN_BANK, questions: BUILTIN_BANK.questions.map((q) => (disabled.has(q.id) && q.category !== 'opener' && q.category !== 'accountability' ? { ...q, disabled: true } : q)) };
    const mine: QuestionBank = {
      id: 'mine', name: 'Mine', builtIn: false, enabled: true,
      questions: [1, 2, 3, 4].map((n) => ({ id: `m${n}`, text: `What is question ${n} about?`, stages: ['discovery' as const], category: 'process' as const, tags: [], followUps: [] })),
    };
    const plan = planSession({ ...base, banks: [off, mine] });
    expect(plan.items.filter((i) => i.role === 'stage').map((i) => i.question.id).sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
  });
});
