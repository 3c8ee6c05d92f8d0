import type { Transaction } from 'dexie';

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
];
