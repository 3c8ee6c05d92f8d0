import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

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

/** Autosave waits this long after the last keystroke (the issue allows at most 500 ms). */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Keeps typed text safe: saves after a short pause, on blur, when the page is
 * hidden or unloaded (`pagehide`, `visibilitychange`) and on unmount. While the
 * field is being edited, live updates from the database do not overwrite it.
 */
export function useAutosave(value: string, save: (text: string) => unknown) {
  const [text, setText] = useState(value);
  const dirty = useRef(false);
  const focused = useRef(false);
  const latest = useRef(text);
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  saveRef.current = save;

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    void saveRef.current(latest.current);
  };

  // Outside edits (another panel, the popup) show up when we are not typing.
  useEffect(() => {
    if (!dirty.current && !focused.current && value !== latest.current) {
      latest.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);

  const change = (next: string) => {
    latest.current = next;
    dirty.current = true;
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  };

  return {
    text,
    change,
    flush,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
  };
}

interface AutosaveFieldProps {
  label: string;
  value: string;
  onSave: (text: string) => unknown;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: ReactNode;
  /** Rendered under the field with the current text (e.g. the ask-vs-tell coach). */
  below?: (text: string, replace: (next: string) => void) => ReactNode;
  hideLabel?: boolean;
  maxLength?: number;
}

export function AutosaveField({
  label,
  value,
  onSave,
  multiline,
  rows = 3,
  placeholder,
  hint,
  below,
  hideLabel,
  maxLength,
}: AutosaveFieldProps) {
  const id = useId();
  const a = useAutosave(value, onSave);
  const common = {
    id,
    className: 'input',
    value: a.text,
    placeholder,
    maxLength,
    onFocus: a.onFocus,
    onBlur: a.onBlur,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => a.change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => a.change(e.target.value)} />
      )}
      {hint ? <span className="small muted">{hint}</span> : null}
      {below?.(a.text, (next) => {
        a.change(next);
        a.flush();
      })}
    </div>
  );
}
