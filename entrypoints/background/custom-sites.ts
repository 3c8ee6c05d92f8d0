import { browser } from 'wxt/browser';
import { customSitesForHost, syncCustomSiteScripts } from '@/lib/custom-sites/registration';
import type { Router } from './router';

/**
 * Custom CRM sites: their content-script registrations are rebuilt from the
 * database and the granted permissions whenever either may have changed, and
 * their panel opens in a window of its own (their hosts cannot frame it).
 */
export function setupCustomSites(router: Router): void {
  // One sync at a time: a grant (permissions.onAdded) and the save that
  // follows it in Options arrive together, and two overlapping syncs would
  // both register the same script id, which Chrome rejects.
  let syncing: Promise<void> = Promise.resolve();
  const sync = () =>
    (syncing = syncing.then(syncCustomSiteScripts).catch((e: unknown) => console.warn('Sideline: custom sites', e)));

  // Options saved or removed a site: the database changed, not the permissions.
  router.on('custom:sync', ['page'], async () => {
    await sync();
    return true;
  });
  router.on(
    'custom:config',
    ['content'],
    async (_msg, { sender }) => customSitesForHost(new URL(sender.url!).host).catch(() => []),
    [],
  );
  router.on('panel:open-window', ['content'], (_msg, { tabId }) => openPanelWindow(tabId!));

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(windowKey(tabId)));
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
}

/** At most one new panel window per tab in this time; a click meanwhile brings the open one forward. */
export const PANEL_WINDOW_INTERVAL_MS = 1_000;
const windowKey = (tabId: number) => `tab:${tabId}:window`;
type PanelWindow = { windowId: number; at: number };

// Requests for a tab's window run one after another, so a burst of clicks cannot open several.
let opening: Promise<unknown> = Promise.resolve();

export function openPanelWindow(tabId: number): Promise<'opened' | 'focused' | 'limited'> {
  const run = async (): Promise<'opened' | 'focused' | 'limited'> => {
    const key = windowKey(tabId);
    const last = (await browser.storage.session.get(key))[key] as PanelWindow | undefined;
    if (last) {
      const open = await browser.windows.get(last.windowId).then((w) => !!w, () => false);
      if (open) {
        await browser.windows.update(last.windowId, { focused: true }).catch(() => {});
        return 'focused';
      }
      if (Date.now() - last.at < PANEL_WINDOW_INTERVAL_MS) return 'limited';
    }
    const win = await browser.windows.create({
      url: browser.runtime.getURL(`/panel-window.html?tab=${tabId}`),
      type: 'popup',
      width: 400,
      height: 760,
    });
    if (win?.id !== undefined) await browser.storage.session.set({ [key]: { windowId: win.id, at: Date.now() } satisfies PanelWindow });
    return 'opened';
  };
  const result = opening.then(run, run);
  opening = result.catch(() => {});
  return result;
}
