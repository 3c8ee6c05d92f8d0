/**
 * Runs `task` once things go quiet: `quietMs` after the last call, but no
 * later than `maxWaitMs` after the first call of a burst (a manager typing
 * without pause still gets a drain every `maxWaitMs`).
 */
export function quietScheduler(task: () => void, quietMs: number, maxWaitMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | undefined;
  return function poke(now = Date.now()): void {
    first ??= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, first + maxWaitMs - now));
    timer = setTimeout(() => {
      first = undefined;
      timer = undefined;
      task();
    }, wait);
  };
}
