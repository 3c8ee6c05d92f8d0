import type { CoachingSession, Commitment, Deal, Rep } from '../schema/records';
import { effectiveDeal } from '../db/effective-deal';
import { answerText, OUTCOME_LABEL, sessionLabel } from '../session/summary';
import { toCsv } from './escape';

export interface SessionExportRow {
  session: CoachingSession;
  deal: Deal | undefined;
  rep: Rep | undefined;
  notes: string;
  commitments: Commitment[];
}

export const SESSIONS_CSV_HEADER = [
  'Date',
  'Deal',
  'Stage',
  'Rep',
  'Session',
  'Minutes',
  'What the rep wants',
  'Questions asked',
  'Commitments',
  'Notes',
] as const;

/**
 * Ended sessions as a spreadsheet, one row each: for the manager's own
 * reporting. Every cell that holds CRM or typed text is escaped by toCsv,
 * formulas included (a deal named `=HYPERLINK(…)` stays text).
 */
export function sessionsCsv(rows: readonly SessionExportRow[]): string {
  const body = rows.map(({ session: s, deal, rep, notes, commitments }) => {
    const d = deal ? effectiveDeal(deal) : undefined;
    const asked = s.plan
      .filter((p) => p.asked)
      .map((p) => {
        const a = answerText(p.answer, [...p.followUps, ...(p.promptsUsed ?? [])]);
        return a ? `${p.text} — ${a}` : p.text;
      });
    const promises = commitments
      .filter((c) => c.text.trim())
      .map(
        (c) =>
          `${c.text.trim()} (due ${c.dueDate}${c.suggestedBy === 'manager' ? ', suggested by the manager' : ''}; ${OUTCOME_LABEL[c.status]}${c.outcomeNote.trim() ? `: ${c.outcomeNote.trim()}` : ''})`,
      );
    return [
      s.startedAt.slice(0, 10),
      d?.name ?? '',
      d?.stageLabel ?? '',
      rep?.name ?? d?.ownerName ?? '',
      sessionLabel(s),
      s.durationSec === null ? null : Math.round(s.durationSec / 60),
      s.contract.repWants ?? '',
      asked.join('\n'),
      promises.join('\n'),
      notes,
    ];
  });
  return toCsv([[...SESSIONS_CSV_HEADER], ...body]);
}
