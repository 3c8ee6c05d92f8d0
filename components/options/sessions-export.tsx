import { useState } from 'react';
import { db } from '../data';
import { sessionsCsv } from '@/lib/export/sessions-csv';
import { downloadText } from '../download';
import { todayIso } from '../format';
import { t } from '@/lib/i18n';

/** Ended sessions as a spreadsheet (CSV) for the manager's own reporting; every cell escaped against formulas. */
export function SessionsExport() {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="stack" aria-labelledby="sessions-csv-h">
      <h2 id="sessions-csv-h">{t('options.sessionsCsv.heading')}</h2>
      <p className="small muted">{t('options.sessionsCsv.intro')}</p>
      <div>
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const rows = await db.loadSessionsForExport();
            downloadText(`sideline-sessions-${todayIso()}.csv`, sessionsCsv(rows), 'text/csv');
            setStatus(t('options.sessionsCsv.done', { count: rows.length }));
          }}
        >
          {t('options.sessionsCsv.export')}
        </button>
      </div>
      {status ? (
        <p className="notice small" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
