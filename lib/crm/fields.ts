import { deepScope, textOf, type DeepScope } from '../dom/deep-query';
import type { CrmId, DealContext, FoundAmount, FoundDate, FoundText } from '../schema/deal-context';
import { parseAmount, parseCloseDate } from './parse';

/**
 * One way to find a field. Lists are tried in order; each entry's reason is
 * the comment on its line (tests/meta/adapters.test.ts checks there is one),
 * so reasons cost the content script nothing.
 */
export interface Sel {
  css: string;
  /** Read an attribute instead of the text (e.g. `title`, `value`). */
  attr?: string;
}
export type SelectorList = readonly Sel[];

export interface Found {
  text: string;
  source: string;
}

/** Placeholder text that means "not loaded yet", never a value. */
const PLACEHOLDER = /^(loading|chargement|--|—|-|…|\.\.\.)$/i;

function clean(t: string): string {
  return t.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** `scope`: a node, or a DeepScope shared by the reads of one extraction (one shadow-root walk for all). */
export function readSel(scope: ParentNode | DeepScope, list: SelectorList): Found | null {
  const deep = 'query' in scope ? scope : deepScope(scope);
  for (const s of list) {
    const el = deep.query(s.css);
    if (!el || el.closest('[class*="skeleton"],[data-test-id*="skeleton"]')) continue;
    const raw = s.attr ? (s.attr === 'value' ? (el as HTMLInputElement).value : el.getAttribute(s.attr)) : textOf(el);
    const text = clean(raw ?? '');
    if (text && !PLACEHOLDER.test(text)) return { text, source: `selector: ${s.css}` };
  }
  return null;
}

/**
 * The value next to a visible label: the fallback when markup changes, and
 * how custom sites and localized pages are read. Looks for an element whose
 * own text is the label, then the nearest following element with text.
 */
export function readByLabel(scope: ParentNode | DeepScope, labels: readonly string[]): Found | null {
  if (!labels.length) return null;
  const wanted = new Set(labels.map((l) => l.toLowerCase().replace(/[:*\s]+$/, '').trim()));
  const deep = 'query' in scope ? scope : deepScope(scope);
  const candidates = deep.queryAll('dt, th, label, span, div, p, td, strong, b, h3, h4', 5000);
  for (const el of candidates) {
    if (el.children.length > 2) continue;
    const own = clean(el.textContent ?? '').toLowerCase().replace(/[:*\s]+$/, '');
    if (!wanted.has(own)) continue;
    let value: Element | null = el.nextElementSibling;
    if (!value && el.parentElement) value = el.parentElement.nextElementSibling;
    const text = clean(textOf(value));
    if (text && !PLACEHOLDER.test(text) && text.toLowerCase() !== own) {
      return { text, source: `label: ${clean(el.textContent ?? '')}` };
    }
  }
  return null;
}

export const asText = (f: Found | null, transform?: (t: string) => string): FoundText | null => {
  if (!f) return null;
  const value = clean(transform ? transform(f.text) : f.text);
  return value ? { value, source: f.source } : null;
};

export const asAmount = (f: Found | null): FoundAmount | null => {
  const p = f ? parseAmount(f.text) : null;
  return f && p ? { value: p.value, currency: p.currency, text: f.text, source: f.source } : null;
};

export const asDate = (f: Found | null, locale: string | null | undefined): FoundDate | null => {
  const v = f ? parseCloseDate(f.text, locale) : null;
  return f && v ? { value: v, text: f.text, source: f.source } : null;
};

export function pageLocale(doc: Document): string | null {
  return doc.documentElement.getAttribute('lang') || null;
}

export function deal(
  crm: CrmId,
  url: URL,
  dealId: string,
  f: Pick<DealContext, 'name' | 'stage' | 'amount' | 'closeDate' | 'owner'>,
): DealContext {
  return { crm, dealId, host: url.host, url: url.href.slice(0, 2000), ...f };
}

/** Adapters must never throw into the host page. */
export function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** A CRM's selector lists and visible-label fallbacks, as each selectors.ts exports them. */
export interface FieldSelectors {
  name: SelectorList;
  stage: SelectorList;
  amount: SelectorList;
  closeDate: SelectorList;
  owner: SelectorList;
  labels: { stage: readonly string[]; amount: readonly string[]; closeDate: readonly string[]; owner: readonly string[] };
}

/**
 * The common extraction: selectors first, visible labels next, each field
 * parsed and sourced; null when the page does not show the deal's name (yet).
 * `clean` tidies a CRM's quirks (pipeline suffixes, "- Saved", "[Change]").
 */
export function extractFields(
  crm: CrmId,
  root: ParentNode,
  doc: Document,
  url: URL,
  dealId: string,
  S: FieldSelectors,
  clean: Partial<Record<'name' | 'stage' | 'owner' | 'closeDate', (t: string) => string>> = {},
): DealContext | null {
  return safely(() => {
    const deep = deepScope(root);
    const name = asText(readSel(deep, S.name), clean.name);
    const close = readSel(deep, S.closeDate) ?? readByLabel(deep, S.labels.closeDate);
    const fields = {
      name,
      stage: asText(readSel(deep, S.stage) ?? readByLabel(deep, S.labels.stage), clean.stage),
      amount: asAmount(readSel(deep, S.amount) ?? readByLabel(deep, S.labels.amount)),
      closeDate: asDate(close && clean.closeDate ? { ...close, text: clean.closeDate(close.text) } : close, pageLocale(doc)),
      owner: asText(readSel(deep, S.owner) ?? readByLabel(deep, S.labels.owner), clean.owner),
    };
    // Without a name, what was read still counts (the panel shows it and asks
    // for the rest when the name never renders); with nothing, there is no deal yet.
    return Object.values(fields).some((v) => v !== null) ? deal(crm, url, dealId, fields) : null;
  });
}
