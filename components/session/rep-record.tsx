import { db, useDbQuery } from '../data';
import { OUTCOME_LABEL } from '@/lib/session/summary';
import { formatDate } from '../format';

/**
 * The rep's record: how often their commitments were kept (the follow-through
 * rate) and what was said when they were followed up (the outcome notes).
 */
export function RepRecordLine({ repId }: { repId: string }) {
  const record = useDbQuery(() => db.repRecord(repId), [repId]);
  if (!record) return null;
  const judged = record.kept + record.missed + record.renegotiated;
  if (judged === 0 && record.open === 0) return null;
  return (
    <div className="stack tight small" data-testid="rep-record">
      <p>
        {record.followThrough === null ? (
          <span className="muted">No commitment followed up yet.</span>
        ) : (
          <span>
            Follow-through: <strong>{Math.round(record.followThrough * 100)}%</strong>{' '}
            <span className="muted">
              ({record.kept} of {judged} kept{record.missed ? `, ${record.missed} missed` : ''}
              {record.renegotiated ? `, ${record.renegotiated} renegotiated` : ''})
            </span>
          </span>
        )}
        {record.open ? <span className="muted"> · {record.open} open</span> : null}
      </p>
      {record.outcomes.length ? (
        <details>
          <summary className="muted">Latest outcomes</summary>
          <ul className="list" style={{ marginTop: 4 }}>
            {record.outcomes.map((c) => (
              <li key={c.id} data-outcome-id={c.id}>
                <span className={`chip ${c.status === 'done' ? 'good' : c.status === 'missed' ? 'bad' : 'warn'}`}>{OUTCOME_LABEL[c.status]}</span>{' '}
                {c.text.trim()}
                {c.outcomeNote.trim() ? <span className="muted"> — “{c.outcomeNote.trim()}”</span> : null}
                {c.resolvedAt ? <span className="muted"> · {formatDate(c.resolvedAt)}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
