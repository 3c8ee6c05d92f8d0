import { describe, expect, it } from 'vitest';
import { BUILTIN_BANK, importQuestionBank, mergeBanks, planSession, servableQuestions, whyNotServed, type PlanInput } from '../../lib/coaching';
import { swapPlanItem } from '../../lib/session/swap';
import type { Question, QuestionBank } from '../../lib/schema/question';

const q = (id: string, text: string, category: Question['category'] = 'process', extra: Partial<Question> = {}): Question => ({
  id, text, stages: ['negotiation'], category, tags: [], followUps: [], ...extra,
});
const bank = (id: string, questions: Question[], extra: Partial<QuestionBank> = {}): QuestionBank => ({ id, name: `Bank ${id}`, builtIn: false, enabled: true, questions, ...extra });

const first = bank('first', [
  q('o1', 'How are you doing?', 'opener'),
  q('o2', 'What would help you most this week?', 'opener'),
  q('o3', 'What is on your mind today?', 'opener'),
  q('p1', 'Who signs on their side?'),
]);
// A later bank switches o2 off and rewords p1.
const later = bank('later', [q('o2', 'What would help you most this week?', 'opener', { disabled: true }), q('p1', 'Who signs, and how do they decide?')]);
const session = (questionId: string) => ({
  stage: 'negotiation' as const,
  plan: [{ questionId, text: '', role: 'opener' as const, reason: 'Opener', followUps: [], asked: false, answer: '' }],
});

describe('one rule for merging question banks: a later bank wins', () => {
  it('keeps the later version of a question, in the place where it first appeared', () => {
    const merged = mergeBanks([first, later]);
    expect(merged.map((m) => m.question.id)).toEqual(['o1', 'o2', 'o3', 'p1']);
    expect(merged.find((m) => m.question.id === 'p1')).toMatchObject({ bankId: 'later', question: { text: 'Who signs, and how do they decide?' } });
    expect(servableQuestions([first, later]).map((x) => x.id)).toEqual(['o1', 'o3', 'p1']);
    // A bank that is not used counts for nothing.
    expect(servableQuestions([first, { ...later, enabled: false }]).map((x) => x.id)).toEqual(['o1', 'o2', 'o3', 'p1']);
  });

  it('Swap never offers a question that a later bank switched off', () => {
    const offered = new Set<string>();
    let current = 'o1';
    for (let i = 0; i < 6; i++) {
      const next = swapPlanItem(session(current), current, [first, later]);
      expect(next).not.toBeNull();
      offered.add(next!.questionId);
      current = next!.questionId;
    }
    expect([...offered].sort()).toEqual(['o1', 'o3']);
    // With the earlier bank alone, o2 is offered again: it is the later bank that switched it off.
    expect(swapPlanItem(session('o1'), 'o1', [first])?.questionId).toBe('o2');
  });

  it('the planner follows the same rule as Swap', () => {
    const input: PlanInput = {
      deal: { stage: 'negotiation' }, rep: { tier: 'middle', trust: 'silver' }, kind: 'strategic', history: [], settings: {},
      banks: [first, later], seed: 0, today: '2026-11-22',
    };
    for (let seed = 0; seed < 20; seed++) {
      const ids = planSession({ ...input, seed }).items.map((i) => i.question.id);
      expect(ids).not.toContain('o2');
    }
  });

  it('options say why a question is not served, with the same rule', () => {
    expect(whyNotServed([first, later], 'first', first.questions[1]!)).toBe('replaced by “Bank later”, switched off there');
    expect(whyNotServed([first, later], 'first', first.questions[0]!)).toBeNull();
  });
});

describe('one coach everywhere: question banks', () => {
  const telling = bank('team', [
    q('ok', 'What does the buyer need to see first?'),
    q('order', 'You need to call the CFO tomorrow.'),
    q('closed', 'Did you send the proposal?', 'opener'),
    q('open-opener', 'How is your week going?', 'opener'),
  ]);

  it('lists flagged questions at import with the reason, and imports them switched off', () => {
    const result = importQuestionBank(JSON.stringify({ format: 'sideline.question-bank', version: 1, bank: telling }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flagged.map((f) => [f.id, f.kind])).toEqual([['order', 'directive'], ['closed', 'closed-question']]);
    for (const f of result.flagged) expect(f.reason.length).toBeGreaterThan(10);
    expect(result.bank.questions.filter((x) => x.disabled).map((x) => x.id)).toEqual(['order', 'closed']);
    expect(result.bank.questions.find((x) => x.id === 'ok')?.disabled).toBeUndefined();
  });

  it('Swap and the planner never serve a flagged question, even one stored switched on', () => {
    expect(servableQuestions([telling]).map((x) => x.id)).toEqual(['ok', 'open-opener']);
    expect(swapPlanItem(session('open-opener'), 'open-opener', [telling])).toBeNull();
    const plan = planSession({
      deal: { stage: 'negotiation' }, rep: { tier: 'middle', trust: 'silver' }, kind: 'tactical', history: [], settings: {},
      banks: [telling], seed: 1, today: '2026-11-22',
    });
    expect(plan.items.map((i) => i.question.id).sort()).toEqual(['ok', 'open-opener']);
  });

  it('the built-in bank has no flagged question', () => {
    const result = importQuestionBank(JSON.stringify({ format: 'sideline.question-bank', version: 1, bank: BUILTIN_BANK }));
    expect(result.ok && result.flagged).toEqual([]);
    expect(servableQuestions([BUILTIN_BANK])).toHaveLength(BUILTIN_BANK.questions.filter((x) => !x.disabled).length);
  });
});
