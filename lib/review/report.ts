import { escapeMarkdown, toCsv } from '../export/escape';
import { chosenTier } from '../model/rep-tier';
import type { CoachingSession, Deal, Rep } from '../schema/records';
import { t } from '../i18n';
import { TIER_LEGEND, followThrough, pct, questionsPerSession, repOwnedShare, summarizeCoaching, type WeekPoint } from './summary';

/*
 * "Export coaching report": what a second-line leader needs to coach the
 * coach, without reading private notes. Sessions per rep and tier, time
 * against the weekly goal, the ask:tell trend, commitments kept. Note text is
 * in only when the manager ticks it. Every value is escaped for its format
 * (lib/export/escape.ts): rep and deal names come from CRM pages.
 */

export interface ReportInput {
  today: string;
  weeks: number;
  goalMin: number;
  /** Ended sessions from the first reported week on (endedAt index). */
  sessions: readonly CoachingSession[];
  reps: readonly Rep[];
  /** Only when note text is included: the deals and notes of those sessions. */
  notes?: ReadonlyMap<string, string>;
  deals?: ReadonlyMap<string, Deal>;
}

export interface RepLine {
  name: string;
  tier: string;
  sessions: number;
  minutes: number;
  kept: number;
  missed: number;
  renegotiated: number;
  open: number;
}

const minutes = (sec: number) => Math.round(sec / 60);
const ratio = (w: Pick<WeekPoint, 'asks' | 'tells'>) => (w.tells === 0 ? (w.asks === 0 ? '—' : `${w.asks}:0`) : `${w.asks}:${w.tells}`);

function perRep(input: ReportInput, since: string): RepLine[] {
  const repById = new Map(input.reps.map((r) => [r.id, r]));
  const rows = new Map<string, RepLine>();
  for (const s of input.sessions) {
    if (s.status !== 'ended' || !s.endedAt || s.endedAt < since) continue;
    const rep = s.repId ? repById.get(s.repId) : undefined;
    const key = rep?.id ?? '';
    const row = rows.get(key) ?? { name: rep?.name ?? t('review.report.repNotLinked'), tier: rep ? (chosenTier(rep) ?? 'unset') : '—', sessions: 0, minutes: 0, kept: 0, missed: 0, renegotiated: 0, open: 0 };
    row.sessions++;
    row.minutes += (s.durationSec ?? 0) / 60;
    row.kept += s.measures?.kept ?? 0;
    row.missed += s.measures?.missed ?? 0;
    row.renegotiated += s.measures?.renegotiated ?? 0;
    row.open += s.measures?.open ?? 0;
    rows.set(key, row);
  }
  const tierOrder: Record<string, number> = { top: 0, middle: 1, bottom: 2 };
  return [...rows.values()]
    .map((r) => ({ ...r, minutes: Math.round(r.minutes) }))
    .sort((a, b) => (tierOrder[a.tier] ?? 3) - (tierOrder[b.tier] ?? 3) || a.name.localeCompare(b.name));
}

export function buildReport(input: ReportInput) {
  const review = summarizeCoaching(input.sessions, input.reps, input.today, input.goalMin, input.weeks);
  const since = new Date(`${review.weeks[0]!.day}T00:00:00`).toISOString();
  const reps = perRep(input, since);
  const total = review.weeks.reduce(
    (t, w) => ({ sessions: t.sessions + w.sessions, sec: t.sec + w.sec, asks: t.asks + w.asks, tells: t.tells + w.tells, kept: t.kept + w.kept, missed: t.missed + w.missed, renegotiated: t.renegotiated + w.renegotiated }),
    { sessions: 0, sec: 0, asks: 0, tells: 0, kept: 0, missed: 0, renegotiated: 0 },
  );
  return { review, reps, total };
}

