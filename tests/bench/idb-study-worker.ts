/// <reference lib="webworker" />
// Runs inside a dedicated worker of a plain https page (see idb-study.ts): the
// same records, written to IndexedDB several ways, each timed.
import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';
import { withIndexField } from '../../lib/db/index-fields';

type Rec = Record<string, unknown> & { id: string };
type Tables = Record<string, Rec[]>;
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Latest store definitions (Dexie syntax) from the versions list, or as of version `upTo`. */
function latestStores(upTo = Infinity): Record<string, string> {
  const out: Record<string, string | null> = {};
  for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= upTo)) Object.assign(out, v.stores);
  return Object.fromEntries(Object.entries(out).filter(([, s]) => s !== null)) as Record<string, string>;
}

async function fresh(name: string, stores: Record<string, string>): Promise<void> {
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores(stores);
  await db.open();
  db.close();
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

const ORDER = ['reps', 'repLinks', 'deals', 'sessions', 'commitments', 'stageMappings', 'questionBanks', 'questionStates', 'customSites', 'settings'];

async function rawOneTx(name: string, tables: Tables, opts: { durability?: 'relaxed' | 'default' | 'strict'; op?: 'put' | 'add'; waitEvery?: number }) {
  const db = await openRaw(name);
  const names = ORDER.filter((t) => db.objectStoreNames.contains(t));
  let issueMs = 0;
  const t0 = performance.now();
  await new Promise<void>((res, rej) => {
    const tx = db.transaction(names, 'readwrite', { durability: opts.durability ?? 'default' });
    tx.oncomplete = () => res();
    tx.onerror = () => rej(tx.error);
    tx.onabort = () => rej(tx.error);
    const all: Array<[IDBObjectStore, Rec]> = [];
    for (const t of names) for (const r of tables[t] ?? []) all.push([tx.objectStore(t), r]);
    const every = opts.waitEvery ?? 0;
    let i = 0;
    const issue = () => {
      const s = performance.now();
      const end = every ? Math.min(all.length, i + every) : all.length;
      let last: IDBRequest | undefined;
      for (; i < end; i++) last = opts.op === 'add' ? all[i]![0].add(all[i]![1]) : all[i]![0].put(all[i]![1]);
      issueMs += performance.now() - s;
      if (i < all.length && last) last.onsuccess = issue;
    };
    issue();
  });
  const ms = performance.now() - t0;
  db.close();
  return { ms, issueMs };
}

async function rawParallel(name: string, tables: Tables, durability: 'relaxed' | 'default') {
  const db = await openRaw(name);
  const names = ORDER.filter((t) => db.objectStoreNames.contains(t));
  const t0 = performance.now();
  await Promise.all(
    names.map(
      (t) =>
        new Promise<void>((res, rej) => {
          const tx = db.transaction([t], 'readwrite', { durability });
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
          const s = tx.objectStore(t);
          for (const r of tables[t] ?? []) s.put(r);
        }),
    ),
  );
  const ms = performance.now() - t0;
  db.close();
  return { ms };
}

async function rawManyTx(name: string, tables: Tables, size: number, durability: 'relaxed' | 'default') {
  const db = await openRaw(name);
  const names = ORDER.filter((t) => db.objectStoreNames.contains(t));
  const t0 = performance.now();
  for (const t of names) {
    const rows = tables[t] ?? [];
    for (let i = 0; i < rows.length; i += size) {
      await new Promise<void>((res, rej) => {
        const tx = db.transaction([t], 'readwrite', { durability });
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
        const s = tx.objectStore(t);
        for (const r of rows.slice(i, i + size)) s.put(r);
      });
    }
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms };
}

async function dexieChunks(name: string, stores: Record<string, string>, tables: Tables, opts: { chunk: number; inFlight: number; durability?: 'relaxed' | 'default'; allKeys?: boolean }) {
  const db = new Dexie(name, opts.durability ? { chromeTransactionDurability: opts.durability } : undefined);
  db.version(1).stores(stores);
  await db.open();
  const t0 = performance.now();
  await db.transaction('rw', ORDER.map((t) => db.table(t)), async () => {
    const inFlight: Promise<unknown>[] = [];
    for (const t of ORDER) {
      const rows = tables[t] ?? [];
      for (let i = 0; i < rows.length; i += opts.chunk) {
        const p = opts.allKeys === undefined ? db.table(t).bulkPut(rows.slice(i, i + opts.chunk)) : db.table(t).bulkPut(rows.slice(i, i + opts.chunk), { allKeys: opts.allKeys });
        inFlight.push(p);
        if (inFlight.length >= opts.inFlight) await inFlight.shift();
      }
    }
    await Promise.all(inFlight);
  });
  const ms = performance.now() - t0;
  db.close();
  return { ms };
}

scope.onmessage = async (e: MessageEvent<{ variant: string; tables: Tables }>) => {
  const { variant, tables } = e.data;
  const stores = latestStores();
  const bare = Object.fromEntries(Object.keys(stores).map((t) => [t, 'id']));
  const name = 'study';
  try {
    let r: Record<string, number>;
    switch (variant) {
      case 'raw-default': await fresh(name, stores); r = await rawOneTx(name, tables, {}); break;
      case 'raw-relaxed': await fresh(name, stores); r = await rawOneTx(name, tables, { durability: 'relaxed' }); break;
      case 'raw-add-relaxed': await fresh(name, stores); r = await rawOneTx(name, tables, { durability: 'relaxed', op: 'add' }); break;
      case 'raw-relaxed-waitEvery1000': await fresh(name, stores); r = await rawOneTx(name, tables, { durability: 'relaxed', waitEvery: 1000 }); break;
      case 'raw-noindex-relaxed': await fresh(name, bare); r = await rawOneTx(name, tables, { durability: 'relaxed' }); break;
      case 'raw-parallel-relaxed': await fresh(name, stores); r = await rawParallel(name, tables, 'relaxed'); break;
      case 'dexie-1000x3': await Dexie.delete(name); r = await dexieChunks(name, stores, tables, { chunk: 1000, inFlight: 3 }); break;
      case 'dexie-1000x3-relaxed': await Dexie.delete(name); r = await dexieChunks(name, stores, tables, { chunk: 1000, inFlight: 3, durability: 'relaxed' }); break;
      case 'dexie-5000x3-relaxed-nokeys': await Dexie.delete(name); r = await dexieChunks(name, stores, tables, { chunk: 5000, inFlight: 3, durability: 'relaxed', allKeys: false }); break;
      case 'raw-tx2000-relaxed': await fresh(name, stores); r = await rawManyTx(name, tables, 2000, 'relaxed'); break;
      case 'raw-tx500-relaxed': await fresh(name, stores); r = await rawManyTx(name, tables, 500, 'relaxed'); break;
      case 'raw-tx2000-default': await fresh(name, stores); r = await rawManyTx(name, tables, 2000, 'default'); break;
      case 'raw-tiny-noindex-relaxed': {
        await fresh(name, bare);
        const tiny = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.map((r) => ({ id: r.id }))]));
        r = await rawOneTx(name, tiny, { durability: 'relaxed' });
        break;
      }
      case 'dexie-v5-1000x3': {
        // Version 5's indexes, as the database had them before version 6.
        await Dexie.delete(name);
        const v5 = latestStores(5);
        r = await dexieChunks(name, v5, tables, { chunk: 1000, inFlight: 3 });
        break;
      }
      case 'dexie-v6-1000x3': {
        // The latest indexes, with the index fields the middleware derives on every write.
        await Dexie.delete(name);
        const derived = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.map((r) => withIndexField(t, r) as Rec)]));
        r = await dexieChunks(name, stores, derived, { chunk: 1000, inFlight: 3 });
        break;
      }
      case 'dexie-v6-folded-1000x3': {
        // A design not built: each session keeps its resolved commitments
        // inside its record; only open commitments stay records of their own.
        await Dexie.delete(name);
        const resolved = new Map<string, Rec[]>();
        for (const c of tables.commitments ?? []) if (c.status !== 'open') resolved.set(c.sessionId as string, [...(resolved.get(c.sessionId as string) ?? []), c]);
        const folded: Tables = {
          ...tables,
          sessions: (tables.sessions ?? []).map((s) => ({ ...s, resolvedCommitments: resolved.get(s.id) ?? [] })),
          commitments: (tables.commitments ?? []).filter((c) => c.status === 'open'),
        };
        const derived = Object.fromEntries(Object.entries(folded).map(([t, rows]) => [t, rows.map((r) => withIndexField(t, r) as Rec)]));
        r = await dexieChunks(name, stores, derived, { chunk: 1000, inFlight: 3 });
        break;
      }
      case 'probe': r = { putAll: +('putAll' in IDBObjectStore.prototype), getAllRecords: +('getAllRecords' in IDBObjectStore.prototype), ms: 0 }; console.log(JSON.stringify(Object.getOwnPropertyNames(IDBObjectStore.prototype))); break;
      default: throw new Error(`unknown variant ${variant}`);
    }
    scope.postMessage({ ok: true, ...r });
  } catch (err) {
    scope.postMessage({ ok: false, error: String(err) });
  }
};
