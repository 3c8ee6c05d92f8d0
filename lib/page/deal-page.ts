import type { CrmAdapter } from '../crm/types';
import { waitFor } from '../dom/wait-for';
import { DEAL_FIELDS, type DealFieldName } from '../model/crm';
import type { DealContext } from '../schema/deal-context';
import { tContent } from '../i18n/content';

/**
 * The deal-page lifecycle of one tab, as named states:
 * - `no-deal`: this URL is not a deal page (the dock is gone);
 * - `reading`: a deal page whose name has not rendered yet;
 * - `read`: the deal was sent (it may still be waiting for some fields);
 * - `failed`: the name did not render in time, so the deal was sent with what
 *   was read and `Deal <id>` from the URL; a name that renders later still wins;
 * - `left`: the content script was invalidated; nothing runs any more.
 * Every deal gets its own AbortSignal: navigating away stops its observer and
 * timers, and a late read of deal A can never be reported for deal B.
 */
export type DealPageState =
  | { name: 'no-deal' }
  | { name: 'reading'; crm: string; dealId: string; waitingFor: DealFieldName[] }
  | { name: 'read'; deal: DealContext; waitingFor: DealFieldName[] }
  | { name: 'failed'; deal: DealContext; waitingFor: DealFieldName[] }
  | { name: 'left' };

/** Messages the controller sends (to the background and the panel). */
export type DealPageMessage =
  | { type: 'deal:none' }
  | { type: 'deal:pending'; crm: string; dealId: string }
  | { type: 'deal:detected'; deal: DealContext; waiting?: DealFieldName[] };

export interface DealPageOptions {
  doc: Document;
  /** The CRM definitions for this page (custom sites load theirs from the background). */
  adapters(): Promise<readonly CrmAdapter[]>;
  findAdapter(url: URL, adapters: readonly CrmAdapter[]): { adapter: CrmAdapter; dealId: string } | null;
  /** Fire and forget. */
  send(msg: DealPageMessage): void;
  /** deal:pending, whose answer says whether the panel was left open. */
  ask(msg: DealPageMessage): Promise<unknown>;
  /** A deal page: show the launcher (after the first read, so that read never waits on restyling). */
  onDealPage(opened: Promise<unknown>): void;
  /** Not a deal page any more: remove the launcher and panel. */
  onNoDeal(): void;
  onState?(state: DealPageState): void;
  /** How long the name may take before the panel shows what was read and lets the manager type the rest. */
  nameWaitMs?: number;
  /** How long the other fields may take to render before we stop watching. */
  fieldWaitMs?: number;
}

export const NAME_WAIT_MS = 3_000;
export const FIELD_WAIT_MS = 10_000;

const fieldsOf = (d: DealContext) => JSON.stringify([d.name?.value, d.stage?.value, d.amount?.value, d.closeDate?.value, d.owner?.value]);
const missing = (d: DealContext | null): DealFieldName[] => (d ? DEAL_FIELDS.filter((f) => d[f] === null) : [...DEAL_FIELDS]);

export interface DealPageController {
  /** The page is at `href` now (first load or a single-page navigation). */
  go(href: string): Promise<void>;
  /** The content script is gone: stop everything, for good. */
  leave(): void;
  readonly state: DealPageState;
}

