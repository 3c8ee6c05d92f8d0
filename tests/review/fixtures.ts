import { getDb } from '../../lib/db/database';
import type { CoachingSession, Deal, Rep } from '../../lib/schema/records';

export const T0 = '2026-11-01T00:00:00.000Z';

export function rep(id: string, tier: Rep['tier'], extra: Partial<Rep> = {}): Rep {
  return { id, name: `Rep ${id}`, tier, tierSetAt: T0, trust: 'silver', lastCoachedAt: null, createdAt: T0, updatedAt: T0, ...extra };
}

export function deal(id: string, repId: string | null, lastSeenAt: string, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    key: `hubspot:app.hubspot.com:${id}`,
    crm: 'hubspot',
    host: 'app.hubspot.com',
    crmDealId: id,
    url: `https://app.hubspot.com/contacts/1/record/0-3/${id}`,
    name: `Deal ${id}`,
    stageLabel: 'Discovery call',
    amount: 1000,
    currency: 'USD',
    closeDate: '2027-01-31',
    ownerName: 'Owner',
    repId,
    overrides: {},
    stageSince: T0,
    firstSeenAt: T0,
    lastSeenAt,
    ...extra,
  };
}

/** An ended session as a past version of Sideline (or a test) stored it. */
export function endedSession(id: string, repId: string | null, endedAt: string, durationSec: number, extra: Partial<CoachingSession> = {}): CoachingSession {
  return {
    id,
    dealId: 'd1',
    repId,
    mode: 'full',
    kind: 'strategic',
    status: 'ended',
    startedAt: endedAt,
    preparedAt: null,
    endedAt,
    durationSec,
    timeBoxMin: 15,
    contract: { what: '', reason: '', importance: '', repWants: '' },
    gap: null,
    plan: [],
    stage: 'discovery',
    private: true,
    updatedAt: endedAt,
    ...extra,
  };
}

export async function put(tables: { reps?: Rep[]; deals?: Deal[]; sessions?: CoachingSession[] }) {
  const db = getDb();
  if (tables.reps) await db.reps.bulkPut(tables.reps);
  if (tables.deals) await db.deals.bulkPut(tables.deals);
  if (tables.sessions) await db.sessions.bulkPut(tables.sessions);
}
