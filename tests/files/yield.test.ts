import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../lib/files/read-file';
import { checkBackup } from '../../lib/db/backup';
import { seedBackup } from '../bench/seed';

/**
 * A restore reads and checks the file in a worker, 1,000 records a slice.
 * Between slices it lets messages through; there it must not sit in timers
 * (nested setTimeouts wait at least 4 ms each: dozens of slices per backup).
 */
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('pausing between slices of a long check', () => {
  it('in a worker, goes on without waiting for any timer', async () => {
    vi.stubGlobal('WorkerGlobalScope', class {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate'] });
    // With timers frozen, only a pause that needs no timer can end.
    const r = await checkBackup(seedBackup({ deals: 300, notes: 5000, commitments: 2500 }));
    expect(r.ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on a page, yields through a timer so the page can paint', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    let done = false;
    void yieldToPage().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
  });
});
