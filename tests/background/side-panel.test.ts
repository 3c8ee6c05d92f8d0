import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScript, optionsPage, otherExtension, panelFrame, send, stubUnmodelledEvents } from './helpers';

vi.mock('@/lib/db/api', () => ({ runDbCall: async () => ({ ok: true, value: null }) }));
vi.mock('@/lib/db/broadcast', () => ({ broadcastDbChanges: () => {} }));
vi.mock('@/lib/custom-sites/registration', () => ({ customSitesForHost: async () => [], syncCustomSiteScripts: async () => {} }));

const { setupBackground } = await import('../../entrypoints/background/setup');
const { forgetPlacementInMemory } = await import('../../entrypoints/background/side-panel');

/**
 * Placement "side": the browser's own side panel. Opening it needs the
 * manager's gesture, which does not survive an await, so the calls that open
 * it are checked to happen synchronously, inside the event.
 */
const b = fakeBrowser as unknown as Record<string, unknown>;
let events: ReturnType<typeof stubUnmodelledEvents>;
let chrome: ReturnType<typeof chromeSidePanel>;
let sendToTab: ReturnType<typeof vi.fn>;

type WindowEvent = { listeners: Array<(i: { windowId: number }) => void>; addListener(l: (i: { windowId: number }) => void): void };
const windowEvent = (): WindowEvent => {
  const e: WindowEvent = { listeners: [], addListener: (l) => void e.listeners.push(l) };
  return e;
};

/**
 * Chrome's sidePanel: open() is refused while the panel is disabled, as Chrome
 * does; open() and close() fire onOpened/onClosed for the tab's window (tab 8
 * is in window 1, every other tab in window 2).
 */
function chromeSidePanel() {
  const windowOf = (tabId: number) => (tabId === 8 ? 1 : 2);
  const api = {
    enabled: true,
    open: vi.fn(async (o: { tabId: number }) => {
      if (!api.enabled) throw new Error('No active side panel for tabId');
      api.onOpened.listeners.forEach((l) => l({ windowId: windowOf(o.tabId) }));
    }),
    close: vi.fn(async (o: { windowId: number }) => {
      api.onClosed.listeners.forEach((l) => l({ windowId: o.windowId }));
    }),
    setOptions: vi.fn(async (o: { enabled: boolean }) => {
      api.enabled = o.enabled;
    }),
    onOpened: windowEvent(),
    onClosed: windowEvent(),
  };
  return api;
}

async function setPlacement(value: string) {
  await fakeBrowser.storage.local.set({ 'ui:panelPlacement': value });
  await vi.waitFor(() => expect(chrome.setOptions).toHaveBeenLastCalledWith({ enabled: value === 'side' }));
}

const press = (tabId = 8) => events.onCommand.listeners[0]!('toggle-panel', { id: tabId, windowId: tabId === 8 ? 1 : 2 });

beforeEach(() => {
  fakeBrowser.reset();
  forgetPlacementInMemory();
  events = stubUnmodelledEvents();
  chrome = chromeSidePanel();
  b.sidePanel = chrome;
  b.sidebarAction = undefined;
  sendToTab = vi.fn(async () => undefined);
  (fakeBrowser.tabs as unknown as { sendMessage: typeof sendToTab }).sendMessage = sendToTab;
  setupBackground();
});

describe('Chrome: the side panel is offered only in the "side" placement', () => {
  it('disables the side panel for "over the page" (the default) and enables it for "side", following Options', async () => {
    await vi.waitFor(() => expect(chrome.setOptions).toHaveBeenCalledWith({ enabled: false }));
    await setPlacement('side');
    expect(chrome.enabled).toBe(true);
    await setPlacement('push');
    expect(chrome.enabled).toBe(false);
  });

  it('tells the content script "side" with the deal page’s answer, so it mounts no panel in the page', async () => {
    await expect(send({ type: 'deal:pending', crm: 'pipedrive', dealId: '1' }, contentScript(8))).resolves.toEqual({ open: false, push: false, locale: 'en' });
    await setPlacement('side');
    await expect(send({ type: 'deal:pending', crm: 'pipedrive', dealId: '1' }, contentScript(8))).resolves.toEqual({
      open: false,
      push: false,
      side: true,
      locale: 'en',
    });
  });
});

