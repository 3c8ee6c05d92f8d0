import { useEffect, useState } from 'react';
import type { RestoreMode, RestorePreview, RestoreProgress } from '@/lib/db/backup';
import { exportInWorker, openBackup, type PendingRestore } from './restore-client';
import { formatBytes } from '@/lib/files/read-file';
import { describeStorageError, readStorageStatus, requestPersistence, type StorageStatus } from '@/lib/db/storage';
import { downloadBlob } from '../download';
import { FileButton } from '../file-button';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; done: number; total: number }
  | { kind: 'preview'; pending: PendingRestore; preview: RestorePreview; confirmReplace: boolean };

const n = (x: number) => x.toLocaleString('en');
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });

/** The only way notes leave the browser: an export the manager asks for. A restore shows what it would do first. */
export function BackupSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [status, setStatus] = useState<{ ok: boolean; text: string; details?: string[] } | null>(null);
  const busy = step.kind === 'busy';

  const progress = (what: string) => (p: RestoreProgress | { phase: string; done: number; total: number }) =>
    setStep({ kind: 'busy', what: p.phase === 'checking' ? 'Checking the backup' : p.phase === 'reading' ? 'Reading the backup' : what, done: p.done, total: p.total });

  async function chooseFile(file: File) {
    setStatus(null);
    setStep({ kind: 'busy', what: 'Reading the backup', done: 0, total: 0 });
    try {
      const read = await openBackup(file, progress('Reading the backup'));
      if (!read.ok) {
        setStep({ kind: 'idle' });
        setStatus({ ok: false, text: 'This file was not restored. Nothing was changed.', details: read.errors });
        return;
      }
      setStep({ kind: 'preview', pending: read.pending, preview: read.pending.preview, confirmReplace: false });
    } catch (e) {
      setStep({ kind: 'idle' });
      setStatus({ ok: false, text: describeStorageError(e, 'Nothing was changed.') });
    }
  }

  async function restore(pending: PendingRestore, exportedAt: string, mode: RestoreMode) {
    setStatus(null);
    setStep({ kind: 'busy', what: 'Restoring', done: 0, total: 0 });
    let r;
    try {
      r = await pending.restore(mode, progress('Restoring'));
    } catch (e) {
      r = { ok: false as const, errors: [describeStorageError(e, 'Nothing was restored; your data is as it was.')] };
    }
    setStep({ kind: 'idle' });
    if (!r.ok) {
      setStatus({ ok: false, text: 'The backup was not restored.', details: r.errors });
      return;
    }
    // Restored custom sites whose hosts are already allowed get their content
    // scripts now (and Replace all may have removed some). A merge of a file
    // without custom sites leaves them as they were: no need to wait for the
    // background (a busy moment for it, right after a large restore).
    const sitesInFile = pending.preview.tables.find((t) => t.table === 'customSites')?.inFile ?? 0;
    if (mode === 'replace' || sitesInFile > 0) await browser.runtime.sendMessage({ type: 'custom:sync' }).catch(() => {});
    const kept = r.keptNewer ? ` ${n(r.keptNewer)} kept as they are here, changed after the backup.` : '';
    const moved = r.repointed ? ` ${n(r.repointed)} deals here were joined to the backup’s copy, with their sessions and commitments.` : '';
    setStatus({
      ok: true,
      text:
        mode === 'replace'
          ? `Restored ${n(r.records)} records: your data is now the backup of ${when(exportedAt)}.`
          : `Restored ${n(r.records)} records by merging: ${n(r.written)} added or updated.${kept}${moved}`,
    });
  }

  async function exportAll() {
    setStatus(null);
    setStep({ kind: 'busy', what: 'Exporting', done: 0, total: 0 });
    try {
      const { blob, exportedAt, records } = await exportInWorker(new Date(), progress('Exporting'));
      downloadBlob(`sideline-backup-${exportedAt.slice(0, 10)}.json`, blob);
      setStatus({ ok: true, text: `Backup downloaded: ${n(records)} records, ${formatBytes(blob.size)}. Keep it somewhere private.` });
    } catch (e) {
      setStatus({ ok: false, text: `The backup could not be made: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setStep({ kind: 'idle' });
    }
  }

  return (
    <section className="stack" aria-labelledby="backup-h">
      <h2 id="backup-h">Your data</h2>
      <p className="small muted">
        Coaching notes are sensitive. They stay in this browser: nothing is sent anywhere, and CRM pages cannot read them. Export a backup to move
        them to another browser.
      </p>
      <StorageLine refresh={status} />
      <div className="row">
        <button type="button" className="btn" disabled={busy} onClick={exportAll}>
          Export backup
        </button>
        <FileButton label="Restore backup…" onFile={chooseFile} disabled={busy || step.kind === 'preview'} />
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
            setStatus({ ok: true, text: 'Restore cancelled. Nothing was changed.' });
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
        {what}
        {total ? ` … ${n(done)} of ${n(total)} records` : ' …'}
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
  const rows = preview.tables.filter((t) => t.inFile || t.onlyHere);
  const newerHere = preview.tables.reduce((x, t) => x + t.newerHere, 0);
  const overwritten = preview.tables.reduce((x, t) => x + t.overwritten, 0);
  const added = preview.tables.reduce((x, t) => x + t.added, 0);
  const onlyHere = preview.tables.reduce((x, t) => x + t.onlyHere, 0);
  return (
    <div className="card stack" role="region" aria-label="Restore preview">
      <strong>
        Backup of {when(preview.exportedAt)}: {n(preview.inFile)} records
      </strong>
      <p className="small muted">
        {preview.here
          ? `Nothing has changed yet. Here is what a restore would do to the ${n(preview.here)} records in this browser.`
          : 'Nothing has changed yet. This browser holds no data: a restore adds every record.'}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table className="table" aria-label="What the restore would change">
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Backup</th>
              <th scope="col">New</th>
              <th scope="col" title="Here in an older version: Merge overwrites it">Older here</th>
              <th scope="col" title="Changed here after the backup: Merge keeps it">Newer here</th>
              <th scope="col" title="Not in the backup: Merge keeps it, Replace all deletes it">Only here</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.table} data-table={t.table}>
                <th scope="row">{t.label}</th>
                <td>{n(t.inFile)}</td>
                <td>{n(t.added)}</td>
                <td>{n(t.overwritten)}</td>
                <td>{t.newerHere ? <strong>{n(t.newerHere)}</strong> : '0'}</td>
                <td>{n(t.onlyHere)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.repointedDeals ? (
        <p className="small">
          {n(preview.repointedDeals)} {preview.repointedDeals === 1 ? 'deal here is' : 'deals here are'} the same CRM deal as one in the backup under another id:
          Merge joins them, and their sessions, notes and commitments move along.
        </p>
      ) : null}
      {preview.here ? (
        <ul className="small">
          <li>
            <strong>Merge</strong> adds {n(added)} new and updates {n(overwritten)} older records
            {newerHere || onlyHere ? `; it keeps the ${n(newerHere)} changed here after the backup and the ${n(onlyHere)} only here` : ''}.
          </li>
          <li>
            <strong>Replace all</strong> deletes everything here first
            {newerHere + onlyHere ? `, losing ${n(newerHere)} newer changes and ${n(onlyHere)} records the backup does not have` : ''}, then puts the backup in
            its place.
          </li>
        </ul>
      ) : null}
      <div className="row">
        <button type="button" className="btn primary" onClick={onMerge}>
          Merge
        </button>
        <button type="button" className="btn danger" onClick={onReplace}>
          {step.confirmReplace ? 'Yes, replace everything here' : 'Replace all…'}
        </button>
        <button type="button" className="btn ghost" onClick={onCancel}>
          Cancel
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
  if (!s) return <div className="skeleton" style={{ height: 18 }} aria-label="Checking storage" />;
  const safe = s.persisted === true || s.unlimited;
  return (
    <p className={`small${safe ? '' : ' notice warn'}`} data-testid="storage-status" data-persisted={String(s.persisted)} data-unlimited={String(s.unlimited)}>
      {safe
        ? 'Protected storage: the browser will not clear Sideline’s data to free disk space.'
        : 'Storage is not protected: the browser may clear Sideline’s data when the disk is nearly full. Keep a recent backup.'}{' '}
      {s.usage !== null ? `Notes, sessions and settings use ${formatBytes(s.usage)}.` : ''}
    </p>
  );
}
