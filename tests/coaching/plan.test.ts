import { describe, expect, it } from 'vitest';
import { basePlanInput } from '../support/plan-input';
import { BUILTIN_BANK, lintCoachingText, planSession, type PlanInput } from '../../lib/coaching';
import { restedQuestions } from '../../lib/coaching/plan';
import { QuestionBankSchema, type QuestionBank } from '../../lib/schema/question';
import { CANONICAL_STAGES } from '../../lib/schema/stage';

const base: PlanInput = basePlanInput;

/** A bank with just enough questions for one discovery plan. */
const tinyBank = (): QuestionBank => ({
  id: 'tiny', name: 'Tiny', builtIn: false, enabled: true,
  questions: [
    { id: 'o', text: 'How are you?', stages: ['discovery'], category: 'opener', tags: [], followUps: [] },
    { id: 'p1', text: 'Who decides?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
    { id: 'p2', text: 'What happens next?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
    { id: 'p3', text: 'How do they buy?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
    { id: 'c', text: 'What will you do next?', stages: ['discovery'], category: 'accountability', tags: [], followUps: [] },
  ],
});

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
    const tiny = tinyBank();
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

describe('planSession with a bank it has seen before', () => {
  // The planner caches its index of a bank list; these edit the same bank
  // objects between plans, the way an options page might.
  const stageIds = (banks: QuestionBank[]) =>
    planSession({ ...base, banks, settings: { stageQuestionCount: 3 } }).items.filter((i) => i.role === 'stage').map((i) => i.question.id).sort();

  it('drops a question switched off in place, and brings it back when switched on', () => {
    const bank = tinyBank();
    const banks = [bank];
    expect(stageIds(banks)).toEqual(['p1', 'p2', 'p3']);
    bank.questions[1]!.disabled = true;
    expect(stageIds(banks)).toEqual(['p2', 'p3']);
    bank.questions[1]!.disabled = false;
    expect(stageIds(banks)).toEqual(['p1', 'p2', 'p3']);
  });

  it('follows a question replaced in the list, a new list, and an added question', () => {
    const bank = tinyBank();
    const banks = [bank];
    stageIds(banks);
    bank.questions[2] = { ...bank.questions[2]!, disabled: true };
    expect(stageIds(banks)).toEqual(['p1', 'p3']);
    bank.questions = bank.questions.map((q) => (q.id === 'p3' ? { ...q, disabled: true } : q));
    expect(stageIds(banks)).toEqual(['p1']);
    bank.questions.push({ id: 'p4', text: 'Who else is involved?', stages: ['discovery'], category: 'process', tags: [], followUps: [] });
    expect(stageIds(banks)).toEqual(['p1', 'p4']);
  });

  it('follows stages, categories and tags edited in place, and new text', () => {
    const bank = tinyBank();
    const banks = [bank];
    stageIds(banks);
    bank.questions[1]!.stages[0] = 'proposal';
    expect(stageIds(banks)).toEqual(['p2', 'p3']);
    bank.questions[2]!.category = 'accountability';
    expect(stageIds(banks)).toEqual(['p3']);
    bank.questions[3]!.tags.push('signal:amount-missing');
    expect(stageIds(banks)).toEqual([]);
    const signal = planSession({ ...base, banks, deal: { ...base.deal, amount: null } }).items.find((i) => i.role === 'signal');
    expect(signal?.question.id).toBe('p3');
    bank.questions[0]!.text = 'How is your week going?';
    expect(planSession({ ...base, banks }).items[0]!.question.text).toBe('How is your week going?');
  });

  it('follows banks switched off and on, and gives a recreated bank the same plan', () => {
    const bank = tinyBank();
    bank.questions[1]!.disabled = true;
    const mine: QuestionBank = { ...tinyBank(), id: 'mine', questions: [{ id: 'm1', text: 'What is the plan?', stages: ['discovery'], category: 'process', tags: [], followUps: [] }] };
    const banks = [bank, mine];
    expect(stageIds(banks)).toEqual(['m1', 'p2', 'p3']);
    bank.enabled = false;
    expect(stageIds(banks)).toEqual(['m1']);
    bank.enabled = true;
    mine.enabled = false;
    expect(stageIds(banks)).toEqual(['p2', 'p3']);
    const seen = [tinyBank()];
    const ids = (banks: QuestionBank[], seed: string) => planSession({ ...base, seed, banks }).items.map((i) => i.question.id);
    for (const seed of ['x', 'y', 'z']) expect(ids(seen, seed)).toEqual(ids([tinyBank()], seed));
  });

  it('lets a later bank override a question by id, also after the earlier bank was planned alone', () => {
    const bank = tinyBank();
    expect(stageIds([bank])).toEqual(['p1', 'p2', 'p3']);
    const override: QuestionBank = { ...tinyBank(), id: 'over', questions: [{ ...bank.questions[1]!, disabled: true }] };
    expect(stageIds([bank, override])).toEqual(['p2', 'p3']);
    expect(stageIds([bank])).toEqual(['p1', 'p2', 'p3']);
  });
});

describe('restedQuestions', () => {
  // The planner's first version: sort every session by its latest askedAt (ties
  // in order of first appearance) and take the first two.
  const bySorting = (history: PlanInput['history']) => {
    const times = new Map<string, string>();
    for (const h of history) if ((times.get(h.sessionId) ?? '') < h.askedAt) times.set(h.sessionId, h.askedAt);
    const recent = new Set([...times].sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0)).slice(0, 2).map(([id]) => id));
    return new Set(history.filter((h) => recent.has(h.sessionId)).map((h) => h.questionId));
  };

  it('finds the questions of the two most recent sessions, whatever the order and ties', () => {
    let x = 7;
    const random = (n: number) => (x = (x * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 300; round++) {
      const sessions = 1 + random(8);
      const distinctTimes = 1 + random(6); // few distinct times: many ties
      const history = Array.from({ length: random(30) }, () => ({
        questionId: `q${random(20)}`,
        askedAt: `2026-11-${String(1 + random(distinctTimes)).padStart(2, '0')}T10:00:00Z`,
        sessionId: `s${random(sessions)}`,
      }));
      expect([...restedQuestions(history)].sort(), JSON.stringify(history)).toEqual([...bySorting(history)].sort());
    }
  });

  it('breaks a tie between sessions by which appears first in the history', () => {
    const at = (questionId: string, sessionId: string, day: number) => ({ questionId, sessionId, askedAt: `2026-11-0${day}T10:00:00Z` });
    // b, a and c all end on the 5th; b appears first, then a.
    const history = [at('b1', 'b', 1), at('a1', 'a', 5), at('c1', 'c', 5), at('b2', 'b', 5)];
    expect([...restedQuestions(history)].sort()).toEqual(['a1', 'b1', 'b2']);
    expect([...bySorting(history)].sort()).toEqual(['a1', 'b1', 'b2']);
  });
});
