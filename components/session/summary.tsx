import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import type { EffectiveDeal } from '@/lib/db/effective-deal';
import type { CoachingSession, Rep } from '@/lib/schema/records';
import { summaryMarkdown, summaryPlainText } from '@/lib/session/summary';
import { t } from '@/lib/i18n';

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
  if (note === undefined && commitments === undefined) return <div className="skeleton" aria-label={t('session.summary.loading')} />;
  const input = { session, deal, rep, notes: note?.text ?? '', commitments: commitments ?? [] };
  const plain = summaryPlainText(input);
  const copy = async (kind: 'markdown' | 'plain') => {
    const text = kind === 'markdown' ? summaryMarkdown(input) : plain;
    try {
      await navigator.clipboard.writeText(text);
      setCopied(kind === 'markdown' ? t('session.summary.markdownCopied') : t('session.summary.plainCopied'));
    } catch {
      setCopied(t('session.summary.copyBlocked'));
    }
  };
  return (
    <section className="section" aria-labelledby={headingId} data-testid="summary">
      <div className="row between">
        <h2 id={headingId}>{t('session.summary')}</h2>
        <span className="chip" title={t('session.summary.privateHint')}>
          {t('session.summary.private')}
        </span>
      </div>
      <pre className="card soft small" style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }} data-testid="summary-text">
        {plain}
      </pre>
      <div className="row">
        {/* Just ended (closable, not in history): focus lands on the summary's first action. */}
        <button type="button" className="btn" autoFocus={onClose !== undefined} onClick={() => void copy('markdown')}>
          {t('session.summary.copyMarkdown')}
        </button>
        <button type="button" className="btn" onClick={() => void copy('plain')}>
          {t('session.summary.copyPlain')}
        </button>
        {onClose ? (
          <button type="button" className="btn ghost" onClick={onClose}>
            {t('session.summary.close')}
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
