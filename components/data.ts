import { useEffect, useRef, useState } from 'react';
import type { DbApi, DbReply } from '@/lib/db/api';
import { sendWithRetry } from '@/lib/messaging/retry';
import { PANEL_KEY } from './panel/panel-key';
import { readsChanged } from '@/lib/db/changes';

/**
 * The one way a page reaches the database: `db.<method>(…)` for a call and
 * `useDbQuery(…)` for a live read. `db` is a Proxy typed by the API itself
 * (lib/db/api.ts): method names and argument types come from there, and no
 * list of names is kept here, so this module never loads the API (or zod,
 * or Dexie).
 *
 * Where a call runs:
 * - Pages that open the database themselves (options, the panel in its own
 *   window) call `openLocalDatabase` (local-database.ts) before their first
 *   render: calls run on the page, arguments parsed by the API, and live reads
 *   are Dexie's live queries.
 * - Every other page (the embedded panel, the popup) sends each call to the
 *   background, which parses the arguments and runs it. The embedded panel
 *   must: inside the CRM page the browser counts its storage as third-party
 *   and may block it. The popup does so to open fast, without Dexie or zod.
 *   Their live reads re-run when the background says a table they read changed.
 */
export const EMBEDDED = typeof window !== 'undefined' && window.top !== window;

type LiveQueryHook = <T>(query: () => Promise<T> | T, deps: unknown[]) => T | undefined;
type Call = (fn: string, args: unknown[]) => Promise<unknown>;

/** Set once, before the first render, by pages that open IndexedDB themselves. */
let local: { call: Call; useLiveQuery: LiveQueryHook } | undefined;
export function setLocalDatabase(call: Call, useLiveQuery: LiveQueryHook): void {
  local = { call, useLiveQuery };
}

/** One run of a remote live read: the tables its calls read, reported by the background. */
interface ReadRun {
  tables: Set<string>;
}
/** The run whose synchronous part is executing: a call made now through the shared `db` is its read. */
let runningNow: ReadRun | undefined;
/** Runs still waiting for an answer: a shared-`db` call made later is counted for all of them (never too few). */
const unsettled = new Set<ReadRun>();

async function callBackground(fn: string, args: unknown[], run: ReadRun | undefined): Promise<unknown> {
  const readers = run ? [run] : runningNow ? [runningNow] : [...unsettled];
  // A stopping or starting service worker: sent again when it cannot have run twice (lib/messaging/retry.ts).
  const reply = (await sendWithRetry(fn, () => browser.runtime.sendMessage({ type: 'db:call', fn, args, key: PANEL_KEY }))) as DbReply | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('Sideline’s background did not answer. Reload the page.');
  if (!reply.ok) throw new Error(reply.error);
  for (const r of readers) for (const t of reply.reads ?? []) r.tables.add(t);
  return reply.value;
}

const NOT_METHODS = new Set(['then', 'toJSON', 'constructor', '$$typeof']);

function client(run?: ReadRun): DbApi {
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as DbApi, {
    get(_, name) {
      // Only method names: not a thenable, not JSON, not a symbol-keyed protocol.
      if (typeof name !== 'string' || NOT_METHODS.has(name)) return undefined;
      let m = methods.get(name);
      if (!m) {
        // Called synchronously on a local page, so Dexie's live queries see the read.
        m = (...args: unknown[]) => (local ? local.call(name, args) : callBackground(name, args, run));
        methods.set(name, m);
      }
      return m;
    },
  });
}

/** The database, for calls: `await db.startSession({...})`. */
export const db: DbApi = client();

const watchers = new Set<(tables: readonly string[] | null) => void>();
let listening = false;
/** Remote reads re-run when a context says a table they read changed. */
function listenForChanges() {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return;
    const msg = raw as { type?: unknown; tables?: unknown } | null;
    if (msg?.type !== 'db:changed') return;
    // Without a list of tables (an older sender), every read may be stale.
    const tables = Array.isArray(msg.tables) && msg.tables.every((t) => typeof t === 'string') ? (msg.tables as string[]) : null;
    watchers.forEach((w) => w(tables));
  });
}

