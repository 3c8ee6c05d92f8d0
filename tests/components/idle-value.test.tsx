// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleValue } from '../../components/idle-value';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
/** The page's idle callbacks, run by hand: `idle()` is a moment with nothing else to do. */
let waiting: Map<number, () => void>;

beforeEach(() => {
  vi.useFakeTimers();
  waiting = new Map();
  let n = 0;
  // A page that is never idle on its own: only `idle()` or the deadline runs a callback.
  vi.stubGlobal('requestIdleCallback', (cb: () => void, opts?: { timeout?: number }) => {
    const id = ++n;
    const timer = setTimeout(() => waiting.get(id) && (waiting.delete(id), cb()), opts?.timeout ?? 1e9);
    waiting.set(id, () => (clearTimeout(timer), cb()));
    return id;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  function Shown({ text }: { text: string }) {
    return <p>{useIdleValue(text, 500)}</p>;
  }
  const render = (text: string) => act(() => root!.render(<Shown text={text} />));
  return { render, shown: () => host.textContent };
}

const idle = () =>
  act(() => {
    for (const [id, run] of [...waiting]) {
      waiting.delete(id);
      run();
    }
  });

describe('work that follows the typed text (the coach) waits for the page to be idle', () => {
  it('shows the first text at once, and a typed change once the page is idle, not in the keystroke', () => {
    const view = mount();
    view.render('What did you hear?');
    expect(view.shown()).toBe('What did you hear?');
    view.render('What did you hear? You need to call');
    expect(view.shown()).toBe('What did you hear?');
    idle();
    expect(view.shown()).toBe('What did you hear? You need to call');
  });

  it('catches up within its longest wait while the manager keeps typing and the page is never idle', async () => {
    const view = mount();
    view.render('a');
    let text = 'a';
    for (let i = 0; i < 6; i++) {
      text += 'b';
      view.render(text);
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    // 600 ms of typing, never idle: shown by its 500 ms deadline, not put off by each key.
    expect(view.shown()).not.toBe('a');
    expect(text.startsWith(view.shown()!)).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(view.shown()).toBe(text);
  });
});
