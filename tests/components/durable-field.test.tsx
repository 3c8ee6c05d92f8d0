// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDrainer } from '../../lib/journal/drain';
import { entryKey, fieldKey, JOURNAL_VERSION, type JournalEntry, type JournalTarget } from '../../lib/journal/entry';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TARGET: JournalTarget = { kind: 'contract', sessionId: 's1', part: 'what' };
const FIELD = fieldKey(TARGET);

/** The database as the drain leaves it. */
let stored: Map<string, string>;
let reachable: boolean;
let root: Root | undefined;
let host: HTMLElement;

/**
 * A fresh page: the field's modules (and their one journal client) load anew,
 * delivering to a drain of the fake storage.local, or failing like a send to a
 * service worker that is not there.
 */
async function mount(value: string) {
  vi.resetModules();
  const { AutosaveField } = await import('../../components/autosave-field');
  const { setJournalDelivery } = await import('../../components/journal');
  const drain = createDrainer(fakeBrowser.storage.local, async (e) => void stored.set(fieldKey(e.target), e.text));
  setJournalDelivery(() => (reachable ? drain() : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))));
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const render = (v: string) => act(() => root!.render(<AutosaveField label="What we'll cover" value={v} target={TARGET} />));
  await render(value);
  await pass(0);
  return { render };
}

const input = () => host.querySelector('input')!;
const status = () => host.querySelector('[role="status"]')!;

/** Types the whole new value, as React sees an input event. */
async function type(text: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input(), text);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  stored = new Map();
  reachable = true;
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('a typed field that never loses a word', () => {
  it('puts the text in the journal as it is typed and says when it is saved', async () => {
    await mount('');
    await type('Pipeline review');
    expect(input().value).toBe('Pipeline review');
    expect(input().dataset.saveState).toBe('saving');
    expect(input().getAttribute('aria-describedby')).toBe(status().id);
    await pass(0);
    const journal = Object.values(await fakeBrowser.storage.local.get(null)) as JournalEntry[];
    expect(journal.map((e) => e.text)).toEqual(['Pipeline review']);
    await pass(500);
    expect(stored.get(FIELD)).toBe('Pipeline review');
    expect(input().dataset.saveState).toBe('saved');
    expect(status().textContent).toBe('');
  });

  it('shows "Not saved yet" in its status when the background stays out of reach, then "Saved." once it answers', async () => {
    reachable = false;
    await mount('');
    await type('The Globex close plan');
    await pass(1900);
    expect(status().textContent).toBe('');
    await pass(200);
    expect(input().dataset.saveState).toBe('unsaved');
    expect(status().textContent).toContain('Not saved yet');
    reachable = true;
    // The next retry (backing off, at most 4 s away) gets through.
    for (let waited = 0; waited < 5000 && input().dataset.saveState !== 'saved'; waited += 100) await pass(100);
    expect(stored.get(FIELD)).toBe('The Globex close plan');
    expect(input().dataset.saveState).toBe('saved');
    expect(status().textContent).toBe('Saved.');
    await pass(3000);
    expect(status().textContent).toBe('');
  });

  it('opens with the text a closed page left in the journal, over the older stored value, and saves it', async () => {
    const left: JournalEntry = { v: JOURNAL_VERSION, target: TARGET, text: 'Typed just before the tab closed', at: 999_000, writer: 'gone', n: 3 };
    await fakeBrowser.storage.local.set({ [entryKey(left)]: left });
    await mount('Typed just before');
    expect(input().value).toBe('Typed just before the tab closed');
    await pass(100);
    expect(stored.get(FIELD)).toBe('Typed just before the tab closed');
    expect(input().dataset.saveState).toBe('saved');
  });

  it('is not undone by a late read of an earlier value, and shows an edit made elsewhere once idle', async () => {
    const view = await mount('');
    await type('Pipe');
    await type('Pipeline');
    await pass(500);
    // A read that left before the last save answers after it.
    await view.render('Pipe');
    expect(input().value).toBe('Pipeline');
    // Changed in another panel: shown, as nothing is being typed here.
    await view.render('Pipeline and forecast');
    expect(input().value).toBe('Pipeline and forecast');
  });

  it('does not let a stored value replace text whose write has not landed', async () => {
    reachable = false;
    const view = await mount('Old');
    await type('Old and new');
    await view.render('Something else');
    expect(input().value).toBe('Old and new');
  });

  it('leaves a long note to the browser while the manager types: nothing writes the box back, and what follows the field catches up when the page is idle', async () => {
    vi.resetModules();
    const { AutosaveField } = await import('../../components/autosave-field');
    const note = 'Dana walked me through the champion. '.repeat(540);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const shown: string[] = [];
    let replace: (next: string) => void = () => {};
    await act(() =>
      root!.render(
        <AutosaveField
          label="Notes"
          value={note}
          multiline
          target={{ kind: 'note', sessionId: 's1', dealId: 'd1', repId: null }}
          below={(text, r) => {
            shown.push(text);
            replace = r;
            return <p data-testid="below">{text.length}</p>;
          }}
        />,
      ),
    );
    const box = host.querySelector('textarea')!;
    expect(box.value).toBe(note);
    const proto = HTMLTextAreaElement.prototype;
    const value = Object.getOwnPropertyDescriptor(proto, 'value')!;
    const defaultValue = Object.getOwnPropertyDescriptor(proto, 'defaultValue')!;
    const writes: string[] = [];
    // A controlled textarea copies its whole text into its default text on every keystroke.
    Object.defineProperty(box, 'defaultValue', { configurable: true, get: () => defaultValue.get!.call(box), set: (v: string) => (v && writes.push(v.slice(0, 20)), defaultValue.set!.call(box, v)) });
    let renders = 0;
    for (const typed of ['a' + note, 'ab' + note, 'abc' + note]) {
      await act(async () => {
        value.set!.call(box, typed);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      expect(box.value).toBe(typed);
      // The first keystroke shows the field is saving; the ones after it render nothing.
      if (typed.startsWith('a' + note[0])) renders = shown.length;
    }
    expect(box.dataset.saveState).toBe('saving');
    expect(shown.length).toBe(renders);
    expect(shown.at(-1)).toBe(note);
    // No keystroke copied the text back into the box.
    expect(writes).toEqual([]);
    // Every keystroke is in the journal at once, whatever the coach shows.
    const journal = Object.values(await fakeBrowser.storage.local.get(null)) as JournalEntry[];
    expect(journal.map((e) => e.text.slice(0, 3))).toContain('abc');
    await pass(0);
    expect(host.querySelector('[data-testid="below"]')!.textContent).toBe(String(note.length + 3));
    // A rephrasing made from that text applies; one made from older text does not drop newer words.
    await act(async () => replace('Typed over. ' + note));
    expect(box.value).toBe('Typed over. ' + note);
    const stale = replace;
    await act(async () => {
      value.set!.call(box, 'x' + box.value);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => stale('Older rephrasing'));
    expect(box.value).toBe('xTyped over. ' + note);
  });
});
