import { CRM_MATCHES, findAdapter } from '@/lib/crm/registry';
import { waitFor } from '@/lib/dom/wait-for';
import { DealContext, DEAL_FIELDS } from '@/lib/schema/deal-context';
import { PANEL_OPEN_KEY, isFromOurExtension, parseMessage, type Message } from '@/lib/messaging/protocol';
import { createDock, type Dock } from './dock';

/** How long a deal page may take to render its fields before we stop watching. */
const FIELD_WAIT_MS = 10_000;

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let dock: Dock | undefined;
    let page: AbortController | undefined;

    const send = (msg: Message) => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage(msg).catch(() => {
        // The service worker may be starting or the extension was updated: the
        // panel asks again on load, so nothing is lost by dropping this one.
      });
    };

    const rememberOpen = (open: boolean) => {
      browser.storage.local.set({ [PANEL_OPEN_KEY]: open }).catch(() => {});
    };

    const showDock = async () => {
      if (dock) return;
      dock = createDock(ctx, rememberOpen);
      const stored = await browser.storage.local.get(PANEL_OPEN_KEY).catch(() => ({}) as Record<string, unknown>);
      if (dock && stored[PANEL_OPEN_KEY] === true) dock.setOpen(true);
    };

    const hideDock = () => {
      dock?.remove();
      dock = undefined;
    };

    /** One run per URL: everything it starts dies with its signal on navigation. */
    const onUrl = async (href: string) => {
      page?.abort();
      const controller = new AbortController();
      page = controller;
      ctx.onInvalidated(() => controller.abort());
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return;
      }
      const found = findAdapter(url);
      if (!found) {
        hideDock();
        send({ type: 'deal:none' });
        return;
      }
      const { adapter, dealId } = found;
      send({ type: 'deal:pending', crm: adapter.id, dealId });
      void showDock();

      let lastSent = '';
      const read = () => {
        if (controller.signal.aborted) return null;
        let deal: DealContext | null = null;
        try {
          deal = adapter.extract(document, url);
        } catch {
          deal = null; // an adapter must never throw into the host page
        }
        if (!deal) return null;
        const parsed = DealContext.safeParse(deal);
        if (!parsed.success) return null;
        // Send as soon as the name shows, then again whenever more fields arrive.
        if (parsed.data.name) {
          const key = JSON.stringify(parsed.data);
          if (key !== lastSent) {
            lastSent = key;
            send({ type: 'deal:detected', deal: parsed.data });
          }
        }
        return DEAL_FIELDS.every((f) => parsed.data[f] !== null) ? parsed.data : null;
      };

      const complete = await waitFor(read, {
        root: document.documentElement,
        signal: controller.signal,
        timeoutMs: FIELD_WAIT_MS,
      });
      // Timed out with some fields missing: send what we have so the manager can fill in the rest.
      if (!complete && !controller.signal.aborted && !lastSent) {
        try {
          const partial = DealContext.safeParse(adapter.extract(document, url));
          if (partial.success) send({ type: 'deal:detected', deal: partial.data });
        } catch {
          /* never throw into the page */
        }
      }
    };

    browser.runtime.onMessage.addListener((raw, sender) => {
      // Only our background and extension pages may steer the dock.
      if (!isFromOurExtension(sender, browser.runtime.id)) return;
      const msg = parseMessage(raw);
      if (msg?.type !== 'panel:set-open' || !dock) return;
      const next = msg.open === 'toggle' ? !dock.isOpen() : msg.open;
      dock.setOpen(next);
      rememberOpen(next);
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void onUrl(newUrl.href));
    void onUrl(location.href);
  },
});
