import { t } from '../i18n';
import { entryKey, fieldKey, isJournalKey, JOURNAL_VERSION, parseEntry, compareEntries, type JournalEntry, type JournalTarget } from './entry';

/**
 * The typing side of the journal (see entry.ts), for any page with typed
 * fields. `write` stores the field's value in the journal at once, in the same
 * task as the keystroke; then the drain is asked for (the background, or the
 * page itself when it opens the database) and asked again, backing off, until
 * the entry is gone from the journal, which is the acknowledgement: the drain
 * removes an entry only once its value has landed in the database.
 *
 * A field is "saving" while any of its writes is unacknowledged, and
 * "unsaved" once the oldest of them has waited `stuckAfterMs` or the journal
 * itself refused the write (quota, an extension that was updated underneath).
 */

export type SaveState = 'saved' | 'saving' | 'unsaved';
export interface FieldStatus {
  state: SaveState;
  /** Why the value is not saved, in a manager's words, when we know. */
  error: string | null;
  /** False when the journal itself refused the value: it lives only in this page. */
  kept: boolean;
}

/** What a drain reports (drain.ts DrainResult), as far as the typing side reads it. */
interface DrainReport {
  failed?: { field: string }[];
}

/** A storage or database error, said so a manager understands it (the raw one goes to the console). */
export function savingProblem(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(m)) return t('common.journal.full');
  if (/context invalidated/i.test(m)) return t('common.journal.updated');
  return t('common.journal.noAnswer');
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
export interface JournalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
export interface JournalEvents {
  addListener(cb: (changes: Changes, area: string) => void): void;
  removeListener(cb: (changes: Changes, area: string) => void): void;
}

export interface JournalClientOptions {
  area: JournalArea;
  /** storage.onChanged (all areas; only 'local' is read). */
  onChanged: JournalEvents;
  /** Asks the drain to run; resolves once it ran. */
  deliver: () => Promise<unknown>;
  now?: () => number;
  writer?: string;
  /** Ask for the drain this long after the last keystroke (the background also drains on its own). */
  idleMs?: number;
  /** Retry delays while writes stay unacknowledged; the last one repeats. */
  backoffMs?: readonly number[];
  stuckAfterMs?: number;
}

interface Field {
  /** This page's unacknowledged writes, oldest first. */
  keys: { key: string; entry: JournalEntry; stored: boolean }[];
  /** When the oldest unacknowledged write was made. */
  since: number;
  error: string | null;
  /** The error is the journal's: the newest value is not in storage yet. */
  notKept: boolean;
  status: FieldStatus;
  listeners: Set<() => void>;
  stuckTimer?: ReturnType<typeof setTimeout>;
  /** When `stuckTimer` fires. */
  stuckAt?: number;
}

const SAVED: FieldStatus = Object.freeze({ state: 'saved', error: null, kept: true });

export class JournalClient {
  readonly ready: Promise<void>;
  private readonly o: Required<Omit<JournalClientOptions, 'writer'>> & { writer: string };
  /** Every pending journal entry in storage, from any page (mirrored through onChanged). */
  private readonly pendingEntries = new Map<string, JournalEntry>();
  private readonly fields = new Map<string, Field>();
  /** Superseded keys this page removed itself: their removal acknowledges nothing. */
  private readonly selfRemoved = new Set<string>();
  private lastAt = 0;
  private n = 0;
  private deliverTimer?: ReturnType<typeof setTimeout>;
  private urgent = false;
  private delivering = false;
  private deliverAgain = false;
  private attempt = 0;
  private readonly savedWaiters = new Set<(ok: boolean) => void>();
  private readonly onChange = (changes: Changes, area: string) => {
    if (area === 'local') this.applyChanges(changes);
  };

  constructor(opts: JournalClientOptions) {
    this.o = {
      now: () => Date.now(),
      writer: randomWriter(),
      idleMs: 300,
      backoffMs: [250, 500, 1000, 2000, 4000],
      stuckAfterMs: 2000,
      ...opts,
    };
    this.o.onChanged.addListener(this.onChange);
    this.ready = this.o.area.get(null).then(
      (all) => {
        for (const [key, raw] of Object.entries(all)) {
          if (!isJournalKey(key) || this.pendingEntries.has(key)) continue;
          const e = parseEntry(raw);
          if (e) this.pendingEntries.set(key, e);
        }
      },
      () => undefined,
    );
  }

