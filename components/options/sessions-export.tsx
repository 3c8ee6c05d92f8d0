import { useState } from 'react';
import { loadSessionsForExport } from '@/lib/db/sessions-export';
import { sessionsCsv } from '@/lib/export/sessions-csv';
import { downloadText } from '../download';
import { todayIso } from '../format';

/** Ended sessions as a spreadsheet (CSV) for the manager's own reporting; every cell escaped against formulas. */
export function SessionsExport() {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="stack" aria-labelledby="sessions-csv-h">
      <h2 id="sessions-csv-h">Sessions as a spreadsheet</h2>
      <p className="small muted">One row per ended session: date, deal, rep, questions, commitments and notes. Notes are private: share the file with care.</p>
      <div>
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const rows = await loadSessionsForExport();
            downloadText(`sideline-sessions-${todayIso()}.csv`, sessionsCsv(rows), 'text/csv');
            setStatus(`${rows.length} session${rows.length === 1 ? '' : 's'} exported.`);
          }}
        >
          Export sessions as CSV
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
