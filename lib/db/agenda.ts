import { getDb } from './database';
import { openCommitmentsDueBy } from './commitments';
import type { CoachingSession, Commitment, Deal, Rep } from '../schema/records';

export interface AgendaCommitment {
  commitment: Commitment;
  rep: Rep | undefined;
  deal: Deal | undefined;
  overdue: boolean;
}

export interface Agenda {
  /** Open commitments due today or earlier (overdue first), or within the reminder window. */
  followUps: AgendaCommitment[];
  /** Sessions started and not ended: pick them up where they stopped. */
  unfinished: Array<{ session: CoachingSession; rep: Rep | undefined; deal: Deal | undefined }>;
  /** Reps to coach next: middle performers first (they gain the most), then longest since coached. */
  toCoach: Rep[];
}

function addDays(dateIso: string, days: number): string {
  const d = new Date(`${dateIso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const TIER_ORDER = { middle: 0, bottom: 1, top: 2 } as const;

/**
 * Today's coaching agenda. Every read goes through an index, so it stays fast
 * at tens of thousands of notes and commitments.
 */
export async function loadAgenda(todayIso: string, reminderDays: number): Promise<Agenda> {
  const db = getDb();
  const [due, active, reps] = await Promise.all([
    openCommitmentsDueBy(addDays(todayIso, reminderDays), 50),
    db.sessions.where('status').equals('active').limit(20).toArray(),
    db.reps.toArray(),
  ]);
  const repById = new Map(reps.map((r) => [r.id, r]));
  const dealIds = [...new Set([...due.map((c) => c.dealId), ...active.map((s) => s.dealId)])];
  const deals = await db.deals.bulkGet(dealIds);
  const dealById = new Map(deals.filter((d): d is Deal => !!d).map((d) => [d.id, d]));

  const followUps = due
    .map((c) => ({
      commitment: c,
      rep: c.repId ? repById.get(c.repId) : undefined,
      deal: dealById.get(c.dealId),
      overdue: c.dueDate < todayIso,
    }))
    .sort((a, b) => a.commitment.dueDate.localeCompare(b.commitment.dueDate));

  const unfinished = active
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((s) => ({ session: s, rep: s.repId ? repById.get(s.repId) : undefined, deal: dealById.get(s.dealId) }));

  const toCoach = [...reps]
    .sort(
      (a, b) =>
        TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || (a.lastCoachedAt ?? '').localeCompare(b.lastCoachedAt ?? ''),
    )
    .slice(0, 5);

  return { followUps, unfinished, toCoach };
}
