import type { CoachingSession, Commitment, Rep } from '../schema/records';
import type { EffectiveDeal } from '../db/effective-deal';

export interface SummaryInput {
  session: CoachingSession;
  deal: EffectiveDeal;
  rep: Rep | undefined;
  notes: string;
  commitments: Commitment[];
}

function minutes(sec: number | null): string {
  if (sec === null) return 'in progress';
  const m = Math.max(1, Math.round(sec / 60));
  return `${m} min`;
}

interface Block {
  title: string;
  lines: string[];
}

/** One structure, two renderings: what the manager pastes into the CRM or an email. */
function blocks({ session, deal, rep, notes, commitments: all }: SummaryInput): { heading: string; meta: string[]; blocks: Block[] } {
  const heading = `Coaching session: ${deal.name ?? 'Deal'}`;
  const meta = [
    `Date: ${session.startedAt.slice(0, 10)}`,
    `Rep: ${rep?.name ?? deal.ownerName ?? 'unknown'}`,
    `Stage: ${deal.stageLabel ?? 'unknown'}`,
    `Focus: ${session.kind} (${minutes(session.durationSec)})`,
  ];
  const out: Block[] = [];
  const c = session.contract;
  if (c.what || c.reason || c.importance) {
    out.push({
      title: 'Agreed up front',
      lines: [c.what && `What: ${c.what}`, c.reason && `Why: ${c.reason}`, c.importance && `Why it matters: ${c.importance}`].filter(Boolean) as string[],
    });
  }
  if (session.gap && (session.gap.current || session.gap.desired)) {
    out.push({
      title: 'Gap',
      lines: [
        `Now: ${session.gap.current || '—'}`,
        `Wanted: ${session.gap.desired || '—'}`,
        session.gap.cause ? `Cause: ${session.gap.cause}` : '',
      ].filter(Boolean),
    });
  }
  const asked = session.plan.filter((p) => p.asked);
  if (asked.length) {
    out.push({ title: 'Questions discussed', lines: asked.map((p) => (p.answer.trim() ? `${p.text} — ${p.answer.trim()}` : p.text)) });
  }
  const commitments = all.filter((x) => x.text.trim());
  if (commitments.length) {
    out.push({
      title: 'Commitments (owned by the rep)',
      lines: commitments.map(
        (x) =>
          `${x.text} — due ${x.dueDate}${x.followUp ? `; follow-up: ${x.followUp}` : ''}${x.suggestedBy === 'manager' ? ' (suggested by manager)' : ''}${x.status !== 'open' ? ` [${x.status}]` : ''}`,
      ),
    });
  }
  if (notes.trim()) out.push({ title: 'Notes', lines: notes.trim().split(/\n+/) });
  return { heading, meta, blocks: out };
}

export function summaryMarkdown(input: SummaryInput): string {
  const b = blocks(input);
  const parts = [`## ${b.heading}`, b.meta.map((m) => `- ${m}`).join('\n')];
  for (const x of b.blocks) parts.push(`### ${x.title}\n${x.lines.map((l) => `- ${l}`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}

export function summaryPlainText(input: SummaryInput): string {
  const b = blocks(input);
  const parts = [b.heading, b.meta.join('\n')];
  for (const x of b.blocks) parts.push(`${x.title}:\n${x.lines.map((l) => `  • ${l}`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}
