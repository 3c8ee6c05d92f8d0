import { useState } from 'react';
import { useDbQuery } from '../data';
import { effectiveDeal } from '@/lib/db/effective-deal';
import type { CoachingSession, Rep } from '@/lib/schema/records';
import { formatDate, formatDuration } from '../format';
import { SessionSummary } from './summary';

/** Earlier sessions on this deal and with this rep, newest first. */
export function SessionHistory({ dealId, rep }: { dealId: string; rep: Rep | undefined }) {
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
      <section className="section" aria-labelledby="history-h">
        <h2 id="history-h">History</h2>
        <p className="small muted">No earlier sessions{rep ? ` with ${rep.name}` : ''} yet.</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      {data.onDeal.length ? <h3 className="small">On this deal</h3> : null}
      <ul className="list">
        {data.onDeal.map((s) => (
          <HistoryItem key={s.id} s={s} dealName={null} rep={rep} />
        ))}
      </ul>
      {data.otherDeals.length ? <h3 className="small">With {rep?.name} on other deals</h3> : null}
      <ul className="list">
        {data.otherDeals.map((s) => {
          const d = data.deals.get(s.dealId);
          return <HistoryItem key={s.id} s={s} dealName={d ? effectiveDeal(d).name : null} rep={rep} />;
        })}
      </ul>
    </section>
  );
}

/** One earlier session: its details (deal, note, commitments) are read only while it is open. */
function HistoryItem({ s, dealName, rep }: { s: CoachingSession; dealName: string | null; rep: Rep | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details className="card" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="small">
          <strong>{formatDate(s.startedAt.slice(0, 10))}</strong> · {s.kind} · {formatDuration(s.durationSec)} ·{' '}
          {s.plan.filter((p) => p.asked).length} asked{dealName ? ` · ${dealName}` : ''}
        </summary>
        {open ? <HistoryDetails s={s} rep={rep} /> : null}
      </details>
    </li>
  );
}

function HistoryDetails({ s, rep }: { s: CoachingSession; rep: Rep | undefined }) {
  const deal = useDbQuery((q) => q.getDeal(s.dealId), [s.dealId]);
  return deal ? <SessionSummary session={s} deal={effectiveDeal(deal)} rep={rep} /> : <div className="skeleton" aria-label="Loading session" />;
}
