/**
 * Firefox only. There a moz-extension iframe inside a web page gets
 * content-script messaging (w3c/webextensions#35): what the content script
 * sends with runtime.sendMessage reaches the background but never the panel
 * embedded in the same tab, so the panel would keep showing deal A after the
 * CRM moved to deal B. The background hands the content script's deal reports
 * on to that tab with tabs.sendMessage, which reaches the panel's frame (the
 * content script ignores them), and the panel accepts them from our background.
 * No zod here: the background's router imports it.
 */
import type { SenderLike } from './senders';

type DealReport = { type: 'deal:pending' | 'deal:detected' | 'deal:none' };

/** Background: pass a deal report from a tab's content script on to the panel in that tab. */
export function relayDealReportToTab(tabId: number, msg: DealReport): void {
  browser.tabs.sendMessage(tabId, msg).catch(() => {
    // No panel in that tab: nobody to tell.
  });
}

/**
 * Panel: a relayed report comes from our background page, which has no tab.
 * tabs.sendMessage delivers only into the tab it names, so it is about the
 * panel's own tab.
 */
export function isRelayedByBackground(sender: SenderLike, ourId: string, ourOrigin: string): boolean {
  return sender.id === ourId && sender.tab === undefined && typeof sender.url === 'string' && sender.url.startsWith(ourOrigin);
}
