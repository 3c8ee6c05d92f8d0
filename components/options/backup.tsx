import { useEffect, useState } from 'react';
import type { RestoreMode, RestorePreview, RestoreProgress, TableName } from '@/lib/db/backup';
import { exportInWorker, openBackup, prepareWorker, type PendingRestore } from './restore-client';
import { formatBytes } from '@/lib/files/read-file';
import { describeStorageError, readStorageStatus, requestPersistence, type StorageStatus } from '@/lib/db/storage';
import { downloadBlob } from '../download';
import { FileButton } from '../file-button';
import { localeTag, t, type MessageKey } from '@/lib/i18n';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; done: number; total: number }
  | { kind: 'preview'; pending: PendingRestore; preview: RestorePreview; confirmReplace: boolean };

const n = (x: number) => x.toLocaleString(localeTag());
const when = (iso: string) => new Date(iso).toLocaleString(localeTag(), { dateStyle: 'long', timeStyle: 'short' });

// The preview's table names, in the manager's language.
const TABLE_KEY = {
  reps: 'options.backup.table.reps',
  repLinks: 'options.backup.table.repLinks',
  deals: 'options.backup.table.deals',
  sessions: 'options.backup.table.sessions',
  notes: 'options.backup.table.notes',
  commitments: 'options.backup.table.commitments',
  stageMappings: 'options.backup.table.stageMappings',
  questionBanks: 'options.backup.table.questionBanks',
  questionStates: 'options.backup.table.questionStates',
  customSites: 'options.backup.table.customSites',
  settings: 'options.backup.table.settings',
} as const satisfies Record<TableName | 'notes', MessageKey>;
const tableLabel = (table: string, fallback: string) => (table in TABLE_KEY ? t(TABLE_KEY[table as keyof typeof TABLE_KEY]) : fallback);

