import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGE_KEY } from '../../lib/i18n/preference';
import { KEY, OTHER_KEY, contentScript, optionsPage, otherExtension, panelFrame, panelWindow, popup, send, stubUnmodelledEvents, topLevelPanel } from './helpers';

const runDbCall = vi.fn(async (fn: string, _args: unknown[]) => ({ ok: true as const, value: `ran ${fn}` }));
vi.mock('@/lib/db/api', () => ({ runDbCall: (fn: string, args: unknown[]) => runDbCall(fn, args) }));
vi.mock('@/lib/db/broadcast', () => ({ broadcastDbChanges: () => {} }));
vi.mock('@/lib/custom-sites/registration', () => ({ customSitesForHost: async () => [], syncCustomSiteScripts: async () => {} }));

const { setupBackground } = await import('../../entrypoints/background/setup');
const { forgetPanelKeysInMemory } = await import('../../entrypoints/background/panel-keys');

const deal = {
  crm: 'salesforce-lightning',
  dealId: '0065g00000GlbxAAAH',
  host: 'acme.lightning.force.com',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view',
  name: { value: 'Globex — 500-seat expansion', source: 'selector: h1' },
  stage: null,
  amount: null,
  closeDate: null,
  owner: null,
};
const NO_DEAL = { tabId: null, state: 'none', deal: null };

beforeEach(async () => {
  fakeBrowser.reset();
  forgetPanelKeysInMemory();
  runDbCall.mockClear();
  stubUnmodelledEvents();
  setupBackground();
  // Tab 5 shows a deal, and its content script made a panel with KEY.
  await send({ type: 'deal:detected', deal }, contentScript(5));
  await send({ type: 'panel:register', key: KEY }, contentScript(5));
});

describe('only our panel speaks for a tab', () => {
  it('gives the tab’s deal to the panel its content script made', async () => {
    await expect(send({ type: 'panel:get-deal', key: KEY }, panelFrame(5))).resolves.toEqual({ tabId: 5, state: 'ready', deal });
  });

  it('gives nothing to a panel the page framed itself (no key, a guessed key, or another tab’s key)', async () => {
    await expect(send({ type: 'panel:get-deal' }, panelFrame(5))).resolves.toEqual(NO_DEAL);
    await expect(send({ type: 'panel:get-deal', key: OTHER_KEY }, panelFrame(5))).resolves.toEqual(NO_DEAL);
    await send({ type: 'panel:register', key: OTHER_KEY }, contentScript(6));
    await expect(send({ type: 'panel:get-deal', key: OTHER_KEY }, panelFrame(5))).resolves.toEqual(NO_DEAL);
    // A page-made window of panel.html is top-level: even the right key does not make it our iframe.
    await expect(send({ type: 'panel:get-deal', key: KEY, tabId: 5 }, topLevelPanel(5))).resolves.toEqual(NO_DEAL);
  });

  it('lets a page-made panel change nothing in the database', async () => {
    const refused = await send({ type: 'db:call', fn: 'endSession', args: ['s1'] }, panelFrame(5));
    expect(refused).toMatchObject({ ok: false });
    await send({ type: 'db:call', fn: 'endSession', args: ['s1'], key: OTHER_KEY }, panelFrame(5));
    await send({ type: 'db:call', fn: 'endSession', args: ['s1'], key: KEY }, topLevelPanel(5));
    expect(runDbCall).not.toHaveBeenCalled();
    await expect(send({ type: 'db:call', fn: 'endSession', args: ['s1'], key: KEY }, panelFrame(5))).resolves.toEqual({ ok: true, value: 'ran endSession' });
    expect(runDbCall).toHaveBeenCalledTimes(1);
  });

  it('still knows the panel after the service worker restarts (the key is in session storage)', async () => {
    forgetPanelKeysInMemory();
    await expect(send({ type: 'panel:get-deal', key: KEY }, panelFrame(5))).resolves.toMatchObject({ tabId: 5, state: 'ready' });
  });

  it('takes a panel key only from the content script of the tab, and a new key replaces the old', async () => {
    await send({ type: 'panel:register', key: OTHER_KEY }, panelFrame(5));
    await send({ type: 'panel:register', key: OTHER_KEY }, { ...contentScript(5), frameId: 2 });
    await expect(send({ type: 'panel:get-deal', key: OTHER_KEY }, panelFrame(5))).resolves.toEqual(NO_DEAL);
    await send({ type: 'panel:register', key: OTHER_KEY }, contentScript(5));
    await expect(send({ type: 'panel:get-deal', key: KEY }, panelFrame(5))).resolves.toEqual(NO_DEAL);
    await expect(send({ type: 'panel:get-deal', key: OTHER_KEY }, panelFrame(5))).resolves.toMatchObject({ tabId: 5 });
  });

  it('answers our own pages: the popup and options call the database, the panel window reads the tab it was opened for', async () => {
    await expect(send({ type: 'db:call', fn: 'listReps', args: [] }, popup())).resolves.toEqual({ ok: true, value: 'ran listReps' });
    await expect(send({ type: 'db:call', fn: 'listReps', args: [] }, optionsPage())).resolves.toEqual({ ok: true, value: 'ran listReps' });
    await expect(send({ type: 'panel:get-deal', tabId: 5 }, panelWindow(5))).resolves.toEqual({ tabId: 5, state: 'ready', deal });
  });

  it('ignores other extensions and malformed messages', async () => {
    await expect(send({ type: 'panel:get-deal', key: KEY }, otherExtension())).resolves.toEqual(NO_DEAL);
    await send({ type: 'db:call', fn: 'listReps', args: [] }, otherExtension());
    expect(runDbCall).not.toHaveBeenCalled();
    await expect(send({ type: 'panel:get-deal', key: 'short' }, panelFrame(5))).resolves.toBe('no answer');
    await expect(send({ type: 'db:changed' }, popup())).resolves.toBe('no answer');
  });
});

