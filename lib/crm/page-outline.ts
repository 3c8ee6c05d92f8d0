import type { DealContext } from '../schema/deal-context';
import type { CrmAdapter } from './types';
import { findAdapter } from './registry';

/**
 * "Copy page report": the structure of the page around the deal, without
 * deal data, so whoever maintains a manager's setup can fix a selector from a
 * real page. One line per element: tag, id, classes, `data-*` attributes and
 * the names (never the values) of other attributes; `·` marks an element with
 * text of its own (the text itself is never included); at most 3,000 lines. An id, class or
 * `data-*` value is kept only when it looks like an identifier and is not deal
 * data: no spaces, no digit runs or hex ids (record ids, amounts, dates),
 * not the exact text of any element, and no word of a value Sideline read.
 * Runs in the content script: kept small and free of dependencies.
 */
/**
 * Words of three letters or digits or more, in any script. Built when a report
 * is asked for: as a literal, the engine would build its Unicode letter class
 * when it parses the content script, on every CRM page.
 */
const wordPattern = () => new RegExp('[\\p{L}\\d]{3,}', 'gu');

export function pageOutline(root: ParentNode, deal: DealContext | null): string {
  // Every text in the part of the page reported, shadow roots included: a value equal to one is page data.
  const texts = new Set<string>();
  const collect = (n: Node): void => {
    if (n.nodeType === 3) texts.add(n.nodeValue!.trim());
    for (const c of [...((n as Element).shadowRoot?.childNodes ?? []), ...n.childNodes]) collect(c);
  };
  collect(root as Node);
  const words: string[] = (deal ? [deal.dealId, deal.name?.value, deal.stage?.value, deal.owner?.value].join(' ').toLowerCase().match(wordPattern()) : null) ?? [];
  const safe = (v: string) =>
    /^[a-z_][\w:./-]{0,79}$/i.test(v) && !/\d{3}|[\da-f]{8}/i.test(v) && !texts.has(v) && !v.toLowerCase().split(/[\W_]+/).some((w) => words.includes(w));
  const out: string[] = [];
  const visit = (elements: Iterable<Element>, indent: string): void => {
    for (const el of elements) {
      if (out.length > 3000 || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|LINK|META)$/.test(el.tagName)) continue;
      let line = indent + el.localName;
      for (const { name, value } of el.attributes) {
        line +=
          name === 'class'
            ? value.split(/\s+/).filter(Boolean).map((c) => '.' + (safe(c) ? c : '…')).join('')
            : name === 'id' || name.startsWith('data-')
              ? `[${name}${safe(value) ? `="${value}"` : ''}]`
              : `[${name}]`;
      }
      out.push(line + ([...el.childNodes].some((c) => c.nodeType === 3 && c.nodeValue!.trim()) ? ' ·' : ''));
      if (el.shadowRoot) out.push(indent + '  #shadow-root'), visit(el.shadowRoot.children, indent + '    ');
      visit(el.children, indent + '  ');
    }
  };
  // The root itself when it is an element (the record's scope), else what the document holds.
  visit((root as Element).tagName ? [root as Element] : root.children, '');
  return out.join('\n');
}

/** What the content script answers to page:report: the outline of the part of the page that holds the deal. */
export function pageReport(doc: Document, url: URL, adapters?: readonly CrmAdapter[]): { crm: string; outline: string } | null {
  try {
    const found = findAdapter(url, adapters);
    if (!found) return null;
    const scope = found.adapter.scope?.(doc);
    const root = !scope || scope === doc ? doc.body : scope;
    return { crm: found.adapter.id, outline: pageOutline(root, found.adapter.extract(doc, url)) };
  } catch {
    return null; // never throw into the page
  }
}
