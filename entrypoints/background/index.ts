import {
  isFromContentScript,
  isFromExtensionPage,
  isFromOurExtension,
  parseMessage,
  tabDealKey,
  PANEL_OPEN_KEY,
  type DealReply,
  type PendingReply,
} from '@/lib/messaging/protocol';
import { DealContext } from '@/lib/schema/deal-context';
import { customSitesForHost, syncCustomSiteScripts } from '@/lib/custom-sites/registration';
import { runDbCall } from '@/lib/db/api';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import { setupBadge } from './badge';

/**
 * The service worker can be stopped at any moment, so it keeps nothing in
 * memory: the deal each tab shows lives in storage.session (which content
 * scripts cannot read), and every listener is registered synchronously here.
 */
type TabDeal = { state: 'pending' | 'ready'; deal: DealContext | null };

async function readTabDeal(tabId: number): Promise<TabDeal | undefined> {
  const key = tabDealKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabDeal | undefined;
  if (!stored) return undefined;
  // Re-check on the way out too: storage is ours, but a bad write must not reach the panel.
  if (stored.deal && !DealContext.safeParse(stored.deal).success) return undefined;
  return stored;
}

export default defineBackground(() => {
  const ourId = browser.runtime.id;
  broadcastDbChanges();
  setupBadge();
  const ourOrigin = browser.runtime.getURL('/');

  // Custom CRM sites: rebuild their content-script registrations from the
  // database and the granted permissions whenever either may have changed.
  // One at a time: a grant (permissions.onAdded) and the save that follows it
  // in Options arrive together, and two overlapping syncs would both register
  // the same script id, which Chrome rejects.
  let syncing: Promise<void> = Promise.resolve();
  const sync = () =>
    (syncing = syncing.then(syncCustomSiteScripts).catch((e: unknown) => console.warn('Sideline: custom sites', e)));

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isFromOurExtension(sender, ourId)) return;
    const msg = parseMessage(raw);
    if (!msg) return;
    const fromPage = isFromExtensionPage(sender, ourOrigin);

    switch (msg.type) {
      case 'deal:pending':
      case 'deal:detected':
      case 'deal:none': {
        if (fromPage || !isFromContentScript(sender, ourId)) return;
        const key = tabDealKey(sender.tab.id);
        const value: TabDeal | null =
          msg.type === 'deal:none'
            ? null
            : msg.type === 'deal:pending'
              ? { state: 'pending', deal: null }
              : { state: 'ready', deal: msg.deal };
        void (value ? browser.storage.session.set({ [key]: value }) : browser.storage.session.remove(key));
        if (msg.type !== 'deal:pending') return;
        // The content script asks here rather than reading storage itself (cheaper on every CRM page).
        const answer = (open: boolean): PendingReply => ({ open });
        browser.storage.local.get(PANEL_OPEN_KEY).then(
          (s) => sendResponse(answer(s[PANEL_OPEN_KEY] === true)),
          () => sendResponse(answer(false)),
        );
        return true;
      }
      case 'panel:remember-open': {
        if (fromPage || !isFromContentScript(sender, ourId)) return;
        void browser.storage.local.set({ [PANEL_OPEN_KEY]: msg.open });
        return;
      }
      case 'panel:get-deal': {
        // The panel iframe lives in the CRM tab: the tab it asks about is its own.
        if (!fromPage) return;
        // In a CRM tab the panel's own tab is the sender's; a panel in its own
        // window (custom sites) names the tab it was opened for. That window is
        // a tab too (its sender.tab is itself), so tell them apart by frame: the
        // embedded panel is a subframe, the window's panel the top frame.
        const tabId = (sender.frameId === 0 ? msg.tabId : undefined) ?? sender.tab?.id ?? null;
        const reply = async (): Promise<DealReply> => {
          if (tabId === null) return { tabId, state: 'none', deal: null };
          const stored = await readTabDeal(tabId);
          return stored ? { tabId, state: stored.state, deal: stored.deal } : { tabId, state: 'none', deal: null };
        };
        reply().then(sendResponse, () => sendResponse({ tabId, state: 'none', deal: null }));
        return true;
      }
      case 'db:call': {
        // Only our own extension pages (the embedded panel) may call the repository.
        if (!fromPage) return;
        runDbCall(msg.fn, msg.args).then(sendResponse);
        return true;
      }
      case 'panel:open-window': {
        if (!isFromContentScript(sender, ourId)) return;
        void browser.windows.create({
          url: browser.runtime.getURL(`/panel-window.html?tab=${sender.tab.id}`),
          type: 'popup',
          width: 400,
          height: 760,
        });
        return;
      }
      case 'custom:sync': {
        // Options saved or removed a site: the database changed, not the permissions.
        if (!fromPage) return;
        sync().then(() => sendResponse(true));
        return true;
      }
      case 'custom:config': {
        if (!isFromContentScript(sender, ourId) || !sender.url) return;
        customSitesForHost(new URL(sender.url).host).then(sendResponse, () => sendResponse([]));
        return true;
      }
      default:
        return;
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'panel:set-open', open: 'toggle' }).catch(() => {
      // Not a CRM deal tab: nothing to toggle.
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabDealKey(tabId));
  });

  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());

});
