import { describe, expect, it, vi } from 'vitest';
import { isSafeToRepeat, sendWithRetry, shouldRetry } from '../../lib/messaging/retry';

const NOT_THERE = new Error('Could not establish connection. Receiving end does not exist.');
const CUT = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
const noWait = () => Promise.resolve();

describe('calls to a service worker that was stopping', () => {
  it('sends any call again when nobody received it, until the worker answers', async () => {
    const send = vi.fn().mockRejectedValueOnce(NOT_THERE).mockRejectedValueOnce(NOT_THERE).mockResolvedValue({ ok: true, value: 'c1' });
    await expect(sendWithRetry('addCommitment', send, [1, 1, 1], noWait)).resolves.toEqual({ ok: true, value: 'c1' });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('sends a read or a repeatable write again when the worker stopped while answering, but never a write that adds', () => {
    expect(shouldRetry('getSessionNote', CUT)).toBe(true);
    expect(shouldRetry('recordDealVisit', CUT)).toBe(true);
    expect(shouldRetry('listBanks', CUT)).toBe(true);
    // It may have run: a second run would add a second commitment or session.
    expect(shouldRetry('addCommitment', CUT)).toBe(false);
    expect(shouldRetry('startSession', CUT)).toBe(false);
    expect(isSafeToRepeat('appendFollowUp')).toBe(false);
  });

  it('gives up after the last delay, with the original error, and never retries an answer that is an error of the call itself', async () => {
    const send = vi.fn().mockRejectedValue(NOT_THERE);
    await expect(sendWithRetry('getDeal', send, [1, 1], noWait)).rejects.toBe(NOT_THERE);
    expect(send).toHaveBeenCalledTimes(3);
    const other = vi.fn().mockRejectedValue(new Error('Deal not found'));
    await expect(sendWithRetry('getDeal', other, [1, 1], noWait)).rejects.toThrow('Deal not found');
    expect(other).toHaveBeenCalledTimes(1);
  });
});
