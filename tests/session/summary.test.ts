import { describe, expect, it } from 'vitest';
import { summaryMarkdown, summaryPlainText } from '../../lib/session/summary';
import { swapPlanItem } from '../../lib/session/swap';
import type { CoachingSession, Commitment } from '../../lib/schema/records';
import type { QuestionBank } from '../../lib/schema/question';

const session: CoachingSession = {
  id: 's1',
  dealId: 'd1',
  repId: 'r1',
  mode: 'full',
  kind: 'strategic',
  status: 'ended',
  startedAt: '2026-11-20T10:00:00.000Z',
  endedAt: '2026-11-20T10:12:00.000Z',
  durationSec: 720,
  timeBoxMin: 15,
  contract: { what: 'The path to signature', reason: 'Close date is near', importance: '' },
  gap: { current: 'Single-threaded', desired: 'Three contacts engaged', cause: 'skill' },
  plan: [
    { questionId: 'a', text: 'How can I best support you?', role: 'opener', reason: '', followUps: [], asked: true, answer: 'Help with legal' },
    { questionId: 'b', text: 'Who else is affected?', role: 'stage', reason: '', followUps: [], asked: false, answer: '' },
  ],
  stage: 'negotiation',
  private: true,
  updatedAt: '2026-11-20T10:12:00.000Z',
};
const commitment: Commitment = {
  id: 'c1', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'I will call legal on Tuesday', dueDate: '2026-11-25',
  followUp: 'Ping me Wednesday', suggestedBy: 'manager', status: 'open', outcomeNote: '', createdAt: '', updatedAt: '', resolvedAt: null,
};
const input = {
  session,
  deal: { name: 'Globex', stageLabel: 'Negotiation/Review', amount: 1, currency: 'USD', closeDate: '2026-12-01', ownerName: 'Dana' },
  rep: undefined,
  notes: 'Legal is the blocker.',
  commitments: [commitment, { ...commitment, id: 'c2', text: '  ' }],
};

describe('session summary', () => {
  it('gives a Markdown summary with the contract, asked questions, answers and the rep’s commitments', () => {
    const md = summaryMarkdown(input);
    expect(md).toContain('## Coaching session: Globex');
    expect(md).toContain('- What: The path to signature');
    expect(md).toContain('- How can I best support you? — Help with legal');
    expect(md).not.toContain('Who else is affected?');
    expect(md).toContain('### Suggested by the manager\n- I will call legal on Tuesday — due Nov 25, 2026; follow-up: Ping me Wednesday');
    expect(md).not.toContain('Commitments (owned by the rep)');
    expect(md).toContain('Cause: skill');
    expect(md.match(/due Nov 25, 2026/g)).toHaveLength(1);
  });

  it('gives the same content as plain text without Markdown marks', () => {
    const txt = summaryPlainText(input);
    expect(txt).not.toMatch(/^#/m);
    expect(txt).toContain('Notes:\n  • Legal is the blocker.');
    expect(txt).toContain('Strategic focus, 12 min');
  });
});

describe('swapping a question', () => {
  const bank: QuestionBank = {
    id: 'b', name: 'B', builtIn: false, enabled: true,
    questions: [
      { id: 'o1', text: 'How are you doing?', stages: ['negotiation'], category: 'opener', tags: [], followUps: [] },
      { id: 'o2', text: 'What would help you most this week?', stages: ['negotiation'], category: 'opener', tags: [], followUps: [] },
      { id: 'o3', text: 'What is on your mind?', stages: ['negotiation'], category: 'opener', tags: [], followUps: [], disabled: true },
      { id: 'p1', text: 'Who signs?', stages: ['negotiation'], category: 'process', tags: [], followUps: [] },
    ],
  };
  const s = { stage: 'negotiation' as const, plan: [{ questionId: 'o1', text: 'How are you doing?', role: 'opener' as const, reason: 'Opener', followUps: [], asked: false, answer: '' }] };

  it('offers another question of the same kind, never a switched-off one', () => {
    expect(swapPlanItem(s, 'o1', [bank])?.questionId).toBe('o2');
    const again = { ...s, plan: [{ ...s.plan[0]!, questionId: 'o2' }] };
    expect(swapPlanItem(again, 'o2', [bank])?.questionId).toBe('o1');
  });

  it('says so when the bank has nothing left for that spot', () => {
    expect(swapPlanItem(s, 'o1', [{ ...bank, questions: bank.questions.filter((q) => q.id !== 'o2') }])).toBeNull();
  });
});
