// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../lib/dom/wait-for';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function trackObservers() {
  const live = new Set<MutationObserver>();
  const realObserve = MutationObserver.prototype.observe;
  const realDisconnect = MutationObserver.prototype.disconnect;
  vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (this: MutationObserver, t: Node, o?: MutationObserverInit) {
    live.add(this);
    return realObserve.call(this, t, o);
  });
  vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(function (this: MutationObserver) {
    live.delete(this);
    return realDisconnect.call(this);
  });
  return live;
}

const readName = () => document.querySelector('h1')?.textContent ?? null;

describe('waitFor', () => {
  it('resolves when the field renders late, then stops observing', async () => {
    const live = trackObservers();
    const p = waitFor(readName, { root: document.body, signal: new AbortController().signal, timeoutMs: 2000 });
    setTimeout(() => {
      const h1 = document.createElement('h1');
      h1.textContent = 'Globex';
      document.body.append(h1);
    }, 30);
    await expect(p).resolves.toBe('Globex');
    expect(live.size).toBe(0);
  });

  it('gives up with null after its time limit and leaves nothing running', async () => {
    const live = trackObservers();
    await expect(waitFor(readName, { root: document.body, signal: new AbortController().signal, timeoutMs: 50 })).resolves.toBeNull();
    expect(live.size).toBe(0);
  });

  it('stops at once when navigation aborts it', async () => {
    const live = trackObservers();
    const c = new AbortController();
    const p = waitFor(readName, { root: document.body, signal: c.signal, timeoutMs: 5000 });
    c.abort();
    await expect(p).resolves.toBeNull();
    expect(live.size).toBe(0);
  });
});
