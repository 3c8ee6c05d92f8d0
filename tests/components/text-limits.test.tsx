// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { FollowUps, SessionCommitments } from '../../components/session/commitments';
import { TEXT_LIMITS } from '../../lib/schema/limits';
import { CommitmentSchema, type CoachingSession, type Commitment } from '../../lib/schema/records';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const T = '2026-11-20T10:00:00.000Z';
const commitment: Commitment = {
  id: 'c1', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Call the CFO', dueDate: '2026-11-27', followUp: '', suggestedBy: 'rep',
  status: 'open', outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: null,
};
const session = { id: 's1', dealId: 'd1', repId: 'r1', mode: 'quick' } as CoachingSession;

function render(ui: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => createRoot(host).render(ui));
  return host;
}

describe('a manager cannot type more than a commitment can store', () => {
  it('limits the commitment, its follow-up and the outcome note to the lengths a backup restores', () => {
    const host = render(
      <>
        <SessionCommitments session={session} commitments={[commitment]} today="2026-11-20" />
        <FollowUps commitments={[commitment]} dealsById={new Map()} today="2026-11-20" />
      </>,
    );
    const limit = (label: RegExp) => {
      const field = [...host.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
      const input = field && host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(field.htmlFor)}`);
      return (input ?? field?.querySelector('input, textarea'))?.maxLength;
    };
    expect(limit(/in the rep's words/)).toBe(TEXT_LIMITS.commitmentText);
    expect(limit(/How do you want me to follow up/)).toBe(TEXT_LIMITS.commitmentFollowUp);
    expect(limit(/Outcome note/)).toBe(TEXT_LIMITS.outcomeNote);
    // The limits are the record schema's own: text at the limit is a valid record, one more character is not.
    const at = (n: number) => CommitmentSchema.safeParse({ ...commitment, text: 'x'.repeat(n) }).success;
    expect([at(TEXT_LIMITS.commitmentText), at(TEXT_LIMITS.commitmentText + 1)]).toEqual([true, false]);
  });
});
