import { deepScope, textOf, type DeepScope } from '../dom/deep-query';
import type { CrmId, DealContext, DealFieldName, FoundAmount, FoundDate, FoundText } from '../schema/deal-context';
import { parseAmount, parseCloseDate } from './parse';

/**
 * One way to find a field. Lists are tried in order; each entry's reason and
 * public source is the comment on its line (tests/meta/adapters.test.ts checks
 * there is one), so reasons cost the content script nothing.
 */
export interface Sel {
  css: string;
  /** Read an attribute instead of the text (e.g. `title`, `value`). */
  attr?: string;
  /** The element shows the field's label before its value (HubSpot's bare-text owner): drop the label. */
  withLabel?: boolean;
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

/** A label as compared: lower case, no trailing colon or required-field star. */
const labelKey = (t: string) => clean(t).toLowerCase().replace(/[:*\s]+$/, '');

/** What a person sees as an element's value: an input's value, else its text, else the value of the one input inside. */
function valueText(el: Element | null | undefined, attr?: string): string {
  if (!el) return '';
  if (attr) return attr === 'value' ? ((el as HTMLInputElement).value ?? '') : (el.getAttribute(attr) ?? '');
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return (el as HTMLInputElement).value ?? '';
  return textOf(el) || ((el.querySelector('input,textarea') as HTMLInputElement | null)?.value ?? '');
}

const usable = (text: string) => !!text && !PLACEHOLDER.test(text);

/** `scope`: a node, or a DeepScope shared by the reads of one extraction (one shadow-root walk for all). */
export function readSel(scope: ParentNode | DeepScope, list: SelectorList, labels: readonly string[] = []): Found | null {
  const deep = 'query' in scope ? scope : deepScope(scope);
  for (const s of list) {
    const el = safely(() => deep.query(s.css));
    if (!el || el.closest('[class*="skeleton"],[data-test-id*="skeleton"]')) continue;
    let text = clean(valueText(el, s.attr));
    if (s.withLabel) {
      const label = labels.find((l) => text.toLowerCase().startsWith(l.toLowerCase()));
      if (label) text = text.slice(label.length).replace(/^[\s:]+/, '');
    }
    if (usable(text)) return { text, source: `selector: ${s.css}` };
  }
  return null;
}

/**
 * The value next to a visible label: the fallback when markup changes, and
 * how custom sites and localized pages are read. Looks for an element whose
 * own text is the label, then its next sibling (bare text included) or the
 * element after its parent. `before`: inside these containers the value comes
 * before its label (Dynamics' collapsed header tiles).
 */
export function readByLabel(scope: ParentNode | DeepScope, labels: readonly string[], before?: string, notValues: readonly string[] = []): Found | null {
  if (!labels.length) return null;
  const wanted = new Set(labels.map(labelKey));
  // Another field's label is not a value (a label row whose value has not loaded, then the next row's label).
  const others = new Set(notValues.map(labelKey));
  const deep = 'query' in scope ? scope : deepScope(scope);
  const candidates = deep.queryAll('dt, th, label, span, div, p, td, strong, b, h3, h4', 5000);
  for (const el of candidates) {
    if (el.children.length > 2) continue;
    const own = labelKey(el.textContent ?? '');
    if (!wanted.has(own)) continue;
    let text = '';
    if (before) {
      const box = el.closest(before);
      for (let n: Element | null = el; box && n && n !== box && !text; n = n.parentElement) text = clean(valueText(n.previousElementSibling));
    } else {
      let next = el.nextSibling;
      while (next && (next.nodeType === 8 || (next.nodeType === 3 && !next.nodeValue?.trim()))) next = next.nextSibling;
      const raw = next?.nodeType === 3 ? next.nodeValue : next?.nodeType === 1 ? valueText(next as Element) : valueText(el.parentElement?.nextElementSibling);
      text = clean(raw ?? '');
    }
    if (usable(text) && text.toLowerCase() !== own && !others.has(labelKey(text))) return { text, source: `label: ${clean(el.textContent ?? '')}` };
  }
  return null;
}

export const asText = (f: Found | null): FoundText | null => (f ? { value: f.text, source: f.source } : null);

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

/** How one CRM's fields are read: what defineCrm passes on to extractFields. */
export interface FieldReading {
  id: string;
  fields: Readonly<Record<DealFieldName, SelectorList>>;
  labels: Partial<Record<DealFieldName, readonly string[]>>;
  /** Tidies a CRM's quirks before parsing (pipeline suffixes, "- Saved", "[Change]"). */
  clean?: Partial<Record<DealFieldName, (t: string) => string>>;
  /** Containers in which the value comes before its label. */
  valueBeforeLabelIn?: string;
  /** Labels before selectors (for every field but the name): for CRMs whose selectors are unverified. */
  labelsFirst?: boolean;
  /** Read the other fields even when the name is not found (custom sites): the panel falls back to the URL's id. */
  nameOptional?: boolean;
}

/**
 * The common extraction: selectors first, visible labels next (or the other
 * way round, `labelsFirst`), each field cleaned, parsed and sourced; null when
 * the page does not show the deal's name (yet).
 */
export function extractFields(def: FieldReading, root: ParentNode, doc: Document, url: URL, dealId: string): DealContext | null {
  return safely(() => {
    const deep = deepScope(root);
    const all = Object.values(def.labels).flat();
    const read = (f: DealFieldName): Found | null => {
      const labels = def.labels[f] ?? [];
      const bySel = () => readSel(deep, def.fields[f], labels);
      const byLabel = () => (def.valueBeforeLabelIn ? readByLabel(deep, labels, def.valueBeforeLabelIn, all) : null) ?? readByLabel(deep, labels, undefined, all);
      const found = def.labelsFirst && f !== 'name' ? (byLabel() ?? bySel()) : (bySel() ?? byLabel());
      const tidy = def.clean?.[f];
      const text = found && tidy ? clean(tidy(found.text)) : found?.text;
      return found && text ? { text, source: found.source } : null;
    };
    const fields = {
      name: asText(read('name')),
      stage: asText(read('stage')),
      amount: asAmount(read('amount')),
      closeDate: asDate(read('closeDate'), pageLocale(doc)),
      owner: asText(read('owner')),
    };
    // Without a name, what was read still counts (the page controller waits a
    // moment for the name, then the panel shows the rest and asks for it);
    // with nothing read, there is no deal on the page yet.
    return Object.values(fields).some((v) => v !== null) ? deal(def.id as CrmId, url, dealId, fields) : null;
  });
}
