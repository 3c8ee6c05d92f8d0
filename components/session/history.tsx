import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import { effectiveDeal } from '@/lib/db/effective-deal';
import type { CoachingSession, Rep } from '@/lib/schema/records';
import { formatDate, formatDuration } from '../format';
import { SessionSummary } from './summary';
import { GuardedButton } from './guard';
import { sessionLabel } from '@/lib/session/summary';
import type { DeletedSession } from '@/lib/db/session-lifecycle';
import { t } from '@/lib/i18n';

/** Earlier sessions on this deal and with this rep, newest first. */
export function SessionHistory({ dealId, rep }: { dealId: string; rep: Rep | undefined }) {
  const [deleted, setDeleted] = useState<DeletedSession | null>(null);
  const headingId = useId();
  const remove = async (id: string) => {
    const gone = await db.deleteSession(id);
    if (gone) setDeleted(gone);
  };
  const undo = deleted ? (
    <p className="notice small row between" role="status">
      <span>{t('session.history.deleted')}</span>
      <button
        type="button"
        className="btn small"
        onClick={() => {
          void db.restoreDeletedSession(deleted);
          setDeleted(null);
        }}
      >
        {t('session.history.undo')}
      </button>
    </p>
  ) : null;
  const data = useDbQuery(async (q) => {
    const [onDeal, withRep] = await Promise.all([
      q.sessionsForDeal(dealId, 10),
      rep ? q.sessionsForRep(rep.id, 10) : Promise.resolve([] as CoachingSession[]),
    ]);
    const ended = (xs: CoachingSession[]) => xs.filter((s) => s.status === 'ended');
    const otherDeals = ended(withRep).filter((s) => s.dealId !== dealId);
    const deals = await q.getDeals([...new Set(otherDeals.map((s) => s.dealId))]);
    return { onDeal: ended(onDeal), otherDeals, deals: new Map(deals.map((d) => [d.id, d])) };
  }, [dealId, rep?.id]);

  if (!data) return null;
  if (data.onDeal.length === 0 && data.otherDeals.length === 0) {
    return (
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('session.history')}</h2>
        {undo}
        <p className="small muted">{rep ? t('session.history.noneWith', { name: rep.name }) : t('session.history.none')}</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.history')}</h2>
      {undo}
      {data.onDeal.length ? <h3 className="small">{t('session.history.onDeal')}</h3> : null}
      <ul className="list">
        {data.onDeal.map((s) => (
          <HistoryItem key={s.id} s={s} dealName={null} rep={rep} onDelete={remove} />
        ))}
      </ul>
      {data.otherDeals.length ? <h3 className="small">{t('session.history.otherDeals', { name: rep?.name ?? '' })}</h3> : null}
      <ul className="list">
        {data.otherDeals.map((s) => {
          const d = data.deals.get(s.dealId);
          return <HistoryItem key={s.id} s={s} dealName={d ? effectiveDeal(d).name : null} rep={rep} onDelete={remove} />;
        })}
      </ul>
    </section>
  );
}

/** One earlier session: its details (deal, note, commitments) are read only while it is open. */
function HistoryItem({
  s,
  dealName,
  rep,
  onDelete,
}: {
  s: CoachingSession;
  dealName: string | null;
  rep: Rep | undefined;
  onDelete: (id: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const dateLabel = formatDate(s.startedAt);
  return (
    <li>
      <details className="card" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="small">
          <strong>{dateLabel}</strong> · {sessionLabel(s)} · {formatDuration(s.durationSec)} ·{' '}
          {t('session.history.asked', { count: s.plan.filter((p) => p.asked).length })}
          {dealName ? ` · ${dealName}` : ''}
        </summary>
        {open ? <HistoryDetails s={s} rep={rep} /> : null}
        <div className="row" style={{ marginTop: 6 }}>
          <GuardedButton className="btn small ghost danger" confirmLabel={t('session.history.deleteConfirm', { date: dateLabel })} onConfirm={() => onDelete(s.id)}>
            {t('session.history.delete')}
          </GuardedButton>
        </div>
      </details>
    </li>
  );
}

function HistoryDetails({ s, rep }: { s: CoachingSession; rep: Rep | undefined }) {
  const deal = useDbQuery((q) => q.getDeal(s.dealId), [s.dealId]);
  return deal ? <SessionSummary session={s} deal={effectiveDeal(deal)} rep={rep} /> : <div className="skeleton" aria-label={t('session.history.loading')} />;
}
