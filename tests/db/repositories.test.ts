import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { effectiveDeal, setDealOverride, upsertDealFromContext } from '../../lib/db/deals';
import { createRep, findRepIdForOwner, linkOwnerToRep } from '../../lib/db/reps';
import { coachingLedger, endSession, getActiveSessionForDeal, mutatePlan, startSession } from '../../lib/db/sessions';
import { addCommitment, openCommitmentsForRep, resolveCommitment } from '../../lib/db/commitments';
import { loadTodaysAgenda, weekStartIso } from '../../lib/db/agenda';
import { recordDealVisit } from '../../lib/db/deal-visit';
import { getSessionNote, saveSessionNote } from '../../lib/db/notes';
import { getSettings, saveSettings } from '../../lib/db/settings';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { parseSettings } from '../../lib/schema/records';
import type { DealContext } from '../../lib/schema/deal-context';

import { dealContext } from '../support/deal-context';
import { commitmentWherever } from '../support/commitment-wherever';

useFreshDb();

const ctx = (over: Partial<DealContext> = {}): DealContext => dealContext(over);

async function newSession(dealId: string, repId: string | null, startedAt = '2026-11-20T10:00:00.000Z') {
  return startSession(
    {
      dealId,
      repId,
      mode: 'quick',
      kind: 'strategic',
      timeBoxMin: 5,
      stage: 'discovery',
      plan: [{ questionId: 'q1', text: 'How can I best support you on this deal?', role: 'opener', reason: 'Start with the person', followUps: [], asked: false, answer: '' }],
    },
    startedAt,
  );
}

describe('deals', () => {
  it('coaches a deal as its corrected owner: linked to that owner’s rep, or asked again for a new name', async () => {
    const dana = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'silver' });
    await linkOwnerToRep('salesforce-lightning', 'Dana Reyes', dana.id);
    const deal = await upsertDealFromContext(ctx({ owner: { value: 'Priya Natarajan', source: 'test' } }));
    expect(deal.repId).toBeNull();
    await setDealOverride(deal.id, 'owner', 'Dana Reyes');
    expect((await getDb().deals.get(deal.id))?.repId).toBe(dana.id);
    await setDealOverride(deal.id, 'owner', 'Someone New');
    expect((await getDb().deals.get(deal.id))?.repId).toBeNull();
    // Other corrections leave the rep alone.
    await setDealOverride(deal.id, 'owner', 'Dana Reyes');
    await setDealOverride(deal.id, 'amount', 5000);
    expect((await getDb().deals.get(deal.id))?.repId).toBe(dana.id);
  });

  it('opens a deal in one call: recorded once, with its unfinished session to resume', async () => {
    const first = await recordDealVisit(ctx());
    expect(first.active).toBeNull();
    expect(first.deal.name).toBe('Globex — 500 seats');
    const session = await newSession(first.deal.id, null);
    const again = await recordDealVisit(ctx({ stage: { value: 'Proposal', source: 'test' } }));
    expect(again.deal.id).toBe(first.deal.id);
    expect(again.deal.stageLabel).toBe('Proposal');
    expect(again.active?.id).toBe(session.id);
    await endSession(session.id);
    expect((await recordDealVisit(ctx())).active).toBeNull();
  });

  it('keeps the manager’s correction when the page is read again', async () => {
    const deal = await upsertDealFromContext(ctx({ amount: null }));
    await setDealOverride(deal.id, 'amount', 90000);
    const again = await upsertDealFromContext(ctx({ amount: null }));
    expect(again.id).toBe(deal.id);
    expect(effectiveDeal(again).amount).toBe(90000);
  });

  it('remembers since when the stage has not changed', async () => {
    const first = await upsertDealFromContext(ctx(), '2026-11-01T00:00:00.000Z');
    const same = await upsertDealFromContext(ctx(), '2026-11-10T00:00:00.000Z');
    expect(same.stageSince).toBe(first.stageSince);
    const moved = await upsertDealFromContext(ctx({ stage: { value: 'Proposal/Price Quote', source: 't' } }), '2026-11-12T00:00:00.000Z');
    expect(moved.stageSince).toBe('2026-11-12T00:00:00.000Z');
  });

  it('keeps a field seen before when the page does not show it this time', async () => {
    await upsertDealFromContext(ctx());
    const again = await upsertDealFromContext(ctx({ owner: null }));
    expect(again.ownerName).toBe('Dana Reyes');
  });
});

describe('reps', () => {
  it('links an owner name to a rep once per CRM, for every deal they own', async () => {
    const a = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    await linkOwnerToRep('salesforce-lightning', '  dana   REYES ', rep.id);
    expect((await getDb().deals.get(a.id))?.repId).toBe(rep.id);
    const b = await upsertDealFromContext(ctx({ dealId: '006000000000002AAA' }));
    expect(b.repId).toBe(rep.id);
    expect(await findRepIdForOwner('hubspot', 'Dana Reyes')).toBeUndefined();
  });
});