describe('Chrome: the launcher opens the side panel within the click', () => {
  it('opens the side panel for the content script’s own tab, synchronously', async () => {
    await setPlacement('side');
    // Not awaited: the call must already have happened when the event returns.
    void fakeBrowser.runtime.onMessage.trigger({ type: 'panel:open-side' }, contentScript(8) as never, () => {});
    expect(chrome.open).toHaveBeenCalledWith({ tabId: 8 });
  });

  it('a second click on the launcher closes the side panel in the tab’s window', async () => {
    await setPlacement('side');
    const click = () => void fakeBrowser.runtime.onMessage.trigger({ type: 'panel:open-side' }, { ...contentScript(8), tab: { id: 8, windowId: 1 } } as never, () => {});
    click();
    await vi.waitFor(() => expect(chrome.open).toHaveBeenCalledTimes(1));
    click();
    expect(chrome.close).toHaveBeenCalledWith({ windowId: 1 });
  });

  it('does not open it for a page, a panel frame, another extension or a content script in a sub-frame', async () => {
    await setPlacement('side');
    await send({ type: 'panel:open-side' }, optionsPage());
    await send({ type: 'panel:open-side' }, panelFrame(5));
    await send({ type: 'panel:open-side' }, otherExtension());
    await send({ type: 'panel:open-side' }, { ...contentScript(5), frameId: 3 });
    expect(chrome.open).not.toHaveBeenCalled();
    // A tab the message names does not count: only the sender's own.
    await send({ type: 'panel:open-side', tabId: 99 }, contentScript(5));
    expect(chrome.open.mock.calls).toEqual([[{ tabId: 5 }]]);
  });
});

describe('Chrome: Alt+Shift+S', () => {
  it('opens the side panel synchronously in the "side" placement, and leaves the page alone', async () => {
    await setPlacement('side');
    press(8);
    expect(chrome.open).toHaveBeenCalledWith({ tabId: 8 });
    await new Promise((r) => setTimeout(r, 10));
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('a second press closes the side panel it opened, in that window only; a third opens it again', async () => {
    await setPlacement('side');
    press(8);
    await vi.waitFor(() => expect(chrome.open).toHaveBeenCalledTimes(1));
    // Open in window 1; a tab of window 2 opens its own.
    press(5);
    expect(chrome.open).toHaveBeenLastCalledWith({ tabId: 5 });
    expect(chrome.close).not.toHaveBeenCalled();
    press(8);
    expect(chrome.close).toHaveBeenCalledWith({ windowId: 1 });
    expect(chrome.open).toHaveBeenCalledTimes(2);
    press(8);
    expect(chrome.open).toHaveBeenCalledTimes(3);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('a panel the manager closed with Chrome’s own button opens again on the next press', async () => {
    await setPlacement('side');
    press(8);
    await vi.waitFor(() => expect(chrome.open).toHaveBeenCalledTimes(1));
    chrome.onClosed.listeners.forEach((l) => l({ windowId: 1 }));
    press(8);
    expect(chrome.close).not.toHaveBeenCalled();
    expect(chrome.open).toHaveBeenCalledTimes(2);
  });

  it('toggles the in-page panel in the other placements', async () => {
    await setPlacement('overlay');
    press(8);
    expect(chrome.open).not.toHaveBeenCalled();
    expect(sendToTab).toHaveBeenCalledWith(8, { type: 'panel:set-open', open: 'toggle' });
  });

  it('a worker just woken (placement not read yet) tries the side panel at once and falls back to the in-page panel when Chrome refuses', async () => {
    await setPlacement('overlay');
    forgetPlacementInMemory();
    press(8);
    expect(chrome.open).toHaveBeenCalledWith({ tabId: 8 });
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalledWith(8, { type: 'panel:set-open', open: 'toggle' }));
  });
});

describe('Firefox: the sidebar', () => {
  let sidebar: { open: ReturnType<typeof vi.fn>; toggle: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    b.sidePanel = undefined;
    sidebar = { open: vi.fn(async () => {}), toggle: vi.fn(async () => {}) };
    b.sidebarAction = sidebar;
  });

  it('Alt+Shift+S toggles the sidebar synchronously in the "side" placement', async () => {
    await fakeBrowser.storage.local.set({ 'ui:panelPlacement': 'side' });
    await new Promise((r) => setTimeout(r, 10));
    press(8);
    expect(sidebar.toggle).toHaveBeenCalledTimes(1);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('Alt+Shift+S toggles the in-page panel in the other placements', async () => {
    await fakeBrowser.storage.local.set({ 'ui:panelPlacement': 'push' });
    await new Promise((r) => setTimeout(r, 10));
    press(8);
    expect(sidebar.toggle).not.toHaveBeenCalled();
    expect(sendToTab).toHaveBeenCalledWith(8, { type: 'panel:set-open', open: 'toggle' });
  });
});
