/**
 * A call to the background that met a stopping or starting service worker.
 * "Receiving end does not exist" means nobody received it: it did not run, so
 * any call may be sent again. "The message channel closed before a response"
 * means the worker stopped while answering: the call may have run, so only
 * calls that are safe to repeat (reads, and writes that set a value rather
 * than add one) are sent again. Typed text does not depend on this: it goes
 * through the journal (lib/journal).
 */
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;
const CUT_SHORT = /message channel closed|message port closed/i;

/** Reads, and writes whose second run leaves the same result. */
export function isSafeToRepeat(fn: string): boolean {
  return /^(get|list|load|sessionsFor|commitmentsFor|openCommitmentsFor|followUpsFor|repRecord)/.test(fn) || fn === 'recordDealVisit' || fn === 'upsertDealFromContext';
}

export function shouldRetry(fn: string, error: unknown): boolean {
  const m = error instanceof Error ? error.message : String(error);
  return NOT_DELIVERED.test(m) || (CUT_SHORT.test(m) && isSafeToRepeat(fn));
}

export const RETRY_DELAYS_MS = [100, 250, 500, 1000, 2000] as const;

/** Sends, and sends again after each delay while the failure says the worker was not there. */
export async function sendWithRetry<T>(
  fn: string,
  send: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (e) {
      if (attempt >= delays.length || !shouldRetry(fn, e)) throw e;
      await sleep(delays[attempt]!);
    }
  }
}