describe('sessions', () => {
  it('resumes the unfinished session on a deal and puts an ended one in the coaching-time ledger', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await newSession(deal.id, rep.id);
    expect((await getActiveSessionForDeal(deal.id))?.id).toBe(s.id);
    await endSession(s.id, '2026-11-20T10:07:30.000Z');
    expect(await getActiveSessionForDeal(deal.id)).toBeUndefined();
    const ledger = await coachingLedger('2026-11-16T00:00:00.000Z');
    expect(ledger.totalSec).toBe(450);
    expect(ledger.byRep.get(rep.id)).toBe(450);
    expect((await getDb().reps.get(rep.id))?.lastCoachedAt).toBe('2026-11-20T10:07:30.000Z');
  });

  it('applies two quick plan edits without one overwriting the other', async () => {
    const deal = await upsertDealFromContext(ctx());
    const s = await newSession(deal.id, null);
    await Promise.all([
      mutatePlan(s.id, (p) => p.map((i) => ({ ...i, answer: 'More time with the champion' }))),
      mutatePlan(s.id, (p) => p.map((i) => ({ ...i, asked: true }))),
    ]);
    const [item] = (await getDb().sessions.get(s.id))!.plan;
    expect(item).toMatchObject({ asked: true, answer: 'More time with the champion' });
  });

  it('keeps one running note per session', async () => {
    const deal = await upsertDealFromContext(ctx());
    const s = await newSession(deal.id, null);
    await saveSessionNote(s, 'first');
    await saveSessionNote(s, 'first, then more');
    expect((await getSessionNote(s.id))?.text).toBe('first, then more');
    expect((await getDb().sessions.get(s.id))?.note?.text).toBe('first, then more');
  });
});

describe('commitments and the agenda', () => {
  it('shows overdue and due-today commitments first, and drops them once followed up', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await newSession(deal.id, rep.id);
    const base = { sessionId: s.id, dealId: deal.id, repId: rep.id, followUp: 'Ask me Monday', suggestedBy: 'rep' as const };
    const overdue = await addCommitment({ ...base, text: 'Send the mutual plan', dueDate: '2026-11-18' });
    await addCommitment({ ...base, text: 'Meet the CFO', dueDate: '2026-11-22' });
    await addCommitment({ ...base, text: 'Far away', dueDate: '2027-01-30' });
    // Follow-ups come from the session after: the one they were made in has ended.
    await endSession(s.id, '2026-11-20T10:10:00.000Z');

    await saveSettings({ reminderDays: 0 });
    const loadAgenda = async (today: string) => (await loadTodaysAgenda(today, weekStartIso(today))).agenda;
    let agenda = await loadAgenda('2026-11-22');
    expect(agenda.followUps.map((f) => [f.commitment.text, f.overdue])).toEqual([
      ['Send the mutual plan', true],
      ['Meet the CFO', false],
    ]);
    expect(agenda.followUps[0]!.rep?.name).toBe('Dana Reyes');
    // The deal shows on the rep's row (a follow-up's row names the rep, not the deal).
    expect(agenda.repRows?.find((r) => r.rep.id === rep.id)?.deal?.name).toBe('Globex — 500 seats');

    await resolveCommitment(overdue.id, 'done', 'Sent on Friday');
    agenda = await loadAgenda('2026-11-22');
    expect(agenda.followUps.map((f) => f.commitment.text)).toEqual(['Meet the CFO']);
  });

  it('keeps a renegotiated commitment on the agenda at its new date, still the rep’s', async () => {
    const deal = await upsertDealFromContext(ctx());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await newSession(deal.id, rep.id);
    const c = await addCommitment({ sessionId: s.id, dealId: deal.id, repId: rep.id, text: 'Book the demo', dueDate: '2026-11-18', followUp: '', suggestedBy: 'rep' });
    await resolveCommitment(c.id, 'renegotiated', 'Client on holiday', '2026-12-02');
    const open = await openCommitmentsForRep(rep.id);
    expect(open.map((x) => [x.text, x.dueDate])).toEqual([['Book the demo', '2026-12-02']]);
    expect((await commitmentWherever(c.id))?.status).toBe('renegotiated');
  });
});

describe('settings', () => {
  it('falls back to the default for one bad field without losing the others', async () => {
    expect(parseSettings({ stageQuestionCount: 99, defaultTimeBoxMin: 25 })).toMatchObject({ stageQuestionCount: 4, defaultTimeBoxMin: 25 });
    await getDb().settings.put({ id: 'settings', stageQuestionCount: 'five', reminderDays: 3 });
    expect(await getSettings()).toMatchObject({ stageQuestionCount: 4, reminderDays: 3 });
    await saveSettings({ stageQuestionCount: 5 });
    expect(await getSettings()).toMatchObject({ stageQuestionCount: 5, reminderDays: 3 });
  });
});

describe('backup', () => {
  it('restores everything an export holds, and refuses a damaged file without changing anything', async () => {
    const deal = await upsertDealFromContext(ctx());
    const s = await newSession(deal.id, null);
    await saveSessionNote(s, 'Private: rep is worried about quota.');
    const backup = await exportBackup();
    await getDb().delete();
    await getDb().open();

    const bad = structuredClone(backup) as unknown as { tables: { sessions: Array<{ note: { text: unknown } }> } };
    bad.tables.sessions[0]!.note.text = 42;
    const refused = await restoreBackup(JSON.stringify(bad));
    expect(refused.ok).toBe(false);
    expect(await getDb().deals.count()).toBe(0);

    const restored = await restoreBackup(JSON.stringify(backup));
    expect(restored).toMatchObject({ ok: true, records: 2 });
    expect((await getSessionNote(s.id))?.text).toBe('Private: rep is worried about quota.');
    expect(await restoreBackup('not json')).toEqual({
      ok: false,
      errors: ['This file is not a Sideline backup: it is not JSON, the format Sideline saves, so it cannot be read.'],
    });
  });
});

describe('restoring over existing data', () => {
  it('replaces a deal recorded here under another id, instead of failing', async () => {
    const here = await upsertDealFromContext(ctx());
    const backup = await exportBackup();
    backup.tables.deals[0] = { ...backup.tables.deals[0]!, id: 'from-another-browser', name: 'Restored name' };
    await getDb().deals.update(here.id, { name: 'Local name' });
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, records: 1, repointed: 1 });
    const deals = await getDb().deals.toArray();
    expect(deals.map((d) => [d.id, d.name])).toEqual([['from-another-browser', 'Restored name']]);
  });
});
