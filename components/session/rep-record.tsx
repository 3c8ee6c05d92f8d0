import { db, useDbQuery } from '../data';
import { outcomeLabel } from '@/lib/session/labels';
import { formatDate } from '../format';
import { localeTag, t } from '@/lib/i18n';

/** A share as the manager's locale writes it: "80%", "80 %". */
const percent = (share: number) => new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

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
          <span className="muted">{t('session.record.none')}</span>
        ) : (
          <span>
            {t('session.record.followThrough')} <strong>{percent(record.followThrough)}</strong>{' '}
            <span className="muted">
              ({t('session.record.kept', { kept: record.kept, judged })}
              {record.missed ? `, ${t('session.record.missed', { count: record.missed })}` : ''}
              {record.renegotiated ? `, ${t('session.record.renegotiated', { count: record.renegotiated })}` : ''})
            </span>
          </span>
        )}
        {record.open ? <span className="muted"> · {t('session.record.open', { count: record.open })}</span> : null}
      </p>
      {record.outcomes.length ? (
        <details>
          <summary className="muted">{t('session.record.latest')}</summary>
          <ul className="list" style={{ marginTop: 4 }}>
            {record.outcomes.map((c) => (
              <li key={c.id} data-outcome-id={c.id}>
                <span className={`chip ${c.status === 'done' ? 'good' : c.status === 'missed' ? 'bad' : 'warn'}`}>{outcomeLabel(c.status)}</span>{' '}
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
