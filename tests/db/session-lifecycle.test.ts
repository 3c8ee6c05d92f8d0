import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { upsertDealFromContext, setDealRep } from '../../lib/db/deals';
import { createRep, linkOwnerToRep } from '../../lib/db/reps';
import { coachingLedger, endSession, getActiveSessionForDeal, startSession, appendFollowUp } from '../../lib/db/sessions';
import { addCommitment, resolveCommitment } from '../../lib/db/commitments';
import { saveSessionNote, getSessionNote } from '../../lib/db/notes';
import { loadTodaysAgenda } from '../../lib/db/agenda';
import { saveSettings } from '../../lib/db/settings';
import {
  attachDealHistoryToRep,
  beginSession,
  deleteSession,
  discardSession,
  followUpsForSession,
  repRecord,
  restoreDeletedSession,
} from '../../lib/db/session-lifecycle';
import { loadSessionsForExport } from '../../lib/db/sessions-export';
import type { DealContext } from '../../lib/schema/deal-context';
import { CoachingSessionSchema } from '../../lib/schema/records';

import { dealContext } from '../support/deal-context';

useFreshDb();

const ctx = (over: Partial<DealContext> = {}): DealContext => dealContext({ amount: null, closeDate: null, ...over });

const plan = [{ questionId: 'q1', text: 'How can I best support you?', role: 'opener' as const, reason: 'Opener', followUps: [], asked: false, answer: '' }];

function session(dealId: string, repId: string | null, at: string, begin = true) {
  return startSession({ dealId, repId, mode: 'full', kind: 'strategic', timeBoxMin: 15, stage: 'discovery', plan, begin }, at);
}

const commit = (s: { id: string; dealId: string; repId: string | null }, text: string, dueDate: string) =>
  addCommitment({ sessionId: s.id, dealId: s.dealId, repId: s.repId, text, dueDate, followUp: 'Ask me Monday', suggestedBy: 'rep' });

describe('prepare, then begin', () => {
  it('prepares a plan without starting the clock; Begin starts the time box', async () => {
    const deal = await upsertDealFromContext(ctx());
    const planned = await session(deal.id, null, '2026-11-20T07:00:00.000Z', false);
    expect(planned.status).toBe('planned');
    expect(planned.preparedAt).toBe('2026-11-20T07:00:00.000Z');
    expect((await getActiveSessionForDeal(deal.id))?.id).toBe(planned.id);
    await expect(endSession(planned.id)).rejects.toThrow();
    const begun = await beginSession(planned.id, '2026-11-20T10:00:00.000Z');
    expect(begun.status).toBe('active');
    expect(begun.startedAt).toBe('2026-11-20T10:00:00.000Z');
    const ended = await endSession(planned.id, '2026-11-20T10:12:00.000Z');
    // Hours of preparation are not coaching time: only the time since Begin counts.
    expect(ended.durationSec).toBe(720);
    expect(CoachingSessionSchema.safeParse(ended).success).toBe(true);
  });

  it('puts a prepared session first on today’s agenda, and not among unfinished ones', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const planned = await session(deal.id, rep.id, '2026-11-22T07:00:00.000Z', false);
    const { agenda } = await loadTodaysAgenda('2026-11-22', '2026-11-16T00:00:00.000Z');
    expect(agenda.prepared.map((p) => [p.session.id, p.rep?.name, p.deal?.name])).toEqual([[planned.id, 'Dana Reyes', 'Globex — 500 seats']]);
    expect(agenda.unfinished).toEqual([]);
  });
});

