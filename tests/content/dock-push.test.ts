// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDock, PANEL_WIDTH } from '../../entrypoints/crm.content/dock';

/** Just what the dock uses of WXT's context: invalidation callbacks, run on demand. */
function fakeContext() {
  const onInvalid: Array<() => void> = [];
  const ctx = {
    onInvalidated: (cb: () => void) => {
      onInvalid.push(cb);
      return () => {};
    },
    isInvalid: false,
    isValid: true,
  } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => onInvalid.forEach((cb) => cb()) };
}

const margin = () => document.documentElement.style.getPropertyValue('margin-right');

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.querySelectorAll('sideline-dock').forEach((n) => n.remove());
});

describe('"push the page aside" placement', () => {
  it('moves the page by the panel width only while open, and puts the page’s own margin back', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    document.documentElement.style.marginRight = '3px';
    const { ctx } = fakeContext();
    const dock = createDock(ctx, () => {});
    dock.setPush(true);
    expect(margin()).toBe('3px');
    dock.setOpen(true);
    expect(margin()).toBe(`${PANEL_WIDTH}px`);
    dock.setOpen(false);
    expect(margin()).toBe('3px');
    dock.setOpen(true);
    dock.remove();
    expect(margin()).toBe('3px');
  });

  it('leaves the page as it found it when the extension is reloaded (context invalidated)', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    const { ctx, invalidate } = fakeContext();
    const dock = createDock(ctx, () => {});
    dock.setPush(true);
    dock.setOpen(true);
    expect(margin()).toBe(`${PANEL_WIDTH}px`);
    invalidate();
    expect(margin()).toBe('');
  });

  it('overlays (no margin) when push is off, and on narrow windows where the panel takes the width', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    const { ctx } = fakeContext();
    const dock = createDock(ctx, () => {});
    dock.setOpen(true);
    expect(margin()).toBe('');
    Object.defineProperty(window, 'innerWidth', { value: 400, configurable: true });
    dock.setPush(true);
    expect(margin()).toBe('');
    dock.remove();
  });
});
