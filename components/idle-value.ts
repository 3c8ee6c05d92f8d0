import { startTransition, useEffect, useRef, useState } from 'react';

/** Runs `cb` when the page is next idle (after the frames and input waiting), or after `timeoutMs` at the latest. */
export function whenIdle(cb: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const h = requestIdleCallback(cb, { timeout: timeoutMs });
    return () => cancelIdleCallback(h);
  }
  const h = setTimeout(cb, 0);
  return () => clearTimeout(h);
}

/**
 * `value` as it was when the page was last idle: work that follows the text
 * (the ask-vs-tell coach, the ask:tell ratio) runs once the keystroke's frame
 * is on screen and nothing else waits, not in the task right behind it, where
 * a fast typist's next key or the frame's own work would queue after it
 * (`useDeferredValue` starts its render in that next task). While the manager
 * keeps typing it still catches up within `maxWaitMs`. The catch-up renders as
 * a transition, so React yields to a key that arrives during it (every 5 ms)
 * instead of making the key wait for all of it: the coach's 287 findings of a
 * long note are several milliseconds of rendering.
 */
export function useIdleValue<T>(value: T, maxWaitMs = 500): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  /** Cancels the wait under way; one at a time, so a typist who never pauses still sees it within `maxWaitMs`. */
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    latest.current = value;
    if (Object.is(value, shown) || pending.current) return;
    pending.current = whenIdle(() => {
      pending.current = null;
      startTransition(() => setShown(() => latest.current));
    }, maxWaitMs);
  }, [value, shown, maxWaitMs]);
  useEffect(
    () => () => {
      pending.current?.();
      pending.current = null;
    },
    [],
  );
  return shown;
}