describe('follow-up at the right time', () => {
  it('shows a commitment as a follow-up only from the session after the one it was made in', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const first = await session(deal.id, rep.id, '2026-11-20T10:00:00.000Z');
    await commit(first, 'Map the buying committee', '2026-11-27');
    await commit(first, '', '2026-11-27'); // a draft never written: never a follow-up
    expect(await followUpsForSession(rep.id, first.id)).toEqual([]);
    await endSession(first.id, '2026-11-20T10:15:00.000Z');
    // Prepared a minute later: the next session, so it follows up.
    const next = await session(deal.id, rep.id, '2026-11-20T10:16:00.000Z', false);
    expect((await followUpsForSession(rep.id, next.id)).map((c) => c.text)).toEqual(['Map the buying committee']);
  });

  it('keeps the agenda to the reminder window and to sessions that have ended', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await session(deal.id, rep.id, '2026-11-20T10:00:00.000Z');
    await commit(s, 'Due in two days', '2026-11-24');
    await commit(s, 'Due in five days', '2026-11-27');
    const followUps = async () => (await loadTodaysAgenda('2026-11-22', '2026-11-16T00:00:00.000Z')).agenda.followUps;
    await saveSettings({ reminderDays: 2 });
    // Still in the session where they were made: not follow-ups yet.
    expect(await followUps()).toEqual([]);
    await endSession(s.id, '2026-11-20T10:15:00.000Z');
    expect((await followUps()).map((f) => f.commitment.text)).toEqual(['Due in two days']);
    await saveSettings({ reminderDays: 1 });
    const { agenda } = await loadTodaysAgenda('2026-11-22', '2026-11-16T00:00:00.000Z');
    expect(agenda.followUps).toEqual([]);
    await saveSettings({ reminderDays: 5 });
    const wide = await loadTodaysAgenda('2026-11-22', '2026-11-16T00:00:00.000Z');
    expect(wide.agenda.followUps.map((f) => f.commitment.text)).toEqual(['Due in two days', 'Due in five days']);
  });

  it('keeps the rep’s record: follow-through rate and outcome notes', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await session(deal.id, rep.id, '2026-11-20T10:00:00.000Z');
    const a = await commit(s, 'Send the plan', '2026-11-21');
    const b = await commit(s, 'Call the CFO', '2026-11-21');
    const c = await commit(s, 'Book the demo', '2026-11-21');
    await commit(s, 'Still open', '2026-12-21');
    await resolveCommitment(a.id, 'done', 'Sent Friday', undefined, '2026-11-21T09:00:00.000Z');
    await resolveCommitment(b.id, 'missed', 'CFO on leave', undefined, '2026-11-22T09:00:00.000Z');
    await resolveCommitment(c.id, 'done', '', undefined, '2026-11-23T09:00:00.000Z');
    const r = await repRecord(rep.id);
    expect(r.followThrough).toBeCloseTo(2 / 3);
    expect([r.kept, r.missed, r.open]).toEqual([2, 1, 1]);
    expect(r.outcomes.map((o) => [o.text, o.status, o.outcomeNote])).toEqual([
      ['Book the demo', 'done', ''],
      ['Call the CFO', 'missed', 'CFO on leave'],
      ['Send the plan', 'done', 'Sent Friday'],
    ]);
  });
});