  dispose(): void {
    this.o.onChanged.removeListener(this.onChange);
    clearTimeout(this.deliverTimer);
    for (const f of this.fields.values()) clearTimeout(f.stuckTimer);
  }

  /** Stores the field's new value in the journal now (same task), then gets it drained. */
  write(target: JournalTarget, text: string): void {
    const at = Math.max(this.o.now(), this.lastAt);
    this.lastAt = at;
    const entry: JournalEntry = { v: JOURNAL_VERSION, target, text, at, writer: this.o.writer, n: this.n++ };
    const key = entryKey(entry);
    const field = fieldKey(target);
    const f = this.field(field);
    if (f.keys.length === 0) f.since = at;
    const item = { key, entry, stored: false };
    f.keys.push(item);
    this.pendingEntries.set(key, entry);
    this.store(field, item, 0);
    this.update(field);
  }

  /** The newest value of this field still waiting in the journal (typed here or by a page now gone). */
  pending(field: string): JournalEntry | undefined {
    let newest: JournalEntry | undefined;
    for (const e of this.pendingEntries.values()) {
      if (fieldKey(e.target) === field && (!newest || compareEntries(newest, e) < 0)) newest = e;
    }
    return newest;
  }

  /** Takes over a waiting entry (from a page that closed before it landed): shown unsaved until it lands. */
  adopt(field: string): JournalEntry | undefined {
    const e = this.pending(field);
    if (!e) return undefined;
    const f = this.field(field);
    const key = entryKey(e);
    if (!f.keys.some((k) => k.key === key)) {
      if (f.keys.length === 0) f.since = this.o.now();
      f.keys.push({ key, entry: e, stored: true });
      f.keys.sort((a, b) => compareEntries(a.entry, b.entry));
      this.update(field);
    }
    this.scheduleDeliver(0);
    return e;
  }

  status(field: string): FieldStatus {
    return this.fields.get(field)?.status ?? SAVED;
  }

  watch(field: string, cb: () => void): () => void {
    const f = this.field(field);
    f.listeners.add(cb);
    return () => f.listeners.delete(cb);
  }