/** The only way notes leave the browser: an export the manager asks for. A restore shows what it would do first. */
export function BackupSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [status, setStatus] = useState<{ ok: boolean; text: string; details?: string[] } | null>(null);
  const busy = step.kind === 'busy';
  // The next restore's or export's worker loads while the section sits idle.
  useEffect(() => (step.kind === 'idle' ? prepareWorker() : undefined), [step.kind]);

  const progress = (what: string) => (p: RestoreProgress | { phase: string; done: number; total: number }) =>
    setStep({ kind: 'busy', what: p.phase === 'checking' ? t('options.backup.checking') : p.phase === 'reading' ? t('options.backup.reading') : what, done: p.done, total: p.total });

  async function chooseFile(file: File) {
    setStatus(null);
    setStep({ kind: 'busy', what: t('options.backup.reading'), done: 0, total: 0 });
    try {
      const read = await openBackup(file, progress(t('options.backup.reading')));
      if (!read.ok) {
        setStep({ kind: 'idle' });
        setStatus({ ok: false, text: t('options.backup.notRestoredFile'), details: read.errors });
        return;
      }
      setStep({ kind: 'preview', pending: read.pending, preview: read.pending.preview, confirmReplace: false });
    } catch (e) {
      setStep({ kind: 'idle' });
      setStatus({ ok: false, text: describeStorageError(e, t('options.backup.nothingChanged')) });
    }
  }

  async function restore(pending: PendingRestore, exportedAt: string, mode: RestoreMode) {
    setStatus(null);
    setStep({ kind: 'busy', what: t('options.backup.restoring'), done: 0, total: 0 });
    let r;
    try {
      r = await pending.restore(mode, progress(t('options.backup.restoring')));
    } catch (e) {
      r = { ok: false as const, errors: [describeStorageError(e, t('options.backup.nothingRestored'))] };
    }
    setStep({ kind: 'idle' });
    if (!r.ok) {
      setStatus({ ok: false, text: t('options.backup.notRestored'), details: r.errors });
      return;
    }
    // Restored custom sites whose hosts are already allowed get their content
    // scripts now (and Replace all may have removed some). A merge of a file
    // without custom sites leaves them as they were: no need to wait for the
    // background (a busy moment for it, right after a large restore).
    const sitesInFile = pending.preview.tables.find((x) => x.table === 'customSites')?.inFile ?? 0;
    if (mode === 'replace' || sitesInFile > 0) await browser.runtime.sendMessage({ type: 'custom:sync' }).catch(() => {});
    const kept = r.keptNewer ? ` ${t('options.backup.keptNewer', { count: r.keptNewer })}` : '';
    const moved = r.repointed ? ` ${t('options.backup.repointed', { count: r.repointed })}` : '';
    setStatus({
      ok: true,
      text:
        mode === 'replace'
          ? t('options.backup.replaced', { count: r.records, when: when(exportedAt) })
          : t('options.backup.merged', { count: r.records, written: r.written }) + kept + moved,
    });
  }

  async function exportAll() {
    setStatus(null);
    setStep({ kind: 'busy', what: t('options.backup.exporting'), done: 0, total: 0 });
    try {
      const { blob, exportedAt, records } = await exportInWorker(new Date(), progress(t('options.backup.exporting')));
      downloadBlob(`sideline-backup-${exportedAt.slice(0, 10)}.json`, blob);
      setStatus({ ok: true, text: t('options.backup.downloaded', { count: records, size: formatBytes(blob.size) }) });
    } catch (e) {
      setStatus({ ok: false, text: t('options.backup.exportFailed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setStep({ kind: 'idle' });
    }
  }

  return (
    <section className="stack" aria-labelledby="backup-h">
      <h2 id="backup-h">{t('options.backup.heading')}</h2>
      <p className="small muted">{t('options.backup.intro')}</p>
      <StorageLine refresh={status} />
      <div className="row">
        <button type="button" className="btn" disabled={busy} onClick={exportAll}>
          {t('options.backup.export')}
        </button>
        <FileButton label={t('options.backup.restore')} onFile={chooseFile} disabled={busy || step.kind === 'preview'} />
      </div>
      {step.kind === 'busy' ? <Progress what={step.what} done={step.done} total={step.total} /> : null}
      {step.kind === 'preview' ? (
        <PreviewCard
          step={step}
          onMerge={() => void restore(step.pending, step.preview.exportedAt, 'merge')}
          onReplace={() => (step.confirmReplace ? void restore(step.pending, step.preview.exportedAt, 'replace') : setStep({ ...step, confirmReplace: true }))}
          onCancel={() => {
            step.pending.cancel();
            setStep({ kind: 'idle' });
            setStatus({ ok: true, text: t('options.backup.cancelled') });
          }}
        />
      ) : null}
      {status ? (
        <div className={`notice small${status.ok ? '' : ' bad'}`} role={status.ok ? 'status' : 'alert'}>
          <p>{status.text}</p>
          {status.details?.length ? (
            <ul>
              {status.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Progress({ what, done, total }: { what: string; done: number; total: number }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="stack tight" aria-live="polite">
      <span className="small">
        {total ? t('options.backup.progress', { what, done: n(done), total: n(total) }) : `${what} …`}
      </span>
      <div className="progress" role="progressbar" aria-label={what} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

function PreviewCard({
  step,
  onMerge,
  onReplace,
  onCancel,
}: {
  step: Extract<Step, { kind: 'preview' }>;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const { preview } = step;
  const rows = preview.tables.filter((r) => r.inFile || r.onlyHere);
  const newerHere = preview.tables.reduce((x, r) => x + r.newerHere, 0);
  const overwritten = preview.tables.reduce((x, r) => x + r.overwritten, 0);
  const added = preview.tables.reduce((x, r) => x + r.added, 0);
  const onlyHere = preview.tables.reduce((x, r) => x + r.onlyHere, 0);
  return (
    <div className="card stack" role="region" aria-label={t('options.backup.preview')}>
      <strong>{t('options.backup.previewTitle', { when: when(preview.exportedAt), count: preview.inFile })}</strong>
      <p className="small muted">
        {preview.here
          ? t('options.backup.previewHere', { count: preview.here })
          : t('options.backup.previewEmpty')}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table className="table" aria-label={t('options.backup.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('options.backup.col.data')}</th>
              <th scope="col">{t('options.backup.col.backup')}</th>
              <th scope="col">{t('options.backup.col.new')}</th>
              <th scope="col" title={t('options.backup.col.olderHint')}>{t('options.backup.col.older')}</th>
              <th scope="col" title={t('options.backup.col.newerHint')}>{t('options.backup.col.newer')}</th>
              <th scope="col" title={t('options.backup.col.onlyHint')}>{t('options.backup.col.only')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.table} data-table={row.table}>
                <th scope="row">{tableLabel(row.table, row.label)}</th>
                <td>{n(row.inFile)}</td>
                <td>{n(row.added)}</td>
                <td>{n(row.overwritten)}</td>
                <td>{row.newerHere ? <strong>{n(row.newerHere)}</strong> : '0'}</td>
                <td>{n(row.onlyHere)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.repointedDeals ? (
        <p className="small">
          {t('options.backup.repointedPreview', { count: preview.repointedDeals })}
        </p>
      ) : null}
      {preview.here ? (
        <ul className="small">
          <li>
            {newerHere || onlyHere
              ? t('options.backup.mergeExplainKeeps', { added, overwritten, newerHere, onlyHere })
              : t('options.backup.mergeExplain', { added, overwritten })}
          </li>
          <li>
            {newerHere + onlyHere ? t('options.backup.replaceExplainLoses', { newerHere, onlyHere }) : t('options.backup.replaceExplain')}
          </li>
        </ul>
      ) : null}
      <div className="row">
        <button type="button" className="btn primary" onClick={onMerge}>
          {t('options.backup.merge')}
        </button>
        <button type="button" className="btn danger" onClick={onReplace}>
          {step.confirmReplace ? t('options.backup.replaceConfirm') : t('options.backup.replace')}
        </button>
        <button type="button" className="btn ghost" onClick={onCancel}>
          {t('options.backup.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Whether the browser may evict the notes, and how much room they take; re-read after each export or restore. */
function StorageLine({ refresh }: { refresh: unknown }) {
  const [s, setS] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    let alive = true;
    void (async () => {
      if (!asked) {
        await requestPersistence();
        setAsked(true);
      }
      const next = await readStorageStatus();
      if (alive) setS(next);
    })();
    return () => {
      alive = false;
    };
  }, [refresh, asked]);
  if (!s) return <div className="skeleton" style={{ height: 18 }} aria-label={t('options.backup.checkingStorage')} />;
  const safe = s.persisted === true || s.unlimited;
  return (
    <p className={`small${safe ? '' : ' notice warn'}`} data-testid="storage-status" data-persisted={String(s.persisted)} data-unlimited={String(s.unlimited)}>
      {safe
        ? t('options.backup.protected')
        : t('options.backup.notProtected')}{' '}
      {s.usage !== null ? t('options.backup.usage', { size: formatBytes(s.usage) }) : ''}
    </p>
  );
}
