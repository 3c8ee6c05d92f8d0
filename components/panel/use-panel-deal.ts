import { useEffect, useState } from 'react';
import { isFromTab } from '@/lib/messaging/senders';
import { parseDealMessage, parseDealReply } from '@/lib/model/deal-guard';
import type { DealContext } from '@/lib/schema/deal-context';
import { isRelayedByBackground } from '@/lib/messaging/firefox-relay';
import type { DealFieldName } from '@/lib/model/crm';
import { PANEL_KEY } from './panel-key';
import { t } from '@/lib/i18n';

export type PanelDealState =
  | { status: 'loading'; tabId: number | null }
  | { status: 'none'; tabId: number | null }
  | { status: 'pending'; tabId: number | null }
  | { status: 'ready'; tabId: number | null; deal: DealContext; waiting?: DealFieldName[] }
  | { status: 'error'; tabId: number | null; message: string };

/**
 * The deal shown in the panel's own tab. Asks the background once (it keeps
 * the tab's deal in session storage), then follows the content script of this
 * tab only: a message from another tab, a web page or another extension is
 * dropped. On navigation the state goes to `pending` at once, so the panel
 * never shows deal A's data while the page shows deal B.
 */
export function usePanelDeal(): PanelDealState {
  const [state, setState] = useState<PanelDealState>({ status: 'loading', tabId: null });

  useEffect(() => {
    let tabId: number | null = null;
    let alive = true;
    const ourId = browser.runtime.id;
    type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];
    /** Messages that came before we knew our tab: the content script may report the deal meanwhile. */
    const early: Array<{ raw: unknown; sender: Sender }> = [];

    const apply = (raw: unknown, sender: Sender) => {
      const relayed = import.meta.env.BROWSER === 'firefox' && isRelayedByBackground(sender, ourId, browser.runtime.getURL('/'));
      if (tabId === null || !(isFromTab(sender, ourId, tabId) || relayed)) return;
      const msg = parseDealMessage(raw);
      if (!msg) return;
      if (msg.type === 'deal:pending') setState({ status: 'pending', tabId });
      else if (msg.type === 'deal:detected') setState({ status: 'ready', tabId, deal: msg.deal, waiting: msg.waiting });
      else if (msg.type === 'deal:none') setState({ status: 'none', tabId });
    };
    const onMessage = (raw: unknown, sender: Sender) => {
      if (tabId === null) early.push({ raw, sender });
      else apply(raw, sender);
    };
    browser.runtime.onMessage.addListener(onMessage);

    // A panel opened in its own window (custom sites) is told its tab in the URL.
    const param = Number(new URLSearchParams(location.search).get('tab'));
    const windowTab = Number.isInteger(param) && param >= 0 ? param : undefined;
    browser.runtime
      .sendMessage({ type: 'panel:get-deal', tabId: windowTab, key: PANEL_KEY })
      .then((raw: unknown) => {
        if (!alive) return;
        const reply = parseDealReply(raw);
        if (!reply) throw new Error(t('panel.unexpectedAnswer'));
        tabId = reply.tabId;
        // The stored state first, then anything the content script said since
        // this panel started listening: that is newer (a deal read while the
        // service worker was still answering must not be lost).
        const r = reply;
        if (r.state === 'ready' && r.deal) setState({ status: 'ready', tabId, deal: r.deal });
        else setState({ status: r.state === 'pending' ? 'pending' : 'none', tabId });
        for (const m of early.splice(0)) apply(m.raw, m.sender);
      })
      .catch((e: unknown) => {
        if (alive) setState({ status: 'error', tabId, message: e instanceof Error ? e.message : String(e) });
      });

    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return state;
}