describe('sessions are honest records', () => {
  it('discards an empty session: it does not count in the week or for the rep', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await session(deal.id, rep.id, '2026-11-20T10:00:00.000Z');
    await commit(s, '', '2026-11-27'); // an empty draft
    expect(await discardSession(s.id)).toBe(true);
    expect(await getDb().sessions.count()).toBe(0);
    expect(await getDb().commitments.count()).toBe(0);
    expect((await coachingLedger('2026-11-01T00:00:00.000Z')).sessions).toBe(0);
    expect((await getDb().reps.get(rep.id))?.lastCoachedAt).toBeNull();
  });

  it('refuses to discard a session holding anything the manager wrote', async () => {
    const deal = await upsertDealFromContext(ctx());
    for (const fill of [
      (id: string) => saveSessionNote({ id, dealId: deal.id, repId: null }, 'Heard: legal is slow'),
      (id: string) => appendFollowUp(id, 'q1', 'Tell me more.'),
      (id: string) => commit({ id, dealId: deal.id, repId: null }, 'Call legal', '2026-11-27'),
    ]) {
      const s = await session(deal.id, null, '2026-11-20T10:00:00.000Z');
      await fill(s.id);
      expect(await discardSession(s.id)).toBe(false);
      expect(await getDb().sessions.get(s.id)).toBeDefined();
      await endSession(s.id, '2026-11-20T10:05:00.000Z');
    }
  });

  it('deletes any session with its note and commitments, and Undo brings it all back', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const older = await session(deal.id, rep.id, '2026-11-18T10:00:00.000Z');
    await endSession(older.id, '2026-11-18T10:10:00.000Z');
    const s = await session(deal.id, rep.id, '2026-11-20T10:00:00.000Z');
    await saveSessionNote(s, 'Private note');
    await commit(s, 'Call legal', '2026-11-27');
    await endSession(s.id, '2026-11-20T10:12:00.000Z');
    expect((await getDb().reps.get(rep.id))?.lastCoachedAt).toBe('2026-11-20T10:12:00.000Z');

    const gone = await deleteSession(s.id);
    expect(gone?.session.note?.text).toBe('Private note');
    expect(await getDb().sessions.get(s.id)).toBeUndefined();
    expect(await getSessionNote(s.id)).toBeUndefined();
    expect(await getDb().commitments.where('sessionId').equals(s.id).count()).toBe(0);
    expect((await coachingLedger('2026-11-16T00:00:00.000Z')).sessions).toBe(1);
    expect((await getDb().reps.get(rep.id))?.lastCoachedAt).toBe('2026-11-18T10:10:00.000Z');

    await restoreDeletedSession(gone!);
    expect((await getDb().sessions.get(s.id))?.status).toBe('ended');
    expect((await getSessionNote(s.id))?.text).toBe('Private note');
    expect((await getDb().commitments.where('sessionId').equals(s.id).toArray()).map((c) => c.text)).toEqual(['Call legal']);
    expect((await getDb().reps.get(rep.id))?.lastCoachedAt).toBe('2026-11-20T10:12:00.000Z');
  });

  it('gives a rep linked after the fact the deal’s earlier sessions, notes and commitments', async () => {
    const deal = await upsertDealFromContext(ctx());
    const s = await session(deal.id, null, '2026-11-20T10:00:00.000Z');
    await saveSessionNote(s, 'Held before the rep was known');
    await commit(s, 'Call legal', '2026-11-27');
    await endSession(s.id, '2026-11-20T10:12:00.000Z');
    const dana = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    await linkOwnerToRep('salesforce-lightning', 'Dana Reyes', dana.id);
    await setDealRep(deal.id, dana.id);
    expect((await getDb().sessions.get(s.id))?.repId).toBe(dana.id);
    expect((await getSessionNote(s.id))?.text).toBe('Held before the rep was known');
    expect((await getDb().commitments.where('sessionId').equals(s.id).first())?.repId).toBe(dana.id);
    expect((await getDb().reps.get(dana.id))?.lastCoachedAt).toBe('2026-11-20T10:12:00.000Z');
    expect((await coachingLedger('2026-11-16T00:00:00.000Z')).byRep.get(dana.id)).toBe(720);
  });

  it('never moves a session held with another rep', async () => {
    const deal = await upsertDealFromContext(ctx());
    const priya = await createRep({ name: 'Priya', tier: 'top', trust: 'gold' });
    const s = await session(deal.id, priya.id, '2026-11-20T10:00:00.000Z');
    const dana = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    await attachDealHistoryToRep([deal.id], dana.id);
    expect((await getDb().sessions.get(s.id))?.repId).toBe(priya.id);
  });

  it('exports ended sessions for the CSV, newest first, with their notes and commitments', async () => {
    const deal = await upsertDealFromContext(ctx());
    const a = await session(deal.id, null, '2026-11-18T10:00:00.000Z');
    await endSession(a.id, '2026-11-18T10:05:00.000Z');
    const b = await session(deal.id, null, '2026-11-20T10:00:00.000Z');
    await saveSessionNote(b, 'Note B');
    await commit(b, 'Call legal', '2026-11-27');
    await endSession(b.id, '2026-11-20T10:05:00.000Z');
    await session(deal.id, null, '2026-11-21T10:00:00.000Z'); // still going: not exported
    const rows = await loadSessionsForExport();
    expect(rows.map((r) => [r.session.id, r.notes, r.commitments.map((c) => c.text)])).toEqual([
      [b.id, 'Note B', ['Call legal']],
      [a.id, '', []],
    ]);
  });
});
