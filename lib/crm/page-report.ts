import { DEAL_FIELDS } from '../schema/deal-fields';
import type { DealContext, DealFieldName } from '../schema/deal-context';
import { ADAPTERS } from './registry';

/** How a field was found, in words a manager can pass on: the selector or label that matched, or that nothing did. */
export function fieldSource(deal: DealContext, field: DealFieldName): string {
  const found = deal[field];
  if (!found) return 'nothing matched';
  if (found.source === 'url') return 'not on the page: taken from the address';
  return found.source;
}

/** The address without its record ids and query values: path segments with digits become `:id`, query keeps its names. */
export function redactedPath(href: string): string {
  const url = new URL(href);
  const path = url.pathname
    .split('/')
    .map((p) => (/\d/.test(p) ? ':id' : p))
    .join('/');
  const names = [...new Set(url.searchParams.keys())];
  return path + (names.length ? `?${names.map((n) => `${n}=…`).join('&')}` : '') + (url.hash ? ' #…' : '');
}

/**
 * "Copy page report": what Sideline read and where, what it tried for the
 * fields it missed, and the page outline the content script made (already
 * without values). No field value, host or record id goes in.
 */
export function buildPageReport(deal: DealContext, outline: string | null, version: string): string {
  const adapter = ADAPTERS.find((a) => a.id === deal.crm);
  const lines = [
    `Sideline ${version} page report`,
    `CRM: ${deal.crm}`,
    `Page: ${redactedPath(deal.url)}`,
    '',
    'Fields (where each was found):',
    ...DEAL_FIELDS.map((f) => `  ${f}: ${fieldSource(deal, f)}`),
  ];
  const missed = DEAL_FIELDS.filter((f) => !deal[f] || deal[f]!.source === 'url');
  if (adapter?.fields && missed.length) {
    lines.push('', 'Tried for the fields not found, in order:');
    for (const f of missed) {
      lines.push(`  ${f}:`);
      for (const s of adapter.fields[f]) lines.push(`    selector: ${s.css}${s.attr ? ` (attribute ${s.attr})` : ''}`);
      for (const l of adapter.labels?.[f] ?? []) lines.push(`    label: ${l}`);
    }
  }
  lines.push('', 'Page outline (tags, ids, classes, data-* attributes; text and values left out; · marks an element with text):');
  lines.push(outline ?? '(the page did not answer: reload it and try again)');
  return lines.join('\n');
}
