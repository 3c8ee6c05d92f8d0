import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { fieldKey, type JournalTarget } from '@/lib/journal/entry';
import type { FieldStatus } from '@/lib/journal/client';
import { getJournal } from './journal';
import { whenIdle } from './idle-value';
import { t } from '@/lib/i18n';

/** How long a choice waits for its own write to come back before stored values win again. */
const SYNC_GRACE_MS = 2000;

/**
 * Local state that follows a stored value: a checkbox or radio answers the
 * click at once, while the write travels to the database and back. A read
 * that was already on its way when the manager chose (an older value) does
 * not undo the choice: stored values are followed again once the choice
 * itself comes back, or after a short grace period if its write failed.
 */
export function useSynced<T>(value: T): [T, (next: T) => void] {
  const [local, setLocal] = useState(value);
  const chosen = useRef<{ value: T; until: number } | null>(null);
  useEffect(() => {
    const c = chosen.current;
    if (c && !Object.is(value, c.value) && Date.now() < c.until) return;
    chosen.current = null;
    setLocal(value);
  }, [value]);
  const choose = useCallback((next: T) => {
    chosen.current = { value: next, until: Date.now() + SYNC_GRACE_MS };
    setLocal(next);
  }, []);
  return [local, choose];
}

/** A short fingerprint of a text, to recognise our own earlier values coming back from a late read. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${h >>> 0}`;
}

/**
 * Durable typed text. Every change goes to the write-ahead journal at once, in
 * the keystroke's own task (lib/journal): closing the tab a moment later, or a
 * stopped service worker, loses nothing. The field reports whether its value
 * has landed in the database (`saved`), is on its way (`saving`), or has
 * waited too long (`unsaved`). On mount, a value still waiting in the journal
 * (typed in a page that closed before it landed) wins over the stored one.
 * While the field is being edited or has writes in flight, live updates from
 * the database do not overwrite it; when idle, outside edits show up.
 *
 * The box owns its value while the manager types (it is not a React-controlled
 * field): React writing a controlled textarea back on each keystroke reads its
 * whole value twice and replaces its default text, which on a 20,000-character
 * note cost milliseconds per key and a style pass over the field and its coach
 * list. Values set by code (a stored value, the journal, a rephrasing) are put
 * in the box through `ref`. `text`, for what follows the field (the coach),
 * catches up with the box when the page is idle (within 500 ms while the
 * manager keeps typing), so a keystroke renders nothing.
 */
export function useDurableText(value: string, target: JournalTarget) {
  const journal = getJournal();
  const field = fieldKey(target);
  const [text, setText] = useState(value);
  const latest = useRef(value);
  const box = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const focused = useRef(false);
  const typed = useRef(false);
  /** Values this field wrote before its latest: a read that returns one of them is late, not an outside edit. */
  const ownEarlier = useRef(new Set<string>());
  const targetRef = useRef(target);
  targetRef.current = target;

  const status: FieldStatus = useSyncExternalStore(
    useCallback((cb: () => void) => journal.watch(field, cb), [journal, field]),
    () => journal.status(field),
  );

  /** The box, as it mounts: it starts with the current text. */
  const ref = useCallback((el: HTMLInputElement | HTMLTextAreaElement | null) => {
    box.current = el;
    if (el && el.value !== latest.current) el.value = latest.current;
  }, []);

  /** Brings `text` up to the box once the page is idle (one wait at a time), as a transition a key can interrupt. */
  const textWait = useRef<(() => void) | null>(null);
  const followWhenIdle = useCallback(() => {
    textWait.current ??= whenIdle(() => {
      textWait.current = null;
      startTransition(() => setText(latest.current));
    }, 500);
  }, []);
  useEffect(() => () => textWait.current?.(), []);

  /** A value set by code, not typed: shown in the box too. */
  const show = useCallback((next: string) => {
    latest.current = next;
    textWait.current?.();
    textWait.current = null;
    setText(next);
    const el = box.current;
    if (el && el.value !== next) el.value = next;
  }, []);

  // A value typed before the last page closed, not yet in the database: show it, and see it saved.
  useEffect(() => {
    let alive = true;
    void journal.ready.then(() => {
      if (!alive || typed.current) return;
      const waiting = journal.adopt(field);
      if (waiting && waiting.text !== latest.current) {
        // The stored value it replaces is older: a read still returning it must not bring it back.
        ownEarlier.current.add(fingerprint(latest.current));
        show(waiting.text);
      }
    });
    return () => {
      alive = false;
    };
  }, [journal, field, show]);

  // Outside edits (another panel, a follow-up prompt appended to an answer)
  // show up when the field is not being typed in and all its writes landed.
  useEffect(() => {
    if (value === latest.current || focused.current || status.state !== 'saved') return;
    if (ownEarlier.current.has(fingerprint(value))) return;
    show(value);
  }, [value, status.state, show]);

  /** The box's value changed (typed, pasted, cut): journal it. */
  const change = useCallback(
    (next: string) => {
      typed.current = true;
      if (ownEarlier.current.size > 500) ownEarlier.current.clear();
      ownEarlier.current.add(fingerprint(latest.current));
      latest.current = next;
      journal.write(targetRef.current, next);
      followWhenIdle();
    },
    [journal, followWhenIdle],
  );

  /**
   * Replaces `base` with `next` (a rephrasing chosen under the field, made from
   * `text`): shown, journaled and saved now. Nothing happens if the box no
   * longer holds `base` (typed since): the manager's newer words are kept.
   */
  const replace = useCallback(
    (base: string, next: string) => {
      if (latest.current !== base) return;
      change(next);
      show(next);
      journal.flush();
    },
    [change, show, journal],
  );

  const onFocus = useCallback(() => {
    focused.current = true;
  }, []);
  const onBlur = useCallback(() => {
    focused.current = false;
    journal.flush();
  }, [journal]);

  return {
    text,
    ref,
    change,
    replace,
    status,
    flush: () => journal.flush(),
    onFocus,
    onBlur,
  };
}

