// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useSynced } from '../../components/autosave-field';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders a radio-like control bound to a stored value; exposes the shown value and the chooser. */
function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  const root: Root = createRoot(host);
  let choose: (v: string) => void = () => {};
  function Control({ stored }: { stored: string }) {
    const [shown, set] = useSynced(stored);
    choose = set;
    return <output>{shown}</output>;
  }
  return {
    stored: (value: string) => act(() => root.render(<Control stored={value} />)),
    choose: (value: string) => act(() => choose(value)),
    shown: () => host.querySelector('output')!.textContent,
    unmount: () => act(() => root.unmount()),
  };
}

let view: ReturnType<typeof mount> | undefined;
afterEach(() => {
  view?.unmount();
  document.body.replaceChildren();
});

describe('a choice shown before its write comes back', () => {
  it('is not undone by the answer to an earlier click that arrives after a later one', () => {
    view = mount();
    view.stored('rep');
    view.choose('manager'); // first click: its write is on its way
    view.choose('rep'); // the manager changes their mind at once
    view.stored('manager'); // the first write's answer arrives late
    expect(view.shown()).toBe('rep');
    view.stored('rep'); // the second write comes back
    expect(view.shown()).toBe('rep');
  });

  it('follows the stored value again once its own write has come back', () => {
    view = mount();
    view.stored('rep');
    view.choose('manager');
    view.stored('manager');
    view.stored('rep'); // changed elsewhere (another page), after the choice settled
    expect(view.shown()).toBe('rep');
  });
});