describe('tab deals', () => {
  it('only the top-frame content script of a web page reports a deal; the panel or a page cannot', async () => {
    const forged = { ...deal, name: { value: 'Forged', source: 'x' } };
    await send({ type: 'deal:detected', deal: forged }, { ...contentScript(5), frameId: 3 });
    await send({ type: 'deal:detected', deal: forged }, panelFrame(5));
    await send({ type: 'deal:detected', deal: forged }, popup());
    await expect(send({ type: 'panel:get-deal', key: KEY }, panelFrame(5))).resolves.toMatchObject({ deal: { name: { value: 'Globex — 500-seat expansion' } } });
  });

  it('follows the tab: pending, then none, then forgotten with the tab', async () => {
    await expect(send({ type: 'deal:pending', crm: 'hubspot', dealId: '1' }, contentScript(5))).resolves.toEqual({ open: false, push: false, locale: 'en' });
    await expect(send({ type: 'panel:get-deal', key: KEY }, panelFrame(5))).resolves.toEqual({ tabId: 5, state: 'pending', deal: null });
    await send({ type: 'deal:none' }, contentScript(5));
    await expect(send({ type: 'panel:get-deal', key: KEY }, panelFrame(5))).resolves.toEqual({ tabId: 5, state: 'none', deal: null });
    await send({ type: 'deal:detected', deal }, contentScript(5));
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('remembers whether the manager left the panel open, for the next deal page', async () => {
    await send({ type: 'panel:remember-open', open: true }, contentScript(5));
    await expect(send({ type: 'deal:pending', crm: 'hubspot', dealId: '2' }, contentScript(8))).resolves.toEqual({ open: true, push: false, locale: 'en' });
    // A page-made panel cannot change it.
    await send({ type: 'panel:remember-open', open: false }, panelFrame(5));
    await expect(send({ type: 'deal:pending', crm: 'hubspot', dealId: '2' }, contentScript(8))).resolves.toEqual({ open: true, push: false, locale: 'en' });
    // And where the manager wants the panel: pushing the page aside (Options → Panel placement).
    await fakeBrowser.storage.local.set({ 'ui:panelPlacement': 'push' });
    await expect(send({ type: 'deal:pending', crm: 'hubspot', dealId: '3' }, contentScript(8))).resolves.toEqual({ open: true, push: true, locale: 'en' });
  });

  it('answers the deal page with the language chosen in Options, so the launcher is labelled without reading storage', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
    await expect(send({ type: 'deal:pending', crm: 'hubspot', dealId: '4' }, contentScript(8))).resolves.toMatchObject({ locale: 'fr' });
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'auto' });
    await expect(send({ type: 'deal:pending', crm: 'hubspot', dealId: '4' }, contentScript(8))).resolves.toMatchObject({ locale: 'en' });
  });
});
