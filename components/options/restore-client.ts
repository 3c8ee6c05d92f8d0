import type { FromWorker, ToWorker, WorkerRequest } from '@/lib/db/restore-worker';
import type { RestoreMode, RestorePreview, RestoreProgress, RestoreResult } from '@/lib/db/backup';
import { getLocale, localeTag, t } from '@/lib/i18n';

/**
 * The page's side of a restore or export that runs in a dedicated worker
 * (lib/db/restore-worker.ts), so the page never freezes. One worker per
 * operation: made ready while the page is idle (prepareWorker), taken when
 * the manager chooses a file or clicks Export, ended when it is done or cancelled.
 */
type Progress = (p: RestoreProgress | { phase: string; done: number; total: number }) => void;

function create(): Worker {
  return new Worker(new URL('../../lib/db/restore-worker.ts', import.meta.url), { type: 'module', name: 'sideline-restore' });
}

let spare: Worker | undefined;
/**
 * Starts the next operation's worker ahead of time: its code (zod, Dexie,
 * the checks: most of a megabyte) loads and compiles while the manager picks
 * a file, not after (a quarter of a second of a restore on a busy machine).
 * It opens nothing until asked. Returns a function that ends it if unused.
 */
export function prepareWorker(): () => void {
  spare ??= create();
  return () => {
    spare?.terminate();
    spare = undefined;
  };
}

function start(): Worker {
  const w = spare ?? create();
  spare = undefined;
  return w;
}

function talk<T>(worker: Worker, request: WorkerRequest, onProgress: Progress, pick: (m: FromWorker) => T | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m as RestoreProgress);
      if (m.type === 'failed') return reject(new Error(m.error));
      const v = pick(m);
      if (v !== undefined) resolve(v);
    };
    worker.onerror = (e) => reject(new Error(e.message || t('common.backup.workerStopped')));
    // The worker has its own module state: it writes its sentences in the language sent here.
    const send: ToWorker = { ...request, locale: getLocale(), tag: localeTag() };
    worker.postMessage(send);
  });
}

export interface PendingRestore {
  preview: RestorePreview;
  restore(mode: RestoreMode, onProgress: Progress): Promise<RestoreResult>;
  cancel(): void;
}

/** Reads and checks the file, then previews; nothing changes until `restore` is called. */
export async function openBackup(file: Blob, onProgress: Progress): Promise<{ ok: true; pending: PendingRestore } | { ok: false; errors: string[] }> {
  const worker = start();
  try {
    const r = await talk(worker, { type: 'read', file }, onProgress, (m) =>
      m.type === 'preview' ? ({ ok: true, preview: m.preview } as const) : m.type === 'read-failed' ? ({ ok: false, errors: m.errors } as const) : undefined,
    );
    if (!r.ok) {
      worker.terminate();
      return r;
    }
    return {
      ok: true,
      pending: {
        preview: r.preview,
        restore: async (mode, progress) => {
          try {
            return await talk(worker, { type: 'restore', mode }, progress, (m) => (m.type === 'restored' ? m.result : undefined));
          } finally {
            worker.terminate();
          }
        },
        cancel: () => worker.terminate(),
      },
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

export async function exportInWorker(now: Date, onProgress: Progress): Promise<{ blob: Blob; exportedAt: string; records: number }> {
  const worker = start();
  try {
    return await talk(worker, { type: 'export', now: now.toISOString() }, onProgress, (m) => (m.type === 'exported' ? m : undefined));
  } finally {
    worker.terminate();
  }
}