/** What a field shows about its saving: nothing while all is well, a warning when a value is stuck. */
export function SaveStatus({ id, status }: { id: string; status: FieldStatus }) {
  const [recovered, setRecovered] = useState(false);
  const wasUnsaved = useRef(false);
  useEffect(() => {
    if (status.state === 'unsaved') {
      wasUnsaved.current = true;
      setRecovered(false);
      return;
    }
    if (status.state === 'saved' && wasUnsaved.current) {
      wasUnsaved.current = false;
      setRecovered(true);
      const t = setTimeout(() => setRecovered(false), 3000);
      return () => clearTimeout(t);
    }
  }, [status.state]);
  // Always in the page, so screen readers announce what appears in it.
  return (
    <span id={id} role="status" className="save-status small" data-save-state={status.state}>
      {status.state === 'unsaved' ? (
        <span className="notice warn" data-testid="not-saved">
          {/* Kept: the text is safe in the journal, only not yet in the database. */}
          {status.error ? t('session.save.notSavedBecause', { error: status.error }) : t('session.save.notSaved')}{' '}
          {status.kept ? t('session.save.keepsTrying') : t('session.save.keepOpen')}
        </span>
      ) : recovered ? (
        <span className="muted">{t('session.save.saved')}</span>
      ) : null}
    </span>
  );
}

interface AutosaveFieldProps {
  label: string;
  value: string;
  /** Where the text is saved (the write-ahead journal replays it there). */
  target: JournalTarget;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: ReactNode;
  /** Rendered under the field with its text as of the page's last idle moment (e.g. the ask-vs-tell coach). */
  below?: (text: string, replace: (next: string) => void) => ReactNode;
  hideLabel?: boolean;
  maxLength?: number;
}

export function AutosaveField({
  label,
  value,
  target,
  multiline,
  rows = 3,
  placeholder,
  hint,
  below,
  hideLabel,
  maxLength,
}: AutosaveFieldProps) {
  const id = useId();
  const a = useDurableText(value, target);
  const { ref, change, onFocus, onBlur } = a;
  const saveState = a.status.state;
  // The same element while the manager types: React leaves the box alone (see useDurableText).
  const box = useMemo(() => {
    const common = {
      id,
      ref,
      className: 'input',
      placeholder,
      maxLength,
      onFocus,
      onBlur,
      'aria-describedby': `${id}-save`,
      'data-save-state': saveState,
    };
    return multiline ? (
      <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} />
    ) : (
      <input {...common} type="text" onChange={(e) => change(e.target.value)} />
    );
  }, [id, ref, placeholder, maxLength, onFocus, onBlur, saveState, multiline, rows, change]);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'label'}>
        {label}
      </label>
      {box}
      {hint ? <span className="small muted">{hint}</span> : null}
      <SaveStatus id={`${id}-save`} status={a.status} />
      {below?.(a.text, (next) => a.replace(a.text, next))}
    </div>
  );
}
