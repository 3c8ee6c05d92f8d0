// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDealPage } from '../support/deal-page-dom';

/**
 * Placement "side" (Chrome build): the deal page gets the launcher, which
 * opens the browser's side panel, and never the panel iframe, even when the
 * panel was left open in the page before.
 */
const sent: Array<Record<string, unknown>> = [];
let page: ReturnType<typeof loadDealPage>;

beforeAll(async () => {
  page = loadDealPage();
  fakeBrowser.reset();
  // The background: the manager chose the browser's side panel (and had left the in-page panel open).
  fakeBrowser.runtime.onMessage.addListener((msg: Record<string, unknown>, _sender, sendResponse: (r: unknown) => void) => {
    sent.push(msg);
    if (msg.type !== 'deal:pending') return undefined;
    sendResponse({ open: true, push: false, side: true });
    return true;
  });
  const { default: script } = await import('../../entrypoints/crm.content/index');
  script.main({ isInvalid: false, addEventListener: () => {}, onInvalidated: () => {} } as never);
  await vi.waitFor(() => expect(sent.some((m) => m.type === 'deal:detected')).toBe(true));
});
afterAll(() => {
  vi.restoreAllMocks();
});

const launcher = () => page.dock()!.querySelector<HTMLButtonElement>('[data-sideline="launcher"]')!;

describe('the "browser side panel" placement on a deal page', () => {
  it('still reports the deal (the side panel shows it) but puts no panel into the page', async () => {
    await new Promise((r) => setTimeout(r, 20));
    expect(launcher().textContent).toBe('Sideline');
    expect(launcher().hasAttribute('aria-expanded')).toBe(false);
    expect(page.dock()!.querySelector('iframe')).toBeNull();
    expect(sent.some((m) => m.type === 'panel:register')).toBe(false);
  });

  it('ignores a request to open the in-page panel', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'panel:set-open', open: true }, { id: fakeBrowser.runtime.id } as never, () => {});
    expect(page.dock()!.querySelector('iframe')).toBeNull();
    expect(document.documentElement.style.marginRight).toBe('');
  });
});