export function createDealPageController(o: DealPageOptions): DealPageController {
  const nameWaitMs = o.nameWaitMs ?? NAME_WAIT_MS;
  const fieldWaitMs = o.fieldWaitMs ?? FIELD_WAIT_MS;
  let state: DealPageState = { name: 'no-deal' };
  let current: AbortController | undefined;
  let dockShown = false;
  /** What the previous deal page showed: right after navigation the DOM may still show it. */
  let previous: { dealId: string; fields: string } | undefined;

  const setState = (next: DealPageState) => {
    state = next;
    o.onState?.(next);
  };

  const extract = (adapter: CrmAdapter, url: URL): DealContext | null => {
    try {
      return adapter.extract(o.doc, url);
    } catch {
      return null; // an adapter must never throw into the host page
    }
  };

  const go = async (href: string) => {
    if (state.name === 'left') return;
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const { signal } = controller;
    const url = new URL(href);
    const found = o.findAdapter(url, await o.adapters());
    if (signal.aborted) return;
    if (!found) {
      dockShown = false;
      o.onNoDeal();
      o.send({ type: 'deal:none' });
      setState({ name: 'no-deal' });
      return;
    }
    const { adapter, dealId } = found;
    // deal:pending tells the background and the panel that the page moved on
    // and the deal is still rendering. The first deal page always sends it
    // (its answer places the launcher); after a single-page navigation whose
    // deal is already on the page, deal:detected alone says it sooner, and
    // the panel is spared showing "reading" for an instant.
    let opened: Promise<unknown> | undefined;
    const pending = () => (opened ??= o.ask({ type: 'deal:pending', crm: adapter.id, dealId }));
    if (!dockShown) pending();
    setState({ name: 'reading', crm: adapter.id, dealId, waitingFor: [...DEAL_FIELDS] });

    const fieldDeadline = Date.now() + fieldWaitMs;
    let lastSent = '';
    let named = false;
    const report = (deal: DealContext, fromUrl: boolean) => {
      const waitingFor = Date.now() >= fieldDeadline ? [] : missing(deal);
      const msg: DealPageMessage = { type: 'deal:detected', deal, ...(waitingFor.length ? { waiting: waitingFor } : {}) };
      const key = JSON.stringify(msg);
      if (key !== lastSent) {
        lastSent = key;
        o.send(msg);
      }
      setState({ name: fromUrl ? 'failed' : 'read', deal, waitingFor });
    };

    // Single-page CRMs change the URL before the record (a back navigation
    // renders on popstate, later): the previous deal's fields under the new
    // id are stale, so wait for the page to catch up.
    const stale = (d: DealContext) => !!previous && previous.dealId !== dealId && previous.fields === fieldsOf(d);

    /** What was read without a name, under `Deal <id>` from the URL. */
    let fellBack = false;
    const reportFromUrl = (partial: DealContext | null) => {
      fellBack = true;
      const base: DealContext = partial ?? {
        crm: adapter.id,
        dealId,
        host: url.host,
        url: url.href.slice(0, 2000),
        name: null,
        stage: null,
        amount: null,
        closeDate: null,
        owner: null,
      };
      report({ ...base, name: { value: tContent('content.dealFromUrl', { id: dealId }).slice(0, 500), source: 'url' } }, true);
    };
    const readFresh = () => {
      const d = extract(adapter, url);
      return d && !stale(d) ? d : null;
    };

    // Send as soon as the name shows, then again whenever more fields render;
    // stop watching when every field is there or the time is up.
    const reading = waitFor(
      () => {
        if (signal.aborted) return null;
        const deal = readFresh();
        if (!deal?.name) {
          // Already showing what was read without a name: keep it current.
          if (fellBack) reportFromUrl(deal);
          return null;
        }
        named = true;
        previous = { dealId, fields: fieldsOf(deal) };
        report(deal, false);
        return missing(deal).length === 0 ? deal : null;
      },
      { root: o.doc.documentElement, signal, timeoutMs: fieldWaitMs },
    );
    // waitFor has read the page once, synchronously: the launcher goes in after that read.
    if (!named) pending();
    if (!dockShown) {
      dockShown = true;
      o.onDealPage(pending());
    }

    // Never wait forever: when the name has not rendered in time, the panel
    // gets what was read, under `Deal <id>`, and the manager types the rest.
    // A name that renders later (before the field deadline) still replaces it.
    const nameTimer = setTimeout(() => {
      if (!signal.aborted && !named) reportFromUrl(readFresh());
    }, nameWaitMs);
    signal.addEventListener('abort', () => clearTimeout(nameTimer), { once: true });

    await reading;
    clearTimeout(nameTimer);
    if (signal.aborted) return;
    // Time is up: what is still missing is missing now, no longer awaited.
    if (state.name === 'reading') reportFromUrl(readFresh());
    else if ((state.name === 'read' || state.name === 'failed') && state.waitingFor.length) report(state.deal, state.name === 'failed');
  };

  return {
    go,
    leave() {
      current?.abort();
      setState({ name: 'left' });
    },
    get state() {
      return state;
    },
  };
}
