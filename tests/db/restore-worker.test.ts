import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import type { FromWorker, ToWorker, WorkerRequest } from '../../lib/db/restore-worker';
import { seedBackup } from '../bench/seed';
import { TABLES } from '../../lib/db/backup';
import { setLocale } from '../../lib/i18n';

/**
 * The worker's side of a restore, driven the way Options drives it: the file,
 * then the preview, then the manager's choice; and an export. The worker
 * module is loaded into this test's global scope, which stands in for the
 * worker's (postMessage out, onmessage in).
 */
useFreshDb();
afterEach(() => setLocale('en'));

const sent: FromWorker[] = [];
let receive: (e: { data: ToWorker }) => Promise<void>;
beforeAll(async () => {
  const g = globalThis as unknown as { self: unknown; postMessage: (m: FromWorker) => void; onmessage: typeof receive };
  g.self = globalThis;
  g.postMessage = (m) => void sent.push(m);
  await import('../../lib/db/restore-worker');
  receive = g.onmessage;
});
/** Asks as Options does: with the page's language (English unless a test says otherwise). */
async function ask(msg: WorkerRequest, language: Pick<ToWorker, 'locale' | 'tag'> = { locale: 'en', tag: 'en-US' }): Promise<FromWorker[]> {
  sent.length = 0;
  await receive({ data: { ...msg, ...language } });
  return [...sent];
}

describe('the restore worker', () => {
  it('reads and previews a file, writes only when told, reporting progress, then exports', async () => {
    const backup = seedBackup({ deals: 20, notes: 5000, commitments: 30 });
    const read = await ask({ type: 'read', file: new Blob([JSON.stringify(backup)]) });
    expect(read.at(-1)).toMatchObject({ type: 'preview', preview: { inFile: 20 + 1000 + 30 + 12 + 1, here: 0 } });
    expect(read.some((m) => m.type === 'progress' && m.phase === 'checking')).toBe(true);
    expect(await getDb().sessions.count()).toBe(0);

    const restored = await ask({ type: 'restore', mode: 'merge' });
    expect(restored.at(-1)).toMatchObject({ type: 'restored', result: { ok: true, records: 1063, written: 1063 } });
    expect(restored.filter((m) => m.type === 'progress' && m.phase === 'writing').length).toBeGreaterThan(1);
    expect(await getDb().sessions.count()).toBe(1000);

    // A second restore needs the file again.
    expect((await ask({ type: 'restore', mode: 'merge' })).at(-1)).toEqual({ type: 'failed', error: 'Choose the backup again: it is no longer loaded.' });

    const exported = (await ask({ type: 'export', now: '2026-11-22T10:00:00.000Z' })).at(-1);
    expect(exported).toMatchObject({ type: 'exported', records: 1063, exportedAt: '2026-11-22T10:00:00.000Z' });
    const file = JSON.parse(await (exported as { blob: Blob }).blob.text()) as { tables: { sessions: unknown[] } };
    expect(file.tables.sessions).toHaveLength(1000);
  });

  it('answers a broken file with the sentences to show, and writes nothing', async () => {
    const read = await ask({ type: 'read', file: new Blob(['<html>not a backup</html>']) });
    expect(read.at(-1)).toEqual({
      type: 'read-failed',
      errors: ['This file is a web page (HTML), not a Sideline backup. If you saved it from a browser tab, export it again from Sideline instead.'],
    });
    expect(await getDb().reps.count()).toBe(0);
  });

  it('writes its sentences in the page’s language, which the request carries (the worker has its own module state)', async () => {
    setLocale('en'); // the worker's own state: only the request can make it French
    const fr = { locale: 'fr', tag: 'fr-CA' } as const;
    const broken = { format: 'sideline.backup', version: 2, exportedAt: '2026-11-20T10:00:00.000Z', tables: { reps: [{ id: 'r1' }] } };
    const read = await ask({ type: 'read', file: new Blob([JSON.stringify(broken)]) }, fr);
    const errors = (read.at(-1) as { type: 'read-failed'; errors: string[] }).errors;
    expect(read.at(-1)?.type).toBe('read-failed');
    expect(errors).toContain('La sauvegarde n’a pas de liste « affaires » : elle est incomplète.');
    expect(errors.every((e) => !/\bthe\b|backup has/i.test(e))).toBe(true);

    const bad = { ...broken, tables: Object.fromEntries(TABLES.map((t) => [t, t === 'reps' ? [{ id: 'r1' }] : []])) };
    const checked = await ask({ type: 'read', file: new Blob([JSON.stringify(bad)]) }, fr);
    expect((checked.at(-1) as { errors: string[] }).errors[0]).toBe('Commercial 1 (id « r1 ») du fichier : le champ « nom » est manquant.');

    expect((await ask({ type: 'restore', mode: 'merge' }, fr)).at(-1)).toEqual({ type: 'failed', error: 'Choisissez de nouveau la sauvegarde : elle n’est plus chargée.' });
    // The next request in English is answered in English again.
    expect((await ask({ type: 'restore', mode: 'merge' })).at(-1)).toEqual({ type: 'failed', error: 'Choose the backup again: it is no longer loaded.' });
    expect(await getDb().reps.count()).toBe(0);
  });
});
