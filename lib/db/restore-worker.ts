/// <reference lib="webworker" />
import { exportBackupBlob, previewRestore, readBackup, restoreBackup, type CheckedBackup } from './backup';
import { getDb } from './database';
import { setLocale, t, type Locale } from '../i18n';

/**
 * Runs a restore or an export off the page's main thread: reading and
 * checking the file (JSON.parse of a large backup alone holds a thread for a
 * good part of a second), the preview, and the chunked writes in their one
 * transaction all happen here, so Options keeps painting its progress bar and
 * answering clicks. The page only sends the file and the manager's choice.
 * Protocol: see components/options/restore-client.ts.
 *
 * A worker has its own module state, so its language is not the page's: every
 * request carries the page's language (getLocale/localeTag), set here before
 * any sentence is written (file checks, storage errors, table names).
 */
export interface PageLanguage {
  locale: Locale;
  /** The page's BCP 47 tag (localeTag()), for numbers written the manager's way. */
  tag: string;
}
/** What the page asks for. */
export type WorkerRequest = { type: 'read'; file: Blob } | { type: 'restore'; mode: 'merge' | 'replace' } | { type: 'export'; now: string };
export type ToWorker = PageLanguage & WorkerRequest;

export type FromWorker =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'read-failed'; errors: string[] }
  | { type: 'preview'; preview: Awaited<ReturnType<typeof previewRestore>> }
  | { type: 'restored'; result: Awaited<ReturnType<typeof restoreBackup>> }
  | { type: 'exported'; blob: Blob; exportedAt: string; records: number }
  | { type: 'failed'; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let checked: CheckedBackup | undefined;
const post = (m: FromWorker) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  setLocale(msg.locale, msg.tag);
  try {
    if (msg.type === 'read') {
      // The database opens while the file is read and checked (the preview needs it next).
      void getDb()
        .open()
        .catch(() => {});
      const read = await readBackup(msg.file, (p) => post({ type: 'progress', ...p }));
      if (!read.ok) return post({ type: 'read-failed', errors: read.errors });
      checked = read.backup;
      post({ type: 'preview', preview: await previewRestore(checked) });
    } else if (msg.type === 'restore') {
      if (!checked) return post({ type: 'failed', error: t('common.backup.notLoaded') });
      const result = await restoreBackup(checked, { mode: msg.mode, onProgress: (p) => post({ type: 'progress', ...p }) });
      checked = undefined;
      post({ type: 'restored', result });
    } else if (msg.type === 'export') {
      const out = await exportBackupBlob(new Date(msg.now), (p) => post({ type: 'progress', phase: 'exporting', ...p }));
      post({ type: 'exported', ...out });
    }
  } catch (err) {
    post({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
  } finally {
    // Done with the database until the page asks again (it ends this worker after each operation).
    if (msg.type !== 'read') getDb().close({ disableAutoOpen: false });
  }
};