export function coachingReportMarkdown(input: ReportInput): string {
  const { review, reps, total } = buildReport(input);
  const first = review.weeks[0]!.day;
  const lines: string[] = [
    `# ${t('review.report.title', { count: input.weeks })}`,
    '',
    t('review.report.range', { first, today: input.today, goal: input.goalMin }),
    '',
    `- ${t('review.report.sessions', { n: total.sessions })}`,
    `- ${t('review.report.time', { minutes: minutes(total.sec), planned: input.goalMin * input.weeks, share: pct(total.sec / 60 / (input.goalMin * input.weeks)) })}`,
    `- ${t('review.report.askTell', { ratio: ratio(total) })}`,
    `- ${t('review.report.kept', { kept: total.kept, judged: total.kept + total.missed + total.renegotiated, share: pct(followThrough(total)) })}`,
    '',
    `## ${t('review.report.weekByWeek')}`,
    '',
    `| ${t('review.report.weekColumns')} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...review.weeks.map((w) => {
      const q = questionsPerSession(w);
      return `| ${w.day} | ${w.sessions} | ${minutes(w.sec)} | ${input.goalMin} | ${w.asks} | ${w.tells} | ${q === null ? '—' : q.toFixed(1)} | ${pct(repOwnedShare(w))} | ${pct(followThrough(w))} |`;
    }),
    '',
    `## ${t('review.report.byRep')}`,
    '',
    `| ${t('review.report.repColumns')} |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...reps.map((r) => `| ${escapeMarkdown(r.name)} | ${escapeMarkdown(r.tier in TIER_LEGEND ? t(TIER_LEGEND[r.tier as keyof typeof TIER_LEGEND]) : r.tier)} | ${r.sessions} | ${r.minutes} | ${r.kept} | ${r.missed} | ${r.renegotiated} | ${r.open} |`),
  ];
  if (input.notes) {
    lines.push('', `## ${t('review.report.notes')}`, '');
    for (const s of sessionsWithNotes(input)) {
      lines.push(`- ${s.day}, ${escapeMarkdown(s.rep)}, ${escapeMarkdown(s.deal)}: ${escapeMarkdown(s.note)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function sessionsWithNotes(input: ReportInput) {
  const repById = new Map(input.reps.map((r) => [r.id, r]));
  return [...input.sessions]
    .filter((s) => s.endedAt && (input.notes?.get(s.id) ?? '').trim() !== '')
    .sort((a, b) => a.endedAt!.localeCompare(b.endedAt!))
    .map((s) => {
      const deal = input.deals?.get(s.dealId);
      return {
        day: s.endedAt!.slice(0, 10),
        rep: (s.repId ? repById.get(s.repId)?.name : undefined) ?? t('review.report.repNotLinked'),
        deal: deal?.overrides.name ?? deal?.name ?? '',
        note: input.notes!.get(s.id)!,
      };
    });
}

/** One CSV table; the first column says which part a row belongs to (week, rep, note). */
export function coachingReportCsv(input: ReportInput): string {
  const { review, reps } = buildReport(input);
  const header = ['part', 'week_of', 'rep', 'tier', 'sessions', 'minutes', 'goal_minutes', 'asks', 'tells', 'questions_asked', 'rep_owned', 'manager_suggested', 'kept', 'missed', 'renegotiated', 'open', 'deal', 'note'];
  const rows: Array<Array<string | number | null>> = [header];
  for (const w of review.weeks) {
    rows.push(['week', w.day, null, null, w.sessions, minutes(w.sec), input.goalMin, w.asks, w.tells, w.questionsAsked, w.repOwned, w.managerSuggested, w.kept, w.missed, w.renegotiated, null, null, null]);
  }
  for (const r of reps) {
    rows.push(['rep', null, r.name, r.tier, r.sessions, r.minutes, null, null, null, null, null, null, r.kept, r.missed, r.renegotiated, r.open, null, null]);
  }
  if (input.notes) {
    for (const s of sessionsWithNotes(input)) rows.push(['note', s.day, s.rep, null, null, null, null, null, null, null, null, null, null, null, null, null, s.deal, s.note]);
  }
  return toCsv(rows);
}
