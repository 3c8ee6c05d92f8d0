// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createDock, PANEL_WIDTH } from '../../entrypoints/crm.content/dock';

const margin = () => document.documentElement.style.getPropertyValue('margin-right');

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.querySelectorAll('sideline-dock').forEach((n) => n.remove());
});

describe('"push the page aside" placement', () => {
  it('moves the page by the panel width only while open, and puts the page’s own margin back', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    document.documentElement.style.marginRight = '3px';
    const dock = createDock(() => {}, 'iframe', () => {});
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

  it('leaves the page as it found it when the extension is reloaded (invalidation removes the dock)', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    const dock = createDock(() => {}, 'iframe', () => {});
    dock.setPush(true);
    dock.setOpen(true);
    expect(margin()).toBe(`${PANEL_WIDTH}px`);
    // entrypoints/crm.content/index.ts: ctx.onInvalidated → hideDock → dock.remove()
    dock.remove();
    expect(margin()).toBe('');
  });

  it('overlays (no margin) when push is off, and on narrow windows where the panel takes the width', () => {
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    const dock = createDock(() => {}, 'iframe', () => {});
    dock.setOpen(true);
    expect(margin()).toBe('');
    Object.defineProperty(window, 'innerWidth', { value: 400, configurable: true });
    dock.setPush(true);
    expect(margin()).toBe('');
    dock.remove();
  });
});
