import type { CoachingSession, Commitment, Rep } from '../schema/records';
import type { EffectiveDeal } from '../db/effective-deal';
import { escapeMarkdown, escapePlainText } from '../export/escape';
import { formatDate, formatDuration } from './format';
import { t, type MessageKey } from '../i18n';
import { gapCauseLabel, outcomeLabel } from './labels';

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

/**
 * A catalog line whose placeholders hold parts: the words around them are
 * ours (in the manager's language), the values stay parts, escaped when
 * rendered. Marks that cannot occur in a message stand in for the values
 * while t() fills the line, and are cut out again.
 */
function line(key: MessageKey, values: Record<string, Part>): Line {
  const names = Object.keys(values);
  const marks = Object.fromEntries(names.map((n, i) => [n, `\u0000${i}\u0000`]));
  const out: Line = [];
  t(key, marks)
    .split('\u0000')
    .forEach((piece, i) => {
      // Odd pieces are the index of a value; even pieces are our words.
      if (i % 2) out.push(values[names[Number(piece)]!]!);
      else if (piece) out.push(piece);
    });
  return out;
}

/** What the session was: a quick session has no focus to name. */
export function sessionLabel(s: Pick<CoachingSession, 'mode' | 'kind'>): string {
  if (s.mode === 'quick') return t('session.kind.quick');
  return s.kind === 'strategic' ? t('session.kind.strategicFocus') : t('session.kind.tacticalFocus');
}

/**
 * What came of a commitment, in the manager's language when read (the CSV
 * export reads it too). Getters, not values: the language is set after
 * modules load and can change while a page is open.
 */
export const OUTCOME_LABEL: Readonly<Record<Commitment['status'], string>> = {
  get open() {
    return outcomeLabel('open');
  },
  get done() {
    return outcomeLabel('done');
  },
  get missed() {
    return outcomeLabel('missed');
  },
  get renegotiated() {
    return outcomeLabel('renegotiated');
  },
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
  const out: Line = line('session.summary.due', { text: v(x.text.trim()), date: formatDate(x.dueDate, locale) });
  if (x.followUp.trim()) out.push(...line('session.summary.followUp', { text: v(x.followUp.trim()) }));
  if (x.status !== 'open') {
    out.push(t('session.summary.outcome', { outcome: outcomeLabel(x.status) }));
    if (x.outcomeNote.trim()) out.push(...line('session.summary.outcomeNote', { note: v(x.outcomeNote.trim()) }));
  }
  return out;
}

/** One structure, two renderings: what the manager pastes into the CRM or an email. */
function blocks({ session, deal, rep, notes, commitments: all, locale }: SummaryInput): { heading: Line; meta: Line[]; blocks: Block[] } {
  const heading: Line = line('session.summary.heading', { deal: v(deal.name ?? t('session.deal')) });
  const meta: Line[] = [
    [t('session.summary.date', { date: formatDate(session.startedAt, locale) })],
    line('session.summary.rep', { name: v(rep?.name ?? deal.ownerName ?? t('session.summary.unknown')) }),
    line('session.summary.stage', { stage: v(deal.stageLabel ?? t('session.summary.unknown')) }),
    [`${sessionLabel(session)}, ${session.status === 'ended' ? formatDuration(session.durationSec) : t('session.summary.inProgress')}`],
  ];
  const out: Block[] = [];
  const c = session.contract;
  const contract: Line[] = [];
  if (c.repWants?.trim()) contract.push(line('session.summary.repWants', { text: v(c.repWants.trim()) }));
  if (c.what.trim()) contract.push(line('session.summary.what', { text: v(c.what.trim()) }));
  if (c.reason.trim()) contract.push(line('session.summary.reason', { text: v(c.reason.trim()) }));
  if (c.importance.trim()) contract.push(line('session.summary.importance', { text: v(c.importance.trim()) }));
  if (contract.length) out.push({ title: t('session.summary.contract'), lines: contract });
  if (session.gap && (session.gap.current.trim() || session.gap.desired.trim())) {
    const gap: Line[] = [
      line('session.summary.gapNow', { text: v(session.gap.current.trim() || '—') }),
      line('session.summary.gapWanted', { text: v(session.gap.desired.trim() || '—') }),
    ];
    // Lower case, as a word within the line ("Cause: skill").
    if (session.gap.cause) gap.push([t('session.summary.gapCause', { cause: gapCauseLabel(session.gap.cause).toLocaleLowerCase(locale) })]);
    out.push({ title: t('session.summary.gap'), lines: gap });
  }
  const asked = session.plan.filter((p) => p.asked);
  if (asked.length) {
    out.push({
      title: t('session.summary.questions'),
      lines: asked.map((p) => {
        const answer = answerText(p.answer, [...p.followUps, ...(p.promptsUsed ?? [])]);
        return answer ? [v(p.text), ' — ', v(answer)] : [v(p.text)];
      }),
    });
  }
  const written = all.filter((x) => x.text.trim());
  const owned = written.filter((x) => x.suggestedBy === 'rep');
  const suggested = written.filter((x) => x.suggestedBy === 'manager');
  if (owned.length) out.push({ title: t('session.summary.owned'), lines: owned.map((x) => commitmentLine(x, locale)) });
  if (suggested.length) out.push({ title: t('session.summary.suggested'), lines: suggested.map((x) => commitmentLine(x, locale)) });
  const noteLines = notes
    .split(/\r?\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (noteLines.length) out.push({ title: t('session.summary.notes'), lines: noteLines.map((l) => [v(l)]) });
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
  for (const x of b.blocks) parts.push(`${t('session.summary.blockTitle', { title: x.title })}\n${x.lines.map((l) => `  • ${r(l)}`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}