/** A remote read started before the first render: the first run of the live read that is given it takes its answer instead of asking again. */
export interface PrimedRead<T> {
  readonly promise: Promise<T>;
  readonly run: ReadRun;
  /** Whether a table changed before the live read took it (then it asks again once it has shown this answer). */
  changed: boolean;
  /** Stops watching for those changes (the live read watches from then on). */
  stopWatching(): void;
  /** Its answer once it came: the live read then renders with it from its first render. */
  answer?: { value: T };
}

/**
 * Starts a read now, before React has loaded or mounted anything: the popup
 * asks for its first paint's data as its script starts, so the round trip to
 * the background runs while React renders its skeleton. Only for pages that
 * read through the background (undefined on a page with its own database).
 */
export function primeDbQuery<T>(query: (db: DbApi) => Promise<T>): PrimedRead<T> | undefined {
  if (local) return undefined;
  const run: ReadRun = { tables: new Set() };
  unsettled.add(run);
  const promise = query(client(run));
  // The live read that takes it reports a failure (and asks again on the next change).
  const primed: PrimedRead<T> = { promise, run, changed: false, stopWatching: () => watchers.delete(onChange) };
  promise.then(
    (value) => {
      unsettled.delete(run);
      primed.answer = { value };
    },
    () => unsettled.delete(run),
  );
  const onChange = () => (primed.changed = true);
  listenForChanges();
  watchers.add(onChange);
  return primed;
}

function useRemoteQuery<T>(query: (db: DbApi) => Promise<T> | T, deps: unknown[], primed?: PrimedRead<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => primed?.answer?.value);
  const latest = useRef(query);
  latest.current = query;
  const first = useRef(primed);
  useEffect(() => {
    let alive = true;
    let running = false;
    let again = false;
    // What the last finished run read; until a run finishes, any change counts.
    let reads: Set<string> | null = null;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const taken = first.current;
      first.current = undefined;
      const r: ReadRun = taken?.run ?? { tables: new Set() };
      unsettled.add(r);
      try {
        let pending: Promise<T> | T;
        if (taken) {
          pending = taken.promise;
          // Changed before this read watched: show the answer, then ask again.
          if (taken.changed) again = true;
        } else {
          const outer = runningNow;
          runningNow = r;
          try {
            pending = latest.current(client(r));
          } finally {
            runningNow = outer;
          }
        }
        const v = await pending;
        reads = r.tables;
        if (alive) setValue(() => v);
      } catch (e) {
        reads = null;
        console.warn('Sideline: read failed', e);
      } finally {
        unsettled.delete(r);
        running = false;
        if (again && alive) {
          again = false;
          void run();
        }
      }
    };
    const onChange = (tables: readonly string[] | null) => {
      if (running || !reads || !tables || readsChanged(reads, tables)) void run();
    };
    // From here this read watches for changes itself (all in this same task, so none is missed).
    first.current?.stopWatching();
    listenForChanges();
    void run();
    watchers.add(onChange);
    return () => {
      alive = false;
      watchers.delete(onChange);
    };
  }, deps);
  return value;
}

/**
 * A live read: re-runs when data it read may have changed. The query gets the
 * database as its argument: calls made through it are tracked exactly, also
 * after an `await` (calls through the shared `db` after an await are counted
 * for every read in flight). `primed` (primeDbQuery, made with the same query
 * and deps) answers its first run.
 */
export function useDbQuery<T>(query: (db: DbApi) => Promise<T> | T, deps: unknown[], primed?: PrimedRead<T>): T | undefined {
  // `local` is fixed before the first render, so every render calls the same hook.
  return local ? local.useLiveQuery(() => query(db), deps) : useRemoteQuery(query, deps, primed);
}
