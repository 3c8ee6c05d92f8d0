import { browser } from 'wxt/browser';
import { parseDealMessage, parseDealReply } from '../model/deal-guard';
import { isFromTab } from '../messaging/senders';
import { tabDealKey } from '../model/messages';
import type { DealContext } from '../schema/deal-context';
import type { DealFieldName } from '../model/crm';

/** What the panel in the browser's side panel shows: the deal of the active tab of its window. */
export type ActiveTabDeal =
  | { status: 'loading'; tabId: number | null }
  | { status: 'none'; tabId: number | null }
  | { status: 'pending'; tabId: number | null }
  | { status: 'ready'; tabId: number | null; deal: DealContext; waiting?: DealFieldName[] }
  | { status: 'error'; tabId: number | null; message: string };

/**
 * Follows the deal of the active tab in the side panel's window until
 * `signal` aborts. The background already knows each tab's deal (tab-deals,
 * in storage.session); it is asked for the active tab, and again whenever
 * the manager switches tabs in this window or that tab's entry changes (the
 * content script reports SPA navigations there, in both browsers). What
 * that tab's content script says is also heard directly (sooner, with the
 * fields it still waits for); a web page, another tab or another extension
 * is not listened to. Only the newest question's answer counts, so a slow
 * answer about a tab the manager already left, or older than what the
 * content script said since, never shows. Answers and messages are checked
 * (zod-free guards kept equal to the schemas).
 */
export function followActiveTabDeal(onState: (s: ActiveTabDeal) => void, signal: AbortSignal): void {
  let windowId: number | undefined;
  let tabId: number | null = null;
  let asked = 0;

  const show = async (id: number | null) => {
    tabId = id;
    const n = ++asked;
    if (id === null) return onState({ status: 'none', tabId: null });
    try {
      const reply = parseDealReply(await browser.runtime.sendMessage({ type: 'panel:get-deal', tabId: id }));
      if (signal.aborted || n !== asked) return;
      if (!reply) throw new Error('The extension gave an unexpected answer.');
      if (reply.state === 'ready' && reply.deal) onState({ status: 'ready', tabId: id, deal: reply.deal });
      else onState({ status: reply.state === 'pending' ? 'pending' : 'none', tabId: id });
    } catch (e) {
      if (!signal.aborted && n === asked) onState({ status: 'error', tabId: id, message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) void show(info.tabId);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && tabId !== null && tabDealKey(tabId) in changes) void show(tabId);
  };
  const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
    if (tabId === null || !isFromTab(sender, browser.runtime.id, tabId)) return undefined;
    const msg = parseDealMessage(raw);
    if (!msg) return undefined;
    // Newer than any answer still on its way.
    asked++;
    if (msg.type === 'deal:pending') onState({ status: 'pending', tabId });
    else if (msg.type === 'deal:detected') onState({ status: 'ready', tabId, deal: msg.deal, ...(msg.waiting ? { waiting: msg.waiting } : {}) });
    else onState({ status: 'none', tabId });
    return undefined;
  };
  const onRemoved = (id: number) => {
    // The shown tab closed: the browser activates another one (onActivated); until then, nothing stale.
    if (id === tabId) void show(null);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.storage.onChanged.addListener(onChanged);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.storage.onChanged.removeListener(onChanged);
  });

  // The side panel's window is the browser window it is attached to.
  browser.windows
    .getCurrent()
    .then((w) => {
      windowId = w.id;
      return browser.tabs.query({ active: true, windowId: w.id });
    })
    .then(([active]) => {
      // A tab switch may have been reported meanwhile: that one is newer.
      if (!signal.aborted && asked === 0) void show(active?.id ?? null);
    })
    .catch((e: unknown) => {
      if (!signal.aborted) onState({ status: 'error', tabId: null, message: e instanceof Error ? e.message : String(e) });
    });
}