  /**
   * Resolves true once every write of this page has landed (false after
   * `timeoutMs`): an action that reads or rewrites typed text (ending the
   * session, appending a follow-up prompt to an answer) waits for it first.
   */
  whenSaved(timeoutMs: number): Promise<boolean> {
    if (!this.hasUnacked()) return Promise.resolve(true);
    this.flush();
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.savedWaiters.delete(done);
        resolve(ok);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      this.savedWaiters.add(done);
    });
  }

  /** Ask for the drain now (the field lost focus, the page is being hidden). */
  flush(): void {
    if (this.hasUnacked()) this.scheduleDeliver(0);
  }

  private field(name: string): Field {
    let f = this.fields.get(name);
    if (!f) {
      f = { keys: [], since: 0, error: null, notKept: false, status: SAVED, listeners: new Set() };
      this.fields.set(name, f);
    }
    return f;
  }

  private store(field: string, item: Field['keys'][number], attempt: number): void {
    const f = this.field(field);
    let p: Promise<void>;
    try {
      p = this.o.area.set({ [item.key]: item.entry });
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(
      () => {
        item.stored = true;
        if (f.notKept) {
          f.error = null;
          f.notKept = false;
          this.update(field);
        }
        // Older values of this field are superseded by this one, now safe in the journal.
        const stale = f.keys.filter((k) => k !== item && k.stored && compareEntries(k.entry, item.entry) < 0 && this.pendingEntries.has(k.key));
        if (stale.length) {
          for (const k of stale) {
            this.selfRemoved.add(k.key);
            this.pendingEntries.delete(k.key);
          }
          this.o.area.remove(stale.map((k) => k.key)).catch(() => undefined);
        }
        this.scheduleDeliver(this.o.idleMs);
      },
      (e: unknown) => {
        // Still this field's newest value? Then keep trying to store it; a newer one replaces it.
        if (f.keys[f.keys.length - 1] !== item) return;
        console.warn('Sideline: typed text not written to the journal', e);
        f.error = savingProblem(e);
        f.notKept = true;
        this.update(field);
        const delay = this.o.backoffMs[Math.min(attempt, this.o.backoffMs.length - 1)]!;
        setTimeout(() => {
          if (f.keys[f.keys.length - 1] === item) this.store(field, item, attempt + 1);
        }, delay);
      },
    );
  }

  private applyChanges(changes: Changes): void {
    const touched = new Set<string>();
    for (const [key, change] of Object.entries(changes)) {
      if (!isJournalKey(key)) continue;
      if (change.newValue != null) {
        const e = parseEntry(change.newValue);
        if (e) this.pendingEntries.set(key, e);
        continue;
      }
      this.pendingEntries.delete(key);
      if (this.selfRemoved.delete(key)) continue;
      // Removed by a drain: this value landed, and with it every older one of the field.
      for (const [name, f] of this.fields) {
        const i = f.keys.findIndex((k) => k.key === key);
        if (i < 0) continue;
        for (const k of f.keys.slice(0, i + 1)) this.selfRemoved.delete(k.key);
        f.keys.splice(0, i + 1);
        if (!f.notKept) f.error = null;
        if (f.keys.length) f.since = this.o.now();
        touched.add(name);
      }
    }
    for (const name of touched) this.update(name);
    if (touched.size && !this.hasUnacked()) {
      this.attempt = 0;
      for (const done of [...this.savedWaiters]) done(true);
    }
  }

  /** The drain ran but the database refused a field's value: say so now, rather than after the wait. */
  private noteFailures(report: DrainReport | undefined): void {
    for (const { field } of report?.failed ?? []) {
      const f = this.fields.get(field);
      if (!f?.keys.length || f.notKept) continue;
      f.error = t('common.journal.notAccepted');
      this.update(field);
    }
  }

  private hasUnacked(): boolean {
    for (const f of this.fields.values()) if (f.keys.length) return true;
    return false;
  }

  private update(name: string): void {
    const f = this.field(name);
    let next: FieldStatus;
    let stuckAt: number | undefined;
    if (f.keys.length === 0) next = SAVED;
    else {
      const waited = this.o.now() - f.since;
      const stuck = f.error !== null || waited >= this.o.stuckAfterMs;
      next = { state: stuck ? 'unsaved' : 'saving', error: f.error, kept: !f.notKept };
      if (!stuck) stuckAt = f.since + this.o.stuckAfterMs;
    }
    // Each keystroke calls this: the timer that says "unsaved" is set again only when its moment moves.
    if (stuckAt !== f.stuckAt || (stuckAt !== undefined && f.stuckTimer === undefined)) {
      clearTimeout(f.stuckTimer);
      f.stuckTimer = undefined;
      f.stuckAt = stuckAt;
      if (stuckAt !== undefined) {
        f.stuckTimer = setTimeout(() => {
          f.stuckTimer = undefined;
          f.stuckAt = undefined;
          this.update(name);
        }, stuckAt - this.o.now());
      }
    }
    if (next.state !== f.status.state || next.error !== f.status.error || next.kept !== f.status.kept) {
      f.status = next;
      for (const cb of f.listeners) cb();
    }
  }

  /** A drain asked for now (flush, adopt) is not put off by the idle delay of a keystroke that follows. */
  private scheduleDeliver(delay: number): void {
    if (this.urgent && this.deliverTimer !== undefined) return;
    if (delay === 0) this.urgent = true;
    clearTimeout(this.deliverTimer);
    this.deliverTimer = setTimeout(() => {
      this.deliverTimer = undefined;
      this.urgent = false;
      this.deliver();
    }, delay);
  }

  private deliver(): void {
    if (this.delivering) {
      this.deliverAgain = true;
      return;
    }
    this.delivering = true;
    let p: Promise<unknown>;
    try {
      p = this.o.deliver();
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(
      (report) => this.noteFailures(report as DrainReport | undefined),
      () => undefined, // e.g. "Receiving end does not exist" while the service worker restarts: retried below
    ).finally(() => {
      this.delivering = false;
      if (this.deliverAgain) {
        this.deliverAgain = false;
        this.scheduleDeliver(0);
      } else if (this.hasUnacked()) {
        // Not acknowledged yet (or not yet seen): ask again, backing off.
        const delay = this.o.backoffMs[Math.min(this.attempt++, this.o.backoffMs.length - 1)]!;
        this.scheduleDeliver(delay);
      } else this.attempt = 0;
    });
  }
}

function randomWriter(): string {
  const c = globalThis.crypto;
  return c?.randomUUID ? c.randomUUID() : Math.random().toString(36).slice(2);
}
