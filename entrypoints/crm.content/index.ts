import { ADAPTERS, CRM_MATCHES, findAdapter } from '@/lib/crm/registry';
import { createCustomAdapter, type CustomSiteConfig } from '@/lib/crm/custom';
import type { CrmAdapter } from '@/lib/crm/types';
import { waitFor } from '@/lib/dom/wait-for';
import { DEAL_FIELDS } from '@/lib/schema/deal-fields';
import type { DealContext } from '@/lib/schema/deal-context';
import { isFromOurExtension } from '@/lib/messaging/senders';
import { parseToContent } from '@/lib/messaging/to-content-guard';
import { createDock, type Dock } from './dock';

/** How long a deal page may take to render its fields before we stop watching. */
const FIELD_WAIT_MS = 10_000;

/** Is this host one of the supported CRMs (else: a custom site whose script was registered at run time)? */
function isSupportedHost(host: string): boolean {
  return CRM_MATCHES.some((p) => {
    const h = p.split('/')[2]!;
    return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
  });
}

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  // The CRM page's own message listeners need not hear from us (WXT's future default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const custom = !isSupportedHost(location.host);
    let adapters: Promise<readonly CrmAdapter[]> | undefined;
    let dock: Dock | undefined;
    let page: AbortController | undefined;
    /** What the previous deal page showed: right after navigation the DOM may still show it. */
    let previous: { dealId: string; fields: string } | undefined;
    const fieldsOf = (d: DealContext) => JSON.stringify([d.name?.value, d.stage?.value, d.amount?.value, d.closeDate?.value, d.owner?.value]);

    /**
     * A message to the background; its answer, or null when there is none.
     * The service worker may be starting or the extension was updated: the
     * panel asks again on load, so nothing is lost by dropping one.
     */
    const ask = (msg: unknown): Promise<unknown> =>
      ctx.isInvalid ? Promise.resolve(null) : browser.runtime.sendMessage(msg).catch(() => null);
    const send = (msg: unknown) => void ask(msg);

    /** The custom sites registered for this host, as the background keeps them. */
    const customSites = async (): Promise<CustomSiteConfig[]> => {
      const sites = await ask({ type: 'custom:config' });
      return Array.isArray(sites) ? sites : [];
    };

    /** Custom sites: their configuration comes from the background, once per page. */
    const loadAdapters = () =>
      (adapters ??= custom
        ? customSites().then((sites) =>
            sites.flatMap((s) => {
              try {
                return [createCustomAdapter(s)];
              } catch {
                return [];
              }
            }),
          )
        : Promise.resolve(ADAPTERS));

    // The open/closed choice is kept by the background: touching storage from
    // here would cost every CRM page the storage API's set-up. If the manager
    // opens or closes this dock's panel, a late remembered state must not undo it.
    let choseHere = false;
    const rememberOpen = (open: boolean) => {
      choseHere = true;
      send({ type: 'panel:remember-open', open });
    };

    /** `opened`: the background's answer to deal:pending, whether the manager left the panel open. */
    const showDock = async (opened: Promise<unknown>) => {
      if (dock) return;
      choseHere = false;
      dock = createDock(ctx, rememberOpen, custom ? 'window' : 'iframe');
      if (custom) return;
      const reply = await opened;
      dock?.setPush((reply as { push?: unknown } | null)?.push === true);
      if (dock && !choseHere && (reply as { open?: unknown } | null)?.open === true) dock.setOpen(true);
    };

    const hideDock = () => {
      dock?.remove();
      dock = undefined;
    };

    const read = (adapter: CrmAdapter, url: URL): DealContext | null => {
      try {
        const d = adapter.extract(document, url);
        return d?.name ? d : null;
      } catch {
        return null; // an adapter must never throw into the host page
      }
    };

    /** One run per URL: everything it starts dies with its signal on navigation. */
    const onUrl = async (href: string) => {
      page?.abort();
      const controller = new AbortController();
      page = controller;
      const url = new URL(href);
      const found = findAdapter(url, await loadAdapters());
      if (controller.signal.aborted) return;
      if (!found) {
        hideDock();
        send({ type: 'deal:none' });
        return;
      }
      // Never left unhandled: on a later deal of a single-page CRM the dock exists and nobody awaits it.
      const opened = ask({ type: 'deal:pending', crm: found.adapter.id, dealId: found.dealId });

      let lastSent = '';
      // Send as soon as the name shows, then again whenever more fields render;
      // stop watching when every field is there or the time is up.
      const reading = waitFor(
        () => {
          if (controller.signal.aborted) return null;
          const deal = read(found.adapter, url);
          if (!deal) return null;
          // Single-page CRMs change the URL before the record (a back navigation
          // renders on popstate, later): the previous deal's fields under the
          // new id are stale, so wait for the page to catch up.
          if (previous && previous.dealId !== found.dealId && previous.fields === fieldsOf(deal)) return null;
          const key = JSON.stringify(deal);
          if (key !== lastSent) {
            lastSent = key;
            send({ type: 'deal:detected', deal });
          }
          previous = { dealId: found.dealId, fields: fieldsOf(deal) };
          return DEAL_FIELDS.every((f) => deal[f] !== null) ? deal : null;
        },
        { root: document.documentElement, signal: controller.signal, timeoutMs: FIELD_WAIT_MS },
      );
      // waitFor has read the page once, synchronously: the launcher goes in
      // after that read, so the read never waits on restyling the page for it.
      void showDock(opened);
      const complete = await reading;
      if (!complete && !controller.signal.aborted && !lastSent) {
        // Nothing readable: still a deal page, so the manager can fill the fields in.
        const partial = found.adapter.extract(document, url);
        if (partial) send({ type: 'deal:detected', deal: { ...partial, name: partial.name ?? { value: `Deal ${found.dealId}`, source: 'url' } } });
      }
    };

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      // Only our background and extension pages may steer the dock.
      if (!isFromOurExtension(sender, browser.runtime.id)) return;
      const msg = parseToContent(raw);
      if (!msg) return;
      if (msg.type === 'panel:set-open') {
        if (!dock) return;
        const next = msg.open === 'toggle' ? !dock.isOpen() : msg.open;
        dock.setOpen(next);
        rememberOpen(next);
        return;
      }
      // Options' "test on the open tab": read this page with that site's configuration.
      void customSites().then((sites) => {
        const site = sites.find((s) => s?.id === msg.siteId);
        let deal: DealContext | null = null;
        try {
          deal = site ? createCustomAdapter(site).extract(document, new URL(location.href)) : null;
        } catch {
          deal = null;
        }
        sendResponse(deal);
      });
      return true;
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void onUrl(newUrl.href));
    ctx.onInvalidated(() => page?.abort());
    void onUrl(location.href);
  },
});
