// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDealPage } from '../support/deal-page-dom';

/**
 * The content script as WXT runs it, on a Lightning deal page in happy-dom,
 * with fakeBrowser standing in for the extension APIs and a stand-in `ctx`.
 */
const sent: Array<Record<string, unknown>> = [];
const invalidated: Array<() => void> = [];
let page: ReturnType<typeof loadDealPage>;

beforeAll(async () => {
  page = loadDealPage();
  fakeBrowser.reset();
  // The background, as far as this test needs it: note each message and answer deal:pending.
  fakeBrowser.runtime.onMessage.addListener((msg: Record<string, unknown>) => {
    sent.push(msg);
    return msg.type === 'deal:pending' ? Promise.resolve({ open: false }) : undefined;
  });
  const { default: script } = await import('../../entrypoints/crm.content/index');
  const ctx = {
    isInvalid: false,
    addEventListener: () => {},
    onInvalidated: (cb: () => void) => void invalidated.push(cb),
  };
  script.main(ctx as never);
  await vi.waitFor(() => expect(document.querySelector('sideline-dock')).not.toBeNull());
});
afterAll(() => {
  vi.restoreAllMocks();
});

const launcher = () => page.dock()!.querySelector<HTMLButtonElement>('[data-sideline="launcher"]')!;
const fromBackground = (msg: unknown) => fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id } as never, () => {});

describe('the content script on a deal page', () => {
  it('reads the deal and puts the launcher in a closed shadow root', async () => {
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'deal:detected')).toBe(true));
    expect(sent.find((m) => m.type === 'deal:detected')).toMatchObject({ deal: { dealId: '0061t00000FrncAAAE', name: { value: 'Hooli — Déploiement' } } });
    expect(document.querySelector('sideline-dock')!.shadowRoot).toBeNull();
    expect(launcher().textContent).toBe('Sideline');
  });

  it('ignores clicks a script makes on the launcher', () => {
    launcher().click();
    launcher().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(page.dock()!.querySelector('iframe')).toBeNull();
  });

  it('opens the panel when the background says so, registering the new iframe’s key first', async () => {
    await fromBackground({ type: 'panel:set-open', open: true });
    const iframe = page.dock()!.querySelector('iframe')!;
    const key = iframe.src.match(/\/panel\.html#k=([0-9a-f]{32})$/)?.[1];
    expect(key).toBeDefined();
    expect(sent).toContainEqual({ type: 'panel:register', key });
    // Messages from others (another extension, a page) do nothing.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'panel:set-open', open: false }, { id: 'someone-else' } as never, () => {});
    expect(iframe.hidden).toBe(false);
  });

  it('removes the launcher and the panel when the extension context is invalidated', async () => {
    invalidated.forEach((cb) => cb());
    expect(document.querySelector('sideline-dock')).toBeNull();
    expect(document.querySelectorAll('iframe').length).toBe(0);
  });
});
