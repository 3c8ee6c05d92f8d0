import type { CoachingSession, Commitment, Rep } from '../schema/records';
import type { EffectiveDeal } from '../db/effective-deal';
import { escapeMarkdown, escapePlainText } from '../export/escape';
import { formatDate, formatDuration } from './format';

export interface SummaryInput {
  session: CoachingSession;
  deal: EffectiveDeal;
  rep: Rep | undefined;
  notes: string;
  commitments: Commitment[];
  /** The browser's locale by default; tests pin one. */
  locale?: string;
}

/** A part of a summary line: typed or CRM text is escaped for the format, labels are ours. */
type Part = string | { value: string };
type Line = Part[];
interface Block {
  title: string;
  lines: Line[];
}

const v = (value: string): Part => ({ value });

/** What the session was: a quick session has no focus to name. */
export function sessionLabel(s: Pick<CoachingSession, 'mode' | 'kind'>): string {
  if (s.mode === 'quick') return 'Quick session';
  return s.kind === 'strategic' ? 'Strategic focus' : 'Tactical focus';
}

export const OUTCOME_LABEL: Record<Commitment['status'], string> = {
  open: 'Open',
  done: 'Kept',
  missed: 'Missed',
  renegotiated: 'Renegotiated',
};

/**
 * Answers written before prompts were kept apart carry them as "[Tell me
 * more.] "; a prompt is the manager's words, not the rep's, so it is dropped.
 */
export function answerText(answer: string, prompts: readonly string[]): string {
  let out = answer;
  for (const p of new Set([...prompts, 'Tell me more.', 'What else?'])) out = out.split(`[${p}]`).join('');
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
}

function commitmentLine(x: Commitment, locale: string | undefined): Line {
  const line: Line = [v(x.text.trim()), ` — due ${formatDate(x.dueDate, locale)}`];
  if (x.followUp.trim()) line.push('; follow-up: ', v(x.followUp.trim()));
  if (x.status !== 'open') {
    line.push(`; ${OUTCOME_LABEL[x.status]}`);
    if (x.outcomeNote.trim()) line.push(': ', v(x.outcomeNote.trim()));
  }
  return line;
}

/** One structure, two renderings: what the manager pastes into the CRM or an email. */
function blocks({ session, deal, rep, notes, commitments: all, locale }: SummaryInput): { heading: Line; meta: Line[]; blocks: Block[] } {
  const heading: Line = ['Coaching session: ', v(deal.name ?? 'Deal')];
  const meta: Line[] = [
    [`Date: ${formatDate(session.startedAt, locale)}`],
    ['Rep: ', v(rep?.name ?? deal.ownerName ?? 'unknown')],
    ['Stage: ', v(deal.stageLabel ?? 'unknown')],
    [`${sessionLabel(session)}, ${session.status === 'ended' ? formatDuration(session.durationSec) : 'in progress'}`],
  ];
  const out: Block[] = [];
  const c = session.contract;
  const contract: Line[] = [];
  if (c.repWants?.trim()) contract.push(['What the rep wants from today: ', v(c.repWants.trim())]);
  if (c.what.trim()) contract.push(['What: ', v(c.what.trim())]);
  if (c.reason.trim()) contract.push(['Why now: ', v(c.reason.trim())]);
  if (c.importance.trim()) contract.push(['Why it matters: ', v(c.importance.trim())]);
  if (contract.length) out.push({ title: 'Agreed up front', lines: contract });
  if (session.gap && (session.gap.current.trim() || session.gap.desired.trim())) {
    const gap: Line[] = [
      ['Now: ', v(session.gap.current.trim() || '—')],
      ['Wanted: ', v(session.gap.desired.trim() || '—')],
    ];
    if (session.gap.cause) gap.push([`Cause: ${session.gap.cause}`]);
    out.push({ title: 'Gap', lines: gap });
  }
  const asked = session.plan.filter((p) => p.asked);
  if (asked.length) {
    out.push({
      title: 'Questions discussed',
      lines: asked.map((p) => {
        const answer = answerText(p.answer, [...p.followUps, ...(p.promptsUsed ?? [])]);
        return answer ? [v(p.text), ' — ', v(answer)] : [v(p.text)];
      }),
    });
  }
  const written = all.filter((x) => x.text.trim());
  const owned = written.filter((x) => x.suggestedBy === 'rep');
  const suggested = written.filter((x) => x.suggestedBy === 'manager');
  if (owned.length) out.push({ title: 'Commitments (owned by the rep)', lines: owned.map((x) => commitmentLine(x, locale)) });
  if (suggested.length) out.push({ title: 'Suggested by the manager', lines: suggested.map((x) => commitmentLine(x, locale)) });
  const noteLines = notes
    .split(/\r?\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (noteLines.length) out.push({ title: 'Notes', lines: noteLines.map((l) => [v(l)]) });
  return { heading, meta, blocks: out };
}

function render(line: Line, esc: (s: string) => string): string {
  return line.map((p) => (typeof p === 'string' ? p : esc(p.value))).join('');
}

export function summaryMarkdown(input: SummaryInput): string {
  const b = blocks(input);
  const r = (l: Line) => render(l, escapeMarkdown);
  const parts = [`## ${r(b.heading)}`, b.meta.map((m) => `- ${r(m)}`).join('\n')];
  for (const x of b.blocks) parts.push(`### ${x.title}\n${x.lines.map((l) => `- ${r(l)}`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}

export function summaryPlainText(input: SummaryInput): string {
  const b = blocks(input);
  const r = (l: Line) => render(l, escapePlainText);
  const parts = [r(b.heading), b.meta.map(r).join('\n')];
  for (const x of b.blocks) parts.push(`${x.title}:\n${x.lines.map((l) => `  • ${r(l)}`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}
