import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/setup';
import { getDb } from '../../lib/db/database';
import { loadTodaysAgenda, weekStartIso } from '../../lib/db/agenda';
import { snoozeCommitment } from '../../lib/db/commitments';
import type { Commitment } from '../../lib/schema/records';
import { deal, endedSession, put, rep } from './fixtures';

useFreshDb();

const TODAY = '2026-11-25';

function commitment(id: string, repId: string, dealId: string, dueDate: string, extra: Partial<Commitment> = {}): Commitment {
  return {
    id, sessionId: 'old', dealId, repId, text: `Promise ${id}`, dueDate, followUp: '', suggestedBy: 'rep', status: 'open', outcomeNote: '',
    createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', resolvedAt: null, ...extra,
  };
}

describe('the agenda says who to coach and about what', () => {
  it('shows each rep’s deal, stage, open commitment or last gap and a focus, and puts reps coached today last', async () => {
    const coachedToday = new Date(`${TODAY}T09:00:00`).toISOString();
    await put({
      reps: [
        rep('mid', 'middle', { name: 'Mia' }),
        rep('top', 'top', { name: 'Tom' }),
        rep('done', 'middle', { name: 'Dora', lastCoachedAt: coachedToday }),
      ],
      deals: [
        deal('mid-old', 'mid', '2026-10-01T00:00:00.000Z'),
        deal('mid-new', 'mid', '2026-11-20T00:00:00.000Z', { stageLabel: 'Proposal sent', overrides: { name: 'Globex renewal' } }),
        deal('top-1', 'top', '2026-11-10T00:00:00.000Z'),
        deal('done-1', 'done', '2026-11-10T00:00:00.000Z'),
      ],
      sessions: [
        endedSession('gap', 'top', '2026-11-18T10:00:00.000Z', 600, { dealId: 'top-1', gap: { current: 'Single-threaded', desired: 'Three contacts', cause: 'skill' } }),
      ],
    });
    await getDb().commitments.put(commitment('c1', 'done', 'done-1', '2026-11-24'));
    const { agenda } = await loadTodaysAgenda(TODAY, weekStartIso(TODAY));
    const rows = agenda.repRows!;
    expect(rows.map((r) => r.rep.name)).toEqual(['Mia', 'Tom', 'Dora']);
    expect(rows[0]).toMatchObject({ stage: 'Proposal sent', lastGap: '', coachedToday: false });
    expect(rows[0]!.deal?.id, 'the deal seen last in the CRM').toBe('mid-new');
    expect(rows[0]!.focus).toMatch(/person/);
    expect(rows[1]).toMatchObject({ lastGap: 'Single-threaded → Three contacts' });
    expect(rows[1]!.focus).toMatch(/^Last gap \(Skill\): practise one behaviour together$/);
    expect(rows[2]).toMatchObject({ coachedToday: true });
    expect(rows[2]!.openCommitment?.id).toBe('c1');
    expect(rows[2]!.deal?.id, 'the open commitment’s deal').toBe('done-1');
    expect(rows[2]!.focus).toMatch(/Follow up/);
  });

  it('Snooze brings a follow-up back tomorrow, still open', async () => {
    await put({ reps: [rep('r1', 'middle')] });
    await getDb().commitments.put(commitment('c1', 'r1', 'd1', '2026-11-24'));
    await snoozeCommitment('c1', '2026-11-26');
    const c = await getDb().commitments.get('c1');
    expect(c).toMatchObject({ status: 'open', dueDate: '2026-11-26' });
    const { agenda } = await loadTodaysAgenda(TODAY, weekStartIso(TODAY));
    await getDb().settings.put({ id: 'settings', reminderDays: 0 });
    const later = await loadTodaysAgenda(TODAY, weekStartIso(TODAY));
    expect(agenda.followUps.map((f) => f.commitment.id)).toEqual(['c1']); // within the 2-day reminder window
    expect(later.agenda.followUps).toEqual([]);
  });
});
