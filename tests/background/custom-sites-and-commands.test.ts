import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEY, contentScript, optionsPage, panelFrame, send, stubUnmodelledEvents } from './helpers';

const sitesForHost = vi.fn(async (host: string) => [{ id: 'acme', host }]);
const syncScripts = vi.fn(async () => {});
vi.mock('@/lib/db/api', () => ({ runDbCall: async () => ({ ok: true, value: null }) }));
vi.mock('@/lib/db/broadcast', () => ({ broadcastDbChanges: () => {} }));
vi.mock('@/lib/custom-sites/registration', () => ({
  customSitesForHost: (host: string) => sitesForHost(host),
  syncCustomSiteScripts: () => syncScripts(),
}));

const { setupBackground } = await import('../../entrypoints/background/setup');
const { PANEL_WINDOW_INTERVAL_MS } = await import('../../entrypoints/background/custom-sites');

const CUSTOM = 'https://crm.acme.internal/deals/7781';
let events: ReturnType<typeof stubUnmodelledEvents>;
let create: ReturnType<typeof vi.spyOn>;
let update: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  sitesForHost.mockClear();
  syncScripts.mockClear();
  events = stubUnmodelledEvents();
  create = vi.spyOn(fakeBrowser.windows, 'create');
  update = vi.spyOn(fakeBrowser.windows, 'update');
  setupBackground();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('custom sites', () => {
  it('tells a custom site’s content script its configuration, by the host it runs on', async () => {
    await expect(send({ type: 'custom:config' }, contentScript(5, CUSTOM))).resolves.toEqual([{ id: 'acme', host: 'crm.acme.internal' }]);
    expect(sitesForHost).toHaveBeenCalledWith('crm.acme.internal');
  });

  it('rebuilds registrations when Options saves a site, not when a panel asks', async () => {
    await send({ type: 'custom:sync' }, panelFrame(5));
    expect(syncScripts).not.toHaveBeenCalled();
    await expect(send({ type: 'custom:sync' }, optionsPage())).resolves.toBe(true);
    expect(syncScripts).toHaveBeenCalledTimes(1);
  });

  it('opens one panel window per tab however fast the launcher is clicked, and brings it forward after', async () => {
    const clicks = await Promise.all(Array.from({ length: 5 }, () => send({ type: 'panel:open-window' }, contentScript(5, CUSTOM))));
    expect(clicks[0]).toBe('opened');
    expect(clicks.slice(1)).toEqual(['focused', 'focused', 'focused', 'focused']);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toMatchObject({ url: 'chrome-extension://test-extension-id/panel-window.html?tab=5', type: 'popup' });
    expect(update).toHaveBeenCalledTimes(4);
    // Another tab gets its own.
    await expect(send({ type: 'panel:open-window' }, contentScript(6, CUSTOM))).resolves.toBe('opened');
  });

  it('waits a moment before opening another window once the manager closed it', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    await send({ type: 'panel:open-window' }, contentScript(5, CUSTOM));
    const [{ id }] = await Promise.all(create.mock.results.map((r: { value: unknown }) => r.value as Promise<{ id: number }>));
    await fakeBrowser.windows.remove(id);
    now.mockReturnValue(1_000_000 + PANEL_WINDOW_INTERVAL_MS - 1);
    await expect(send({ type: 'panel:open-window' }, contentScript(5, CUSTOM))).resolves.toBe('limited');
    now.mockReturnValue(1_000_000 + PANEL_WINDOW_INTERVAL_MS);
    await expect(send({ type: 'panel:open-window' }, contentScript(5, CUSTOM))).resolves.toBe('opened');
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('opens panel windows only for a content script, never for a panel or a page', async () => {
    await send({ type: 'panel:open-window', key: KEY }, panelFrame(5));
    await send({ type: 'panel:open-window' }, optionsPage());
    await send({ type: 'panel:open-window' }, { ...contentScript(5, CUSTOM), frameId: 4 });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the keyboard command', () => {
  it('toggles the panel in the tab it was pressed in, and ignores other commands and tabless presses', async () => {
    const sendToTab = vi.fn(async () => undefined);
    (fakeBrowser.tabs as unknown as { sendMessage: typeof sendToTab }).sendMessage = sendToTab;
    const [onCommand] = events.onCommand.listeners;
    onCommand!('toggle-panel', { id: 12 });
    onCommand!('something-else', { id: 12 });
    onCommand!('toggle-panel', undefined);
    expect(sendToTab.mock.calls).toEqual([[12, { type: 'panel:set-open', open: 'toggle' }]]);
  });
});
