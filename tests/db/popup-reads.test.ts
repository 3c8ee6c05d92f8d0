import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { loadTodaysAgenda, weekStartIso } from '../../lib/db/agenda';
import { addDays } from '../../lib/dates';
import { coachingLedger } from '../../lib/db/sessions';
import { saveSettings } from '../../lib/db/settings';
import { SETTINGS_RANGES, SettingsFields, parseSettings, type Commitment, type Settings } from '../../lib/schema/records';

useFreshDb();

function commitment(i: number, dueDate: string, status: Commitment['status'] = 'open'): Commitment {
  return {
    id: `c-${String(i).padStart(3, '0')}`,
    sessionId: 's1',
    dealId: `d-${i % 3}`,
    repId: 'r1',
    text: `Promise ${i}`,
    dueDate,
    followUp: '',
    suggestedBy: 'rep',
    status,
    outcomeNote: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    resolvedAt: null,
  };
}

describe("the popup's agenda read", () => {
  it('shows the same follow-ups as a read of the reminder window alone, past the 50-row limit and at both ends of the window', async () => {
    const today = '2026-11-23';
    const rows: Commitment[] = [];
    // 40 overdue, 30 due within the next 3 days, 30 due 4–14 days out, some closed ones in between.
    for (let i = 0; i < 40; i++) rows.push(commitment(i, `2026-11-${String(1 + (i % 22)).padStart(2, '0')}`));
    for (let i = 40; i < 70; i++) rows.push(commitment(i, `2026-11-${23 + (i % 4)}`));
    for (let i = 70; i < 100; i++) rows.push(commitment(i, `2026-${i % 2 ? '11-30' : '12-07'}`));
    for (let i = 100; i < 110; i++) rows.push(commitment(i, '2026-11-20', 'done'));
    await getDb().commitments.bulkPut(rows);
    await getDb().reps.put({ id: 'r1', name: 'Sam', tier: 'middle', tierSetAt: today, trust: 'gold', lastCoachedAt: null, createdAt: today, updatedAt: today });

    for (const reminderDays of [0, 3, 14]) {
      await saveSettings({ reminderDays });
      const { agenda } = await loadTodaysAgenda(today, weekStartIso(today));
      // What a read of that window alone gives: open, due by the window's last day, earliest first, 50 at most.
      const last = addDays(today, reminderDays);
      const alone = rows
        .filter((c) => c.status === 'open' && c.dueDate <= last)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))
        .slice(0, 50);
      expect(agenda.followUps.map((f) => f.commitment.id), `reminderDays ${reminderDays}`).toEqual(alone.map((c) => c.id));
      expect(agenda.followUps.length).toBeLessThanOrEqual(50);
      expect(agenda.followUps.every((f) => f.commitment.status === 'open')).toBe(true);
    }
    // With no window, the 40 overdue and the due-today ones fill the list; with 14 days, the limit is reached.
    await saveSettings({ reminderDays: 14 });
    expect((await loadTodaysAgenda(today, weekStartIso(today))).agenda.followUps).toHaveLength(50);
  });

  it('reads only the deals the popup shows: none for follow-ups, whose rows name the rep, one for the rep’s row', async () => {
    const today = '2026-11-23';
    // 30 overdue follow-ups on 30 different deals, all Sam's.
    const rows = Array.from({ length: 30 }, (_, i) => ({ ...commitment(i, '2026-11-10'), dealId: `deal-${i}` }));
    await getDb().commitments.bulkPut(rows);
    await getDb().reps.put({ id: 'r1', name: 'Sam', tier: 'middle', tierSetAt: today, trust: 'gold', lastCoachedAt: null, createdAt: today, updatedAt: today });
    const read: string[] = [];
    const deals = getDb().deals;
    const bulkGet = deals.bulkGet.bind(deals);
    deals.bulkGet = ((ids: string[]) => (read.push(...ids), bulkGet(ids))) as typeof deals.bulkGet;
    try {
      const { agenda } = await loadTodaysAgenda(today, weekStartIso(today));
      expect(agenda.followUps).toHaveLength(30);
      // Sam's row coaches on the deal of Sam's oldest-due open commitment: the one deal read.
      expect(read).toEqual([agenda.repRows![0]!.openCommitment!.dealId]);
    } finally {
      deals.bulkGet = bulkGet;
    }
  });

  it('gives each rep’s row their oldest-due open commitment put into words, whether it is among the follow-ups or due long after', async () => {
    const today = '2026-11-23';
    const rep = (id: string, name: string) => ({ id, name, tier: 'middle' as const, tierSetAt: today, trust: 'gold' as const, lastCoachedAt: null, createdAt: today, updatedAt: today });
    await getDb().reps.bulkPut([rep('r1', 'Sam'), rep('r2', 'Ravi'), rep('r3', 'Lee')]);
    const rows: Commitment[] = [
      // Sam: the oldest is still blank (not put into words yet), the next one counts; all among the follow-ups.
      { ...commitment(1, '2026-11-02'), text: '  ' },
      commitment(2, '2026-11-05'),
      commitment(3, '2026-11-04', 'done'),
      commitment(4, '2026-11-09'),
      // Ravi: nothing due for months, far past the follow-ups' window.
      { ...commitment(5, '2027-03-01'), repId: 'r2' },
      { ...commitment(6, '2027-02-01'), repId: 'r2' },
      // Lee: only a blank one among the follow-ups, the one put into words due later.
      { ...commitment(7, '2026-11-03'), repId: 'r3', text: '' },
      { ...commitment(8, '2027-01-15'), repId: 'r3' },
    ];
    // Other reps' open commitments due earlier, nearly filling the 50 follow-ups read first.
    for (let i = 10; i < 55; i++) rows.push({ ...commitment(i, '2026-11-01'), repId: 'r9' });
    await getDb().commitments.bulkPut(rows);
    const { agenda } = await loadTodaysAgenda(today, weekStartIso(today));
    const open = Object.fromEntries(agenda.repRows!.map((r) => [r.rep.name, r.openCommitment?.id]));
    expect(open).toEqual({ Sam: 'c-002', Ravi: 'c-006', Lee: 'c-008' });
  });

  it('counts this week’s coaching time like the ledger', async () => {
    const today = '2026-11-25';
    const since = weekStartIso(today);
    const session = (id: string, endedAt: string, durationSec: number) => ({
      id, dealId: 'd1', repId: 'r1', mode: 'quick' as const, kind: 'strategic' as const, status: 'ended' as const,
      startedAt: endedAt, endedAt, durationSec, timeBoxMin: 5, contract: { what: '', reason: '', importance: '' },
      gap: null, plan: [], stage: null, private: true, updatedAt: endedAt,
    });
    await getDb().sessions.bulkPut([session('old', '2026-11-01T10:00:00.000Z', 900), session('a', '2026-11-24T10:00:00.000Z', 600), session('b', '2026-11-25T09:00:00.000Z', 300)]);
    const { ledger } = await loadTodaysAgenda(today, since);
    // The same figures; per rep as a plain object, since the popup gets it in a message.
    const direct = await coachingLedger(since);
    expect(ledger).toEqual({ ...direct, byRep: Object.fromEntries(direct.byRep) });
    expect(ledger.sessions).toBe(2);
    expect(ledger.totalSec).toBe(900);
  });
});

describe('settings checks', () => {
  it('accept and refuse exactly what the options form’s zod checks do', () => {
    const values: unknown[] = [-1, 0, 1, 2, 2.5, 3, 4, 5, 6, 14, 15, 16, 120, 121, NaN, Infinity, '4', null, undefined, true, {}];
    for (const key of Object.keys(SETTINGS_RANGES) as Array<keyof Settings>) {
      for (const v of values) {
        const viaZod = SettingsFields[key].safeParse(v).success;
        expect(parseSettings({ [key]: v })[key] === v, `${key} = ${String(v)}`).toBe(viaZod);
      }
    }
  });
});
