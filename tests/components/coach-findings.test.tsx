// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CoachFindings } from '../../components/coach-findings';
import { askTellRatioByLine, lintByLine } from '../../components/coach-lines';
import { askTellRatio, lintCoachingText } from '../../lib/coaching/lint';
import { longNote } from '../bench/typing-findings';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** The page goes idle: work that waits for it (the coach, see components/idle-value.ts) runs. */
const idle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

function mountField(initial: string) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  let type: (next: string) => void = () => {};
  function Field() {
    const [text, setText] = useState(initial);
    type = setText;
    return (
      <div className="field">
        <textarea aria-label="Notes" value={text} onChange={(e) => setText(e.target.value)} />
        <CoachFindings text={text} onReplace={setText} />
      </div>
    );
  }
  act(() => root!.render(<Field />));
  return {
    host,
    /** Types, then lets the page go idle, when the coach catches up. */
    type: async (next: string) => {
      act(() => type(next));
      await idle();
    },
    rows: () => [...host.querySelectorAll('[data-finding]')],
    field: () => host.querySelector('textarea')!,
  };
}

describe('the coach under a long note', () => {
  it('finds line by line exactly what it finds on the whole text', () => {
    const texts = [
      longNote(),
      'You need to call procurement today. What else?\n\nI will handle legal.\nTell me more; did you send it?',
      'no punctuation at all\nyou should push harder\n',
      '',
    ];
    for (const t of texts) {
      expect(lintByLine(t)).toEqual(lintCoachingText(t));
      expect(askTellRatioByLine([t, 'What is next?'])).toEqual(askTellRatio([t, 'What is next?']));
    }
    // Twice: the second answer comes from the kept lines and is the same.
    expect(lintByLine(texts[0]!)).toEqual(lintCoachingText(texts[0]!));
  });

  it('keeps every finding row in place when the manager types at the start of the note', async () => {
    const note = longNote();
    const view = mountField(note);
    const before = view.rows();
    expect(before.length).toBeGreaterThanOrEqual(250);
    await view.type('A' + note);
    // The coach has caught up with the typed text: a telling sentence typed at the start is flagged too.
    await view.type('You need to call her. A' + note);
    const after = view.rows().slice(1);
    expect(view.rows()[0]!.textContent).toContain('You need to call her.');
    expect(after.length).toBe(before.length);
    // The same elements, not remounted copies: rows are keyed by what they quote, not by offset.
    expect(after.every((row, i) => row === before[i])).toBe(true);
  });

  it('after "Use this", focus moves to the next finding, then back to the field, never to the page', async () => {
    const view = mountField('You need to call procurement today. I will handle the legal review myself.');
    expect(view.rows()).toHaveLength(2);
    const use = () => view.host.querySelector<HTMLButtonElement>('[data-finding] button')!;
    act(() => {
      use().focus();
      use().click();
    });
    await idle();
    expect(view.rows()).toHaveLength(1);
    expect(document.activeElement).toBe(use());
    act(() => use().click());
    await idle();
    expect(view.rows()).toHaveLength(0);
    expect(document.activeElement).toBe(view.field());
    expect(view.field().value).not.toMatch(/You need to|I will handle/);
  });
});
