import type { DealContext, FoundAmount, FoundDate, FoundText } from '../schema/deal-context';
import { CRM_IDS, DEAL_FIELDS, DEAL_LIMITS, type DealFieldName } from './crm';

/**
 * The embedded panel's check of the deals it receives, without zod: the panel
 * opens inside every CRM page, and a schema library for five fields is not
 * worth its weight there (tests/meta/bundles.test.ts keeps zod out). It
 * accepts exactly what the DealContext and DealReply schemas accept and
 * returns fresh objects with only the known keys, as a zod parse would;
 * tests/messaging/deal-guard.test.ts keeps it in step with those schemas.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const { text: TEXT, source: SOURCE } = DEAL_LIMITS;

/** `undefined` when the value does not pass; `null` is a valid (missing) field. */
function text(v: unknown): FoundText | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !str(v.value, 1, TEXT) || !str(v.source, 0, SOURCE)) return undefined;
  return { value: v.value, source: v.source };
}
function amount(v: unknown): FoundAmount | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || typeof v.value !== 'number' || !Number.isFinite(v.value)) return undefined;
  if (!(v.currency === null || (typeof v.currency === 'string' && CURRENCY.test(v.currency)))) return undefined;
  if (!str(v.text, 1, TEXT) || !str(v.source, 0, SOURCE)) return undefined;
  return { value: v.value, currency: v.currency, text: v.text, source: v.source };
}
function date(v: unknown): FoundDate | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || typeof v.value !== 'string' || !ISO_DATE.test(v.value)) return undefined;
  if (!str(v.text, 1, TEXT) || !str(v.source, 0, SOURCE)) return undefined;
  return { value: v.value, text: v.text, source: v.source };
}

export function parseDealContext(raw: unknown): DealContext | null {
  if (!isObj(raw)) return null;
  const d = raw;
  if (!(CRM_IDS as readonly unknown[]).includes(d.crm)) return null;
  if (!str(d.dealId, 1, DEAL_LIMITS.dealId) || !str(d.host, 1, DEAL_LIMITS.host) || !str(d.url, 0, DEAL_LIMITS.url)) return null;
  if (d.siteId !== undefined && !str(d.siteId, 0, DEAL_LIMITS.siteId)) return null;
  const name = text(d.name);
  const stage = text(d.stage);
  const amountV = amount(d.amount);
  const closeDate = date(d.closeDate);
  const owner = text(d.owner);
  if (name === undefined || stage === undefined || amountV === undefined || closeDate === undefined || owner === undefined) return null;
  return {
    crm: d.crm as DealContext['crm'],
    dealId: d.dealId,
    host: d.host,
    url: d.url,
    ...('siteId' in d ? { siteId: d.siteId as string | undefined } : {}),
    name,
    stage,
    amount: amountV,
    closeDate,
    owner,
  };
}

/** What a panel hears from the content script of its tab. */
export type DealMessage =
  | { type: 'deal:pending'; crm: string; dealId: string }
  | { type: 'deal:detected'; deal: DealContext; waiting?: DealFieldName[] }
  | { type: 'deal:none' };

export function parseDealMessage(raw: unknown): DealMessage | null {
  if (!isObj(raw)) return null;
  if (raw.type === 'deal:none') return { type: 'deal:none' };
  if (raw.type === 'deal:pending') {
    return str(raw.crm, 0, 40) && str(raw.dealId, 0, DEAL_LIMITS.dealId) ? { type: 'deal:pending', crm: raw.crm, dealId: raw.dealId } : null;
  }
  if (raw.type === 'deal:detected') {
    const deal = parseDealContext(raw.deal);
    const { waiting } = raw;
    if (!deal) return null;
    if (waiting === undefined) return { type: 'deal:detected', deal, ...('waiting' in raw ? { waiting } : {}) };
    const fields = DEAL_FIELDS as readonly unknown[];
    if (!Array.isArray(waiting) || waiting.length > DEAL_FIELDS.length || !waiting.every((f) => fields.includes(f))) return null;
    return { type: 'deal:detected', deal, waiting: [...waiting] as DealFieldName[] };
  }
  return null;
}

/** The background's answer to panel:get-deal. */
export interface DealReply {
  tabId: number | null;
  state: 'none' | 'pending' | 'ready';
  deal: DealContext | null;
}

export function parseDealReply(raw: unknown): DealReply | null {
  if (!isObj(raw)) return null;
  const { tabId, state } = raw;
  if (!(tabId === null || (typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId >= 0))) return null;
  if (state !== 'none' && state !== 'pending' && state !== 'ready') return null;
  const deal = raw.deal === null ? null : parseDealContext(raw.deal);
  if (raw.deal !== null && !deal) return null;
  return { tabId, state, deal };
}
