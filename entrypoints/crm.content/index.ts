import { ADAPTERS, CRM_MATCHES, findAdapter } from '@/lib/crm/registry';
import { createCustomAdapter, type CustomSiteConfig } from '@/lib/crm/custom';
import type { CrmAdapter } from '@/lib/crm/types';
import type { DealContext } from '@/lib/schema/deal-context';
import { isFromOurExtension } from '@/lib/messaging/senders';
import { parseToContent } from '@/lib/messaging/to-content-guard';
import { pageReport } from '@/lib/crm/page-outline';
import { createDealPageController } from '@/lib/page/deal-page';
import { applyLanguage, watchLanguage } from '@/lib/i18n/preference';
import { setLocale } from '@/lib/i18n/translate';
import { LOCALES, type Locale } from '@/lib/i18n/types';
import { createDock, type Dock } from './dock';

/** Is this host one of the supported CRMs (else: a custom site whose script was registered at run time)? */
function isSupportedHost(host: string): boolean {
  return CRM_MATCHES.some((p) => {
    const h = p.split('/')[2]!;
    return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
  });
}

const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v);

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  // The CRM page's own message listeners need not hear from us (WXT's future default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const custom = !isSupportedHost(location.host);

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
    const toAdapter = (s: CustomSiteConfig): CrmAdapter[] => {
      try {
        return [createCustomAdapter(s)];
      } catch {
        return [];
      }
    };
    /** Custom sites: their configuration comes from the background, once per page. */
    let adapters: Promise<readonly CrmAdapter[]> | undefined;
    const loadAdapters = () => (adapters ??= custom ? customSites().then((s) => s.flatMap(toAdapter)) : Promise.resolve(ADAPTERS));

    // The dock: the open/closed choice is kept by the background (touching
    // storage from here would cost every CRM page the storage API's set-up).
    // If the manager opens or closes this dock's panel, a late remembered
    // state must not undo it.
    let dock: Dock | undefined;
    let choseHere = false;
    const rememberOpen = (open: boolean) => {
      choseHere = true;
      send({ type: 'panel:remember-open', open });
    };
    const hideDock = () => {
      dock?.remove();
      dock = undefined;
    };
    // The manager's language (Options can override the browser's). The
    // launcher says "Sideline" in every language, so it shows at once and its
    // other labels follow when the language is known: the background sends it
    // with its answer to deal:pending, so no CRM page sets up the storage API
    // on load. Only without that answer is the choice read here. Changes are
    // followed from the manager's first use of the launcher (hover, focus or
    // open), when the choice is read again: a label nobody has looked at yet
    // need not follow anything.
    const readLanguage = () =>
      applyLanguage()
        .catch(() => {})
        .then(() => dock?.relabel());
    let following = false;
    const followLanguage = () => {
      if (following) return;
      following = true;
      watchLanguage(() => dock?.relabel(), ctx.signal);
      void readLanguage();
    };
    const learnLanguage = (reply: { locale?: unknown } | null) => {
      if (isLocale(reply?.locale)) {
        setLocale(reply.locale, navigator.language);
        dock?.relabel();
      } else void readLanguage();
    };

    const page = createDealPageController({
      doc: document,
      adapters: loadAdapters,
      findAdapter,
      send,
      ask,
      async onDealPage(opened) {
        if (dock) return;
        choseHere = false;
        dock = createDock(rememberOpen, custom ? 'window' : 'iframe', (key) => send({ type: 'panel:register', key }), followLanguage);
        const reply = (await opened) as { open?: unknown; push?: unknown; side?: unknown; locale?: unknown } | null;
        learnLanguage(reply);
        // Placement "side": the browser's side panel shows the deal. Chrome opens it from the
        // launcher's click; Firefox only from its own UI or the shortcut, so the page gets nothing.
        if (reply?.side === true) return import.meta.env.BROWSER === 'firefox' ? hideDock() : dock?.useSidePanel();
        if (custom) return;
        dock?.setPush(reply?.push === true);
        if (dock && !choseHere && reply?.open === true) dock.setOpen(true);
      },
      onNoDeal: hideDock,
    });

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
      // The panel's "Copy page report": the page's structure around the deal, without its values.
      if (msg.type === 'page:report') {
        void loadAdapters().then((a) => sendResponse(pageReport(document, new URL(location.href), a)));
        return true;
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

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void page.go(newUrl.href));
    // An updated or removed extension: nothing of ours stays on the page.
    ctx.onInvalidated(() => {
      page.leave();
      hideDock();
    });
    void page.go(location.href);
  },
});
