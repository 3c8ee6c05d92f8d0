import { browser } from 'wxt/browser';
import { PANEL_OPEN_KEY, tabDealKey } from '@/lib/model/messages';
import { DealContext } from '@/lib/schema/deal-context';
import type { DealReply, PendingReply } from '@/lib/messaging/protocol';
import { relayDealReportToTab } from '@/lib/messaging/firefox-relay';
import { PANEL_PLACEMENT_KEY, parsePlacement } from '@/lib/ui/placement';
import { LANGUAGE_KEY, browserLanguage, parseLanguageChoice, resolveLocale } from '@/lib/i18n/preference';
import type { Router } from './router';

/**
 * The deal each tab shows, as its content script reports it, kept in
 * storage.session (the service worker keeps nothing in memory; content
 * scripts cannot read that area). Only the panel that tab's content script
 * made, or our own panel window, may read it.
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

const NO_DEAL: DealReply = { tabId: null, state: 'none', deal: null };

export function setupTabDeals(router: Router): void {
  router.on('deal:pending', ['content'], async (_msg, { tabId }): Promise<PendingReply> => {
    void browser.storage.session.set({ [tabDealKey(tabId!)]: { state: 'pending', deal: null } satisfies TabDeal });
    if (import.meta.env.BROWSER === 'firefox') relayDealReportToTab(tabId!, _msg);
    // The content script asks here rather than reading storage itself (cheaper on every CRM page).
    // With it, where the manager wants the panel: over the page or pushing it aside (lib/ui/placement.ts),
    // and the manager's language, so the content script need not set up the storage API to learn it.
    return browser.storage.local.get([PANEL_OPEN_KEY, PANEL_PLACEMENT_KEY, LANGUAGE_KEY]).then(
      (s): PendingReply => {
        const placement = parsePlacement(s[PANEL_PLACEMENT_KEY]);
        const locale = resolveLocale(parseLanguageChoice(s[LANGUAGE_KEY]), browserLanguage());
        return { open: s[PANEL_OPEN_KEY] === true, push: placement === 'push', ...(placement === 'side' ? { side: true } : {}), locale };
      },
      (): PendingReply => ({ open: false, push: false }),
    );
  }, { open: false });
  router.on('deal:detected', ['content'], async (msg, { tabId }) => {
    await browser.storage.session.set({ [tabDealKey(tabId!)]: { state: 'ready', deal: msg.deal } satisfies TabDeal });
    // Firefox: the panel in this tab hears the content script only through us (lib/messaging/firefox-relay.ts).
    if (import.meta.env.BROWSER === 'firefox') relayDealReportToTab(tabId!, msg);
  });
  router.on('deal:none', ['content'], async (msg, { tabId }) => {
    await browser.storage.session.remove(tabDealKey(tabId!));
    if (import.meta.env.BROWSER === 'firefox') relayDealReportToTab(tabId!, msg);
  });
  router.on('panel:remember-open', ['content'], async (msg) => {
    await browser.storage.local.set({ [PANEL_OPEN_KEY]: msg.open });
  });
  router.on(
    'panel:get-deal',
    ['panel', 'page'],
    async (msg, caller): Promise<DealReply> => {
      // The embedded panel asks about its own tab; our panel window (custom
      // sites) names the tab it was opened for.
      const tabId = caller.origin === 'panel' ? caller.tabId : (msg.tabId ?? null);
      if (tabId === null) return NO_DEAL;
      const stored = await readTabDeal(tabId).catch(() => undefined);
      return stored ? { tabId, state: stored.state, deal: stored.deal } : { tabId, state: 'none', deal: null };
    },
    NO_DEAL,
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabDealKey(tabId));
  });
}
