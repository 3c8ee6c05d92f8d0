import { describe, expect, it } from 'vitest';
import { basePlanInput } from '../support/plan-input';
import { BUILTIN_BANK, planSession, type PlanInput } from '../../lib/coaching';
import { FOLLOW_UP_HOW_ID, NEXT_STEP_ID, processAngle } from '../../lib/coaching/plan';
import { initialPlan, replanForFocus, type PlanContext } from '../../lib/session/plan-input';
import { CANONICAL_STAGES } from '../../lib/schema/stage';

const base: PlanInput = basePlanInput;
const stageQs = (input: PlanInput) => planSession(input).items.filter((i) => i.role === 'stage');

describe('the session focus', () => {
  const open = CANONICAL_STAGES.filter((s) => s !== 'won' && s !== 'lost');

  it('plans strategic sessions about the future, the plan, who and what, never a single behaviour', () => {
    for (const stage of open) {
      for (const seed of ['a', 'b', 'c']) {
        const items = stageQs({ ...base, deal: { ...base.deal, stage }, seed });
        expect(items).toHaveLength(4);
        for (const i of items) {
          expect(i.question.category).not.toBe('tactical');
          if (i.question.category === 'process') expect(processAngle(i.question)).toBe('who-what');
          expect(i.reason).toMatch(/^Strategic focus in /);
        }
      }
    }
  });

  it('plans tactical sessions about one behaviour or skill and how, never the plan ahead', () => {
    for (const stage of open) {
      for (const seed of ['a', 'b', 'c']) {
        const items = stageQs({ ...base, kind: 'tactical', deal: { ...base.deal, stage }, seed });
        expect(items).toHaveLength(4);
        for (const i of items) {
          expect(i.question.category).not.toBe('strategic');
          if (i.question.category === 'process') expect(processAngle(i.question)).toBe('how');
          expect(i.reason).toMatch(/^Tactical focus in /);
        }
        expect(items.some((i) => i.question.category === 'tactical')).toBe(true);
      }
    }
  });

  it('gives different questions for the two focuses on the same deal and seed', () => {
    const s = stageQs(base).map((i) => i.question.id);
    const t = stageQs({ ...base, kind: 'tactical' }).map((i) => i.question.id);
    expect(s.filter((id) => t.includes(id)).length).toBeLessThan(2);
  });

  it('closes by asking what the rep will do next and by when, never repeating the follow-up field', () => {
    for (const kind of ['strategic', 'tactical'] as const) {
      for (const seed of ['a', 'b', 'c', 'd']) {
        const closer = planSession({ ...base, kind, seed }).items.find((i) => i.role === 'closer');
        expect(closer?.question.id).toBe(NEXT_STEP_ID);
      }
    }
    const lost = planSession({ ...base, deal: { ...base.deal, stage: 'lost' } }).items.find((i) => i.role === 'closer');
    expect(lost?.question.id).not.toBe(FOLLOW_UP_HOW_ID);
  });
});

describe('quick sessions and switching focus', () => {
  const ctx: PlanContext = {
    stage: 'discovery',
    deal: { name: 'Globex', stageLabel: 'Discovery', amount: 1000, currency: 'USD', closeDate: '2027-03-01', ownerName: 'Dana' },
    stageSince: null,
    rep: undefined,
    kind: 'strategic',
    repSessions: [],
    dealCommitments: [],
    banks: [BUILTIN_BANK],
    stageQuestionCount: 4,
    today: '2026-11-22',
    seed: 's',
  };

  it('labels a quick session’s question as a quick session, never as a strategic one', () => {
    const plan = initialPlan(ctx, 'quick');
    expect(plan).toHaveLength(3);
    for (const p of plan) expect(p.reason).not.toMatch(/strategic/i);
    expect(plan[1]!.reason).toMatch(/^Quick session in Discovery/);
  });

  it('re-plans only the questions not yet asked when the focus changes, in place', () => {
    const plan = initialPlan(ctx, 'full');
    const stageIdx = plan.map((p, i) => (p.role === 'stage' ? i : -1)).filter((i) => i >= 0);
    const askedIdx = stageIdx[0]!;
    const answeredIdx = stageIdx[1]!;
    const before = plan.map((p, i) =>
      i === askedIdx ? { ...p, asked: true } : i === answeredIdx ? { ...p, answer: 'They buy by committee' } : p,
    );
    before.push({ questionId: 'own-1', text: 'What would you do with a free week?', role: 'own', reason: 'Added by you', followUps: [], asked: false, answer: '' });
    const after = replanForFocus(before, { ...ctx, kind: 'tactical' });
    expect(after).toHaveLength(before.length);
    expect(after[askedIdx]).toEqual(before[askedIdx]);
    expect(after[answeredIdx]).toEqual(before[answeredIdx]);
    expect(after[0]).toEqual(before[0]); // the opener
    expect(after.at(-1)).toEqual(before.at(-1)); // the manager's own question
    const replanned = stageIdx.slice(2).map((i) => after[i]!);
    for (const p of replanned) expect(p.reason).toMatch(/^Tactical focus/);
    const ids = after.map((p) => p.questionId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
