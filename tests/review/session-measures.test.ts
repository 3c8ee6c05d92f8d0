import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/setup';
import { getDb } from '../../lib/db/database';
import { startSession, endSession, patchPlanItem } from '../../lib/db/sessions';
import { saveSessionNote } from '../../lib/db/notes';
import { addCommitment, resolveCommitment } from '../../lib/db/commitments';
import { deleteSession } from '../../lib/db/session-lifecycle';
import { loadCoachingReview } from '../../lib/db/review';
import { saveSettings } from '../../lib/db/settings';
import { askTellRatio, lintCoachingText } from '../../lib/coaching';
import { CoachingSessionSchema } from '../../lib/schema/records';
import { deal, endedSession, put, rep } from './fixtures';

useFreshDb();

const NOTE = 'What is in the way of the pilot? Who else signs off? Call the CFO tomorrow. You need to send the proposal today.';
const plan = ['q1', 'q2', 'q3'].map((id) => ({ questionId: id, text: `Question ${id}?`, role: 'stage' as const, reason: '', followUps: [], asked: false, answer: '' }));

async function heldSession(now: string) {
  await put({ reps: [rep('r1', 'middle')], deals: [deal('d1', 'r1', now)] });
  const s = await startSession({ dealId: 'd1', repId: 'r1', mode: 'full', kind: 'strategic', timeBoxMin: 15, stage: 'discovery', plan }, now);
  await patchPlanItem(s.id, 'q1', { asked: true });
  await patchPlanItem(s.id, 'q3', { asked: true });
  await saveSessionNote({ id: s.id, dealId: 'd1', repId: 'r1' }, NOTE);
  const ref = { sessionId: s.id, dealId: 'd1', repId: 'r1', followUp: '' };
  const a = await addCommitment({ ...ref, text: 'I will map the buying group', dueDate: '2026-11-20', suggestedBy: 'rep' });
  const b = await addCommitment({ ...ref, text: 'Send the case study', dueDate: '2026-11-21', suggestedBy: 'manager' });
  await addCommitment({ ...ref, text: '   ', dueDate: '2026-11-21', suggestedBy: 'rep' }); // an empty draft was never made
  return { s, a, b };
}

describe('each ended session keeps the measures of the manager’s own coaching', () => {
  it('counts questions asked, ask:tell from the coach, findings by kind and who owned the commitments when the session ends', async () => {
    const { s } = await heldSession('2026-11-16T09:00:00.000Z');
    const ended = await endSession(s.id, '2026-11-16T09:12:00.000Z');
    const { asks, tells } = askTellRatio([NOTE]);
    expect(tells, 'the coach hears the telling in this note').toBeGreaterThan(0);
    expect(asks).toBeGreaterThan(0);
    const kinds: Record<string, number> = {};
    for (const f of lintCoachingText(NOTE)) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    expect(ended.measures).toEqual({ questionsAsked: 2, asks, tells, findings: kinds, repOwned: 1, managerSuggested: 1, kept: 0, missed: 0, renegotiated: 0, open: 2 });
    // Stored, and valid for restore.
    const stored = await getDb().sessions.get(s.id);
    expect(CoachingSessionSchema.safeParse(stored).success).toBe(true);
    expect(stored?.measures).toEqual(ended.measures);
  });

  it('later records whether its commitments were kept, missed or renegotiated', async () => {
    const { s, a, b } = await heldSession('2026-11-16T09:00:00.000Z');
    await endSession(s.id, '2026-11-16T09:12:00.000Z');
    await resolveCommitment(a.id, 'done', 'Mapped it');
    await resolveCommitment(b.id, 'renegotiated', 'Legal first', '2026-12-01');
    const m = (await getDb().sessions.get(s.id))?.measures;
    // The renegotiated promise carries on as an open one, still the manager's suggestion, counted once.
    expect(m).toMatchObject({ kept: 1, missed: 0, renegotiated: 1, open: 1, repOwned: 1, managerSuggested: 1 });
  });

  it('“Your coaching” reads the kept measures, not the notes: this week against last week, and time against the goal by tier', async () => {
    await saveSettings({ weeklyGoalMin: 90 });
    const { s } = await heldSession('2026-11-23T09:00:00.000Z'); // Monday of the week of 2026-11-25
    await endSession(s.id, '2026-11-23T09:30:00.000Z');
    await put({
      reps: [rep('r2', 'top')],
      sessions: [
        endedSession('last-week', 'r2', '2026-11-18T10:00:00.000Z', 3600, {
          measures: { questionsAsked: 4, asks: 2, tells: 7, findings: { directive: 7 }, repOwned: 0, managerSuggested: 2, kept: 1, missed: 1, renegotiated: 0, open: 0 },
        }),
        endedSession('top-this-week', 'r2', '2026-11-24T10:00:00.000Z', 2 * 3600),
      ],
    });
    // The note is gone: the measures were kept when the session ended.
    await getDb().sessions.update(s.id, { note: null });
    const review = await loadCoachingReview('2026-11-25');
    const now = review.weeks[11]!;
    const before = review.weeks[10]!;
    expect(review.weeks).toHaveLength(12);
    expect(now.day).toBe('2026-11-23');
    expect(now.tells).toBe(askTellRatio([NOTE]).tells);
    expect(before.tells).toBe(7);
    expect(now.sessions).toBe(2);
    expect(now.measured).toBe(1); // a session without measures counts for time only
    expect(review.goalMin).toBe(90);
    expect(review.week.totalSec).toBe(30 * 60 + 2 * 3600);
    expect(review.week.byTier).toMatchObject({ top: 2 * 3600, middle: 30 * 60, bottom: 0 });
    expect(review.month.byTier.top).toBe(3 * 3600);
    expect(review.week.byRep.map((r) => r.repId)).toEqual(['r2', 'r1']);
  });

  it('a deleted session no longer counts in “Your coaching”', async () => {
    const { s } = await heldSession('2026-11-23T09:00:00.000Z');
    await endSession(s.id, '2026-11-23T09:30:00.000Z');
    expect((await loadCoachingReview('2026-11-25')).weeks[11]!.sessions).toBe(1);
    await deleteSession(s.id);
    expect((await loadCoachingReview('2026-11-25')).weeks[11]!.sessions).toBe(0);
  });
});
