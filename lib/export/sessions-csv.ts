import type { CoachingSession, Commitment, Deal, Rep } from '../schema/records';
import { effectiveDeal } from '../db/effective-deal';
import { answerText, OUTCOME_LABEL, sessionLabel } from '../session/summary';
import { toCsv } from './escape';
import { t, type MessageKey } from '../i18n';

export interface SessionExportRow {
  session: CoachingSession;
  deal: Deal | undefined;
  rep: Rep | undefined;
  notes: string;
  commitments: Commitment[];
}

/**
 * The columns, in the manager's language. They are human words, not machine
 * names: the file is for the manager's own spreadsheet, and nothing (Sideline
 * included) reads it back, so a French manager gets French headers. What must
 * stay machine-readable does: the date column is ISO (2026-03-31, sorts in any
 * spreadsheet), minutes are a bare number, due dates inside cells are ISO.
 */
export const SESSIONS_CSV_HEADER = [
  'common.csv.date',
  'common.csv.deal',
  'common.csv.stage',
  'common.csv.rep',
  'common.csv.session',
  'common.csv.minutes',
  'common.csv.repWants',
  'common.csv.asked',
  'common.csv.commitments',
  'common.csv.notes',
] as const satisfies readonly MessageKey[];

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
      .map((c) => {
        const due = t(c.suggestedBy === 'manager' ? 'common.csv.dueSuggested' : 'common.csv.due', { date: c.dueDate });
        const note = c.outcomeNote.trim();
        const outcome = note ? t('common.csv.outcomeNote', { outcome: OUTCOME_LABEL[c.status], note }) : OUTCOME_LABEL[c.status];
        return t('common.csv.commitment', { text: c.text.trim(), due, outcome });
      });
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
  return toCsv([SESSIONS_CSV_HEADER.map((key) => t(key)), ...body]);
}
