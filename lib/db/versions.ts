import type { Transaction } from 'dexie';
import type { CoachingSession, Note } from '../schema/records';
import { foldNotesIntoSessions } from './legacy-notes';

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
];
