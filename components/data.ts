import { useEffect, useRef, useState } from 'react';
import type { DbApi } from '@/lib/db/api';
import { DB_FNS } from '@/lib/db/api-names';
import { sendWithRetry } from '@/lib/messaging/retry';

/**
 * How a page reaches the database. The coaching panel is an iframe inside the
 * CRM page, where the browser counts its storage as third-party and may block
 * it (Chrome does when third-party cookies are blocked). Embedded, the panel
 * therefore never opens IndexedDB: it calls the repository in the background
 * by name, and its live reads re-run when any context reports a change. It
 * does not even load Dexie, which keeps the panel quick to open.
 * Top-level pages (popup, options, the panel in its own window) open the
 * database themselves: they call `openLocalDatabase` (local-database.ts)
 * before their first render, and read with useLiveQuery.
 */
export const EMBEDDED = typeof window !== 'undefined' && window.top !== window;

type Reply = { ok: true; value: unknown } | { ok: false; error: string };
type LiveQueryHook = <T>(query: () => Promise<T> | T, deps: unknown[]) => T | undefined;

/** Set once, before the first render, by pages that open IndexedDB themselves. */
let local: { api: DbApi; useLiveQuery: LiveQueryHook } | undefined;
export function setLocalDatabase(api: DbApi, useLiveQuery: LiveQueryHook): void {
  local = { api, useLiveQuery };
}

function remote(fn: string) {
  return async (...args: unknown[]) => {
    const reply = (await sendWithRetry(fn, () => browser.runtime.sendMessage({ type: 'db:call', fn, args }))) as Reply | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('Sideline’s background did not answer. Reload the page.');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

export const db = Object.fromEntries(
  DB_FNS.map((fn) => {
    const viaBackground = remote(fn);
    // Called synchronously on a local page, so Dexie's live queries see the read.
    return [fn, (...args: unknown[]) => (local ? (local.api[fn] as (...a: unknown[]) => unknown)(...args) : viaBackground(...args))];
  }),
) as unknown as DbApi;

const rerun = new Set<() => void>();
let listening = false;
/** Remote reads re-run when any context says the database changed. */
function listenForChanges() {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return;
    if ((raw as { type?: unknown } | null)?.type === 'db:changed') rerun.forEach((r) => r());
  });
}

function useRemoteQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const latest = useRef(query);
  latest.current = query;
  useEffect(() => {
    let alive = true;
    let running = false;
    let again = false;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const v = await latest.current();
        if (alive) setValue(() => v);
      } catch (e) {
        console.warn('Sideline: read failed', e);
      } finally {
        running = false;
        if (again && alive) {
          again = false;
          void run();
        }
      }
    };
    listenForChanges();
    void run();
    rerun.add(run);
    return () => {
      alive = false;
      rerun.delete(run);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/** A live read: re-runs whenever the data it depends on may have changed. */
export function useDbQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  // `local` is fixed before the first render, so every render calls the same hook.
  return local ? local.useLiveQuery(query, deps) : useRemoteQuery(query, deps);
}
