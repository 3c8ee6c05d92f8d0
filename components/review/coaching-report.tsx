import { useId, useState } from 'react';
import { db } from '../data';
import { downloadText } from '../download';
import { todayIso } from '../format';
import { t } from '@/lib/i18n';

/**
 * "Export coaching report": what a second-line leader needs to coach the
 * coach (sessions per rep and tier, time against the goal, the ask:tell
 * trend, commitments kept). Notes stay out unless the manager ticks the box.
 */
export function CoachingReportExport() {
  const id = useId();
  const [weeks, setWeeks] = useState(4);
  const [format, setFormat] = useState<'markdown' | 'csv'>('markdown');
  const [withNotes, setWithNotes] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const weeksOk = Number.isInteger(weeks) && weeks >= 1 && weeks <= 104;
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('review.report.heading')}</h2>
      <p className="small muted">{t('review.report.intro')}</p>
      <div className="row">
        <div className="field">
          <label className="label" htmlFor={`${id}-weeks`}>
            {t('review.report.weeks')}
          </label>
          <input
            id={`${id}-weeks`}
            className="input"
            type="number"
            min={1}
            max={104}
            value={Number.isNaN(weeks) ? '' : weeks}
            style={{ width: 90 }}
            aria-invalid={weeksOk ? undefined : true}
            onChange={(e) => setWeeks(e.target.value === '' ? NaN : Number(e.target.value))}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-format`}>
            {t('review.report.format')}
          </label>
          <select id={`${id}-format`} className="input" value={format} onChange={(e) => setFormat(e.target.value as 'markdown' | 'csv')}>
            <option value="markdown">Markdown</option>
            <option value="csv">{t('review.report.csv')}</option>
          </select>
        </div>
      </div>
      <label className="row small">
        <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} /> {t('review.report.withNotes')}
      </label>
      <div>
        <button
          type="button"
          className="btn"
          disabled={!weeksOk}
          onClick={async () => {
            try {
              const today = todayIso();
              const text = await db.loadCoachingReport(today, weeks, format, withNotes);
              const ext = format === 'csv' ? 'csv' : 'md';
              downloadText(`sideline-coaching-report-${today}.${ext}`, text, format === 'csv' ? 'text/csv' : 'text/markdown');
              setStatus({ ok: true, text: t(withNotes ? 'review.report.exportedWithNotes' : 'review.report.exported', { count: weeks }) });
            } catch (e) {
              setStatus({ ok: false, text: t('review.report.failed', { error: e instanceof Error ? e.message : String(e) }) });
            }
          }}
        >
          {t('review.report.export')}
        </button>
      </div>
      {!weeksOk ? <p className="small notice bad">{t('review.report.badWeeks')}</p> : null}
      {status ? (
        <p className={`notice small ${status.ok ? '' : 'bad'}`} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
