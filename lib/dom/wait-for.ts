export interface WaitForOptions {
  /** The narrowest node whose subtree will change when the value appears. */
  root: Node;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * Re-reads `read` whenever `root` changes, until it gives a value, the time
 * runs out (null) or the signal aborts (null). Reads are batched to one per
 * animation-free macrotask, and the observer and timer are always released:
 * nothing keeps running on a page once we are done with it.
 */
export function waitFor<T>(read: () => T | null, { root, signal, timeoutMs }: WaitForOptions): Promise<T | null> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(null);
    const first = read();
    if (first !== null) return resolve(first);

    let scheduled: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(scheduled);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      if (scheduled !== undefined) return;
      scheduled = setTimeout(() => {
        scheduled = undefined;
        if (done) return;
        const value = read();
        if (value !== null) finish(value);
      }, 16);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'title', 'value', 'hidden'] });
    const timer = setTimeout(() => finish(read()), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
