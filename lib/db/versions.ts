import type { Transaction } from 'dexie';
import { TEXT_LIMITS as L, clip } from '../schema/limits';
import type { CoachingSession, Commitment, Note } from '../schema/records';
import { placeCommitments } from './resolved-commitments';
import { foldNotesIntoSessions } from './legacy-notes';
import { backfillSessionMeasures } from './measures-backfill';
import { settleStoredRepTiers } from './rep-tier-set';
import { INDEX_FIELDS } from './index-fields';

/**
 * Every schema the database has ever had, oldest first, kept forever. A change
 * is a new entry with an upgrade that loses nothing, plus a test in
 * tests/db/migrations.test.ts that opens the previous version with data.
 * Primary keys are string UUIDs (first key without `++`), for Dexie Cloud.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      reps: 'id, name, lastCoachedAt',
      repLinks: 'id, &[crm+ownerKey], repId',
      deals: 'id, &key, repId, lastSeenAt',
      sessions: 'id, status, [dealId+startedAt], [repId+startedAt], endedAt',
      notes: 'id, sessionId, [dealId+createdAt], updatedAt',
      commitments: 'id, sessionId, dealId, [status+dueDate], [repId+dueDate]',
      stageMappings: 'id, &[crm+label]',
      questionBanks: 'id',
      questionStates: 'id',
      customSites: 'id',
      settings: 'id',
    },
  },
  {
    // Open commitments by rep through one index holding the status (the panel
    // reads them on every open), instead of all the rep's commitments filtered.
    version: 2,
    stores: {
      commitments: 'id, sessionId, dealId, [status+dueDate], [repId+status+dueDate]',
    },
    upgrade: repairVersion1Writes,
  },
  {
    // Each session's running note moves inside the session record: a restore
    // writes 35,000 records instead of 85,000 at the bench's data. Touches
    // only sessions and notes, so it stands on any version before it.
    version: 3,
    stores: { notes: null },
    upgrade: async (tx) => {
      const notes = (await tx.table('notes').toArray()) as Note[];
      if (!notes.length) return;
      const sessionIds = [...new Set(notes.map((n) => n.sessionId))];
      const sessions = ((await tx.table('sessions').bulkGet(sessionIds)) as Array<CoachingSession | undefined>).filter(
        (s): s is CoachingSession => !!s,
      );
      const { changed, recovered } = foldNotesIntoSessions(sessions, notes);
      await tx.table('sessions').bulkPut([...changed, ...recovered]);
    },
  },
  {
    // Each ended session keeps the measures of the manager's own coaching
    // ("Your coaching"): sessions ended before this version get them here, once.
    // The review reads sessions through the endedAt index.
    version: 4,
    // The popup's agenda finds each rep's latest deal through [repId+lastSeenAt].
    stores: { deals: 'id, &key, repId, lastSeenAt, [repId+lastSeenAt]' },
    upgrade: backfillSessionMeasures,
  },
  {
    // Each rep records whether the manager chose their tier (tierSetAt); reps
    // without one are flagged for review and their time is not counted as a
    // tier. No index changes; stored reps get tierSetAt by the rule in
    // lib/db/rep-tier-set.ts (the same one a restore of an older backup uses).
    version: 5,
    stores: {},
    upgrade: settleStoredRepTiers,
  },
  {
    // Fewer index entries, so a restore writes less (each costs Chromium's
    // IndexedDB about 17 µs): deals lose repId and lastSeenAt ([repId+lastSeenAt]
    // serves both reads); open commitments by due date and by deal, and
    // unfinished sessions by status, are read through indexes that hold only
    // the records those reads want (openDue, pendingDealId, openStatus:
    // lib/db/index-fields.ts derives them on every write and keeps them out of
    // every read, export and backup). Stored records get them here.
    version: 6,
    stores: {
      deals: 'id, &key, [repId+lastSeenAt]',
      sessions: 'id, openStatus, [dealId+startedAt], [repId+startedAt], endedAt',
      commitments: 'id, sessionId, pendingDealId, openDue, [repId+status+dueDate]',
    },
    upgrade: async (tx) => {
      for (const table of ['commitments', 'sessions'] as const) {
        const fields = INDEX_FIELDS[table];
        await tx
          .table(table)
          .toCollection()
          .filter((r: Record<string, unknown>) => fields.some(({ of }) => of(r) !== undefined))
          .modify((r: Record<string, unknown>) => {
            for (const { field, of } of fields) if (of(r) !== undefined) r[field] = of(r);
          });
      }
    },
  },
  {
    // Followed-up commitments move inside the record of the session they were
    // made in (lib/db/resolved-commitments.ts): a restore of the bench's
    // backup writes 16,000 records instead of 35,500. No index changes: open
    // commitments stay in the table, read by index as before.
    version: 7,
    stores: {},
    upgrade: moveResolvedCommitmentsIntoSessions,
  },
];

/** Version 7's upgrade: every followed-up commitment whose session can hold it goes inside it, 1,000 sessions at a time. */
async function moveResolvedCommitmentsIntoSessions(tx: Transaction): Promise<void> {
  const resolved = (await tx
    .table('commitments')
    .filter((c: Commitment) => c.status !== 'open')
    .toArray()) as Commitment[];
  if (!resolved.length) return;
  const bySession = new Map<string, Commitment[]>();
  for (const c of resolved) bySession.set(c.sessionId, [...(bySession.get(c.sessionId) ?? []), c]);
  const ids = [...bySession.keys()];
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    const sessions = ((await tx.table('sessions').bulkGet(part)) as Array<CoachingSession | undefined>).filter((s): s is CoachingSession => !!s);
    const placed = placeCommitments(
      sessions,
      sessions.flatMap((s) => bySession.get(s.id)!),
    );
    const moved = placed.sessions.filter((s) => placed.changed.has(s.id));
    const inside = new Set(moved.flatMap((s) => (s.resolvedCommitments ?? []).map((c) => c.id)));
    await tx.table('sessions').bulkPut(moved);
    await tx.table('commitments').bulkDelete([...inside]);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Version 1 stored updates unchecked, so a database may hold records its own
 * backup cannot restore: a commitment due 'not-a-date', text past its limit,
 * a CRM owner name too long for its rep link. Repair them once, keeping all
 * that fits (text is cut at its limit): a bad due date becomes the day the
 * commitment was made.
 */
async function repairVersion1Writes(tx: Transaction): Promise<void> {
  await tx
    .table('commitments')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      if (typeof c.dueDate !== 'string' || !ISO_DATE.test(c.dueDate)) c.dueDate = String(c.createdAt ?? '').slice(0, 10);
      if (typeof c.dueDate !== 'string' || !ISO_DATE.test(c.dueDate)) c.dueDate = new Date().toISOString().slice(0, 10);
      for (const [field, max] of [['text', L.commitmentText], ['followUp', L.commitmentFollowUp], ['outcomeNote', L.outcomeNote]] as const) {
        if (typeof c[field] === 'string') c[field] = clip(c[field] as string, max);
      }
    });
  await tx
    .table('sessions')
    .toCollection()
    .modify((s: Record<string, unknown>) => {
      const cut = (o: unknown, fields: string[], max: number) => {
        if (!o || typeof o !== 'object') return;
        for (const f of fields) {
          const v = (o as Record<string, unknown>)[f];
          if (typeof v === 'string' && v.length > max) (o as Record<string, unknown>)[f] = clip(v, max);
        }
      };
      cut(s.contract, ['what', 'reason', 'importance'], L.contractField);
      cut(s.gap, ['current', 'desired'], L.contractField);
      if (Array.isArray(s.plan)) for (const item of s.plan) cut(item, ['answer'], L.answer);
    });
  // Owner keys are unique per CRM: a clipped key that another link already has gives way to it.
  const links = (await tx.table('repLinks').toArray()) as Array<{ id: string; crm: string; ownerKey: string }>;
  const taken = new Set(links.filter((l) => l.ownerKey.length <= L.ownerKey).map((l) => `${l.crm}\n${l.ownerKey}`));
  for (const l of links.filter((x) => x.ownerKey.length > L.ownerKey)) {
    const key = clip(l.ownerKey, L.ownerKey);
    if (taken.has(`${l.crm}\n${key}`)) await tx.table('repLinks').delete(l.id);
    else {
      taken.add(`${l.crm}\n${key}`);
      await tx.table('repLinks').update(l.id, { ownerKey: key });
    }
  }
  await tx
    .table('notes')
    .toCollection()
    .modify((n: Record<string, unknown>) => {
      if (typeof n.text === 'string' && n.text.length > L.note) n.text = clip(n.text, L.note);
    });
}
