import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import type { EffectiveDeal } from '@/lib/db/effective-deal';
import type { CoachingSession, Rep } from '@/lib/schema/records';
import { summaryMarkdown, summaryPlainText } from '@/lib/session/summary';

/** The end-of-session summary, private by default: it leaves only when the manager copies it. */
export function SessionSummary({
  session,
  deal,
  rep,
  onClose,
}: {
  session: CoachingSession;
  deal: EffectiveDeal;
  rep: Rep | undefined;
  onClose?: () => void;
}) {
  const note = useDbQuery(() => db.getSessionNote(session.id), [session.id]);
  const commitments = useDbQuery(() => db.commitmentsForSession(session.id), [session.id]);
  const [copied, setCopied] = useState<string | null>(null);
  const headingId = useId();
  if (note === undefined && commitments === undefined) return <div className="skeleton" aria-label="Loading summary" />;
  const input = { session, deal, rep, notes: note?.text ?? '', commitments: commitments ?? [] };
  const plain = summaryPlainText(input);
  const copy = async (kind: 'Markdown' | 'Plain text') => {
    const text = kind === 'Markdown' ? summaryMarkdown(input) : plain;
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${kind} copied.`);
    } catch {
      setCopied('Copying was blocked; select the text below and copy it.');
    }
  };
  return (
    <section className="section" aria-labelledby={headingId} data-testid="summary">
      <div className="row between">
        <h2 id={headingId}>Summary</h2>
        <span className="chip" title="Nothing leaves your browser unless you copy or export it">
          Private
        </span>
      </div>
      <pre className="card soft small" style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }} data-testid="summary-text">
        {plain}
      </pre>
      <div className="row">
        {/* Just ended (closable, not in history): focus lands on the summary's first action. */}
        <button type="button" className="btn" autoFocus={onClose !== undefined} onClick={() => void copy('Markdown')}>
          Copy as Markdown
        </button>
        <button type="button" className="btn" onClick={() => void copy('Plain text')}>
          Copy as plain text
        </button>
        {onClose ? (
          <button type="button" className="btn ghost" onClick={onClose}>
            Close summary
          </button>
        ) : null}
      </div>
      {copied ? (
        <p className="small muted" role="status">
          {copied}
        </p>
      ) : null}
    </section>
  );
}
