import type { Backup, LegacyBackup } from '../../lib/db/backup';
import { foldNotesIntoSessions } from '../../lib/db/legacy-notes';

/**
 * A manager's database after years of use, as a backup file of today's
 * format (each session holds its running note): deals, reps, sessions and
 * commitments. `notes` counts the notes of the old format, five a session,
 * joined into each session's note. One deal is the demo Salesforce deal A,
 * with an unfinished session, so the panel opens straight to its plan.
 */
type SeedSizes = { deals: number; notes: number; commitments: number; recentSessions?: number };

export function seedBackup(sizes: SeedSizes, today = '2026-11-22'): Backup {
  const legacy = seedLegacyBackup(sizes, today);
  const { notes, ...tables } = legacy.tables;
  return { ...legacy, version: 2, tables: { ...tables, sessions: foldNotesIntoSessions(tables.sessions, notes).sessions } };
}

/** The same data as a format-1 backup (notes in a table of their own), as Sideline wrote before version 3. */
export function seedLegacyBackup(sizes: SeedSizes, today = '2026-11-22'): LegacyBackup {
  const iso = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 3_600_000).toISOString();
  const date = (d: number) => iso(d * 24).slice(0, 10);
  const reps = Array.from({ length: 12 }, (_, i) => ({
    id: `rep-${i}`,
    name: `Rep ${i}`,
    tier: (['top', 'middle', 'bottom'] as const)[i % 3]!,
    tierSetAt: iso(0),
    trust: (['bronze', 'silver', 'gold'] as const)[i % 3]!,
    lastCoachedAt: iso(i * 10),
    createdAt: iso(0),
    updatedAt: iso(0),
  }));
  const deals = Array.from({ length: sizes.deals }, (_, i) => {
    const demo = i === 0;
    const crmDealId = demo ? '0065g00000GlbxAAAH' : `0065g0000${String(i).padStart(6, '0')}AAA`;
    return {
      id: `deal-${i}`,
      key: `salesforce-lightning:acme.lightning.force.com:${crmDealId}`,
      crm: 'salesforce-lightning' as const,
      host: 'acme.lightning.force.com',
      crmDealId,
      url: `https://acme.lightning.force.com/lightning/r/Opportunity/${crmDealId}/view`,
      name: demo ? 'Globex — 500-seat expansion' : `Deal ${i}`,
      stageLabel: 'Needs Analysis',
      amount: 1000 + i,
      currency: 'USD',
      closeDate: date(1000 + (i % 200)),
      ownerName: demo ? 'Dana Reyes' : `Rep ${i % 12}`,
      repId: `rep-${i % 12}`,
      overrides: {},
      stageSince: iso(0),
      firstSeenAt: iso(0),
      lastSeenAt: iso(i),
    };
  });
  const nSessions = Math.max(1, Math.floor(sizes.notes / 5));
  const plan = [{ questionId: 'open-support', text: 'How can I best support you this week?', role: 'opener' as const, reason: 'Opener', followUps: [], asked: true, answer: 'More time with legal' }];
  const sessions = Array.from({ length: nSessions }, (_, i) => ({
    id: `session-${i}`,
    dealId: `deal-${i % sizes.deals}`,
    repId: `rep-${i % 12}`,
    mode: 'quick' as const,
    kind: 'strategic' as const,
    // The demo deal's newest session is unfinished.
    status: i === 0 ? ('active' as const) : ('ended' as const),
    startedAt: i === 0 ? `${today}T09:00:00.000Z` : iso(i % 15000),
    endedAt: i === 0 ? null : iso((i % 15000) + 1),
    durationSec: i === 0 ? null : 600,
    timeBoxMin: 5,
    contract: { what: '', reason: '', importance: '' },
    gap: null,
    plan,
    stage: 'discovery' as const,
    private: true,
    updatedAt: iso(i % 15000),
  })) as LegacyBackup['tables']['sessions'];
  // Two years of sessions up to the real today, five a week, with the measures
  // each keeps when it ends ("Your coaching" reads the last 12 weeks of them).
  // Two years at five a week is 520 (the bench asks for them; small seeds have none).
  const recent = Array.from({ length: sizes.recentSessions ?? 0 }, (_, i) => {
    const endedAt = new Date(Date.now() - (i * 7 * 86_400_000) / 5 - 3_600_000).toISOString();
    return {
      ...sessions[0]!,
      dealId: `deal-${(i * 7) % sizes.deals}`,
      id: `recent-session-${i}`,
      repId: `rep-${i % 12}`,
      status: 'ended' as const,
      startedAt: endedAt,
      endedAt,
      durationSec: 900,
      measures: { questionsAsked: 1 + (i % 4), asks: 3 + (i % 5), tells: i % 4, findings: { directive: i % 4 }, repOwned: 2, managerSuggested: i % 2, kept: 1, missed: i % 2, renegotiated: 0, open: 1 },
    };
  });
  sessions.push(...(recent as typeof sessions));
  const notes = Array.from({ length: sizes.notes }, (_, i) => ({
    id: `note-${i}`,
    sessionId: `session-${i % nSessions}`,
    dealId: `deal-${(i % nSessions) % sizes.deals}`,
    repId: `rep-${(i % nSessions) % 12}`,
    text: `Note ${i}: the rep walked me through the buying committee and what is in the way.`,
    createdAt: iso(i % 15000),
    updatedAt: iso(i % 15000),
  }));
  const commitments = Array.from({ length: sizes.commitments }, (_, i) => ({
    id: `commitment-${i}`,
    sessionId: `session-${i % nSessions}`,
    dealId: `deal-${i % sizes.deals}`,
    // The rep of the session it was made in, as the panel records it (session.repId).
    repId: `rep-${(i % nSessions) % 12}`,
    text: `I will follow up on item ${i}`,
    dueDate: date(600 + (i % 600)),
    followUp: 'Ask me in our 1:1',
    suggestedBy: 'rep' as const,
    // Most are history; a few hundred are open, some overdue.
    status: i % 40 === 0 ? ('open' as const) : ('done' as const),
    outcomeNote: '',
    createdAt: iso(i % 15000),
    updatedAt: iso(i % 15000),
    resolvedAt: i % 40 === 0 ? null : iso(i % 15000),
  }));
  return {
    format: 'sideline.backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    tables: { reps, repLinks: [{ id: 'link-0', crm: 'salesforce-lightning', ownerKey: 'dana reyes', repId: 'rep-0' }], deals, sessions, notes, commitments, stageMappings: [], questionBanks: [], questionStates: [], customSites: [], settings: [] },
  };
}
