import type { ToContentMessage } from './to-content';
import { SITE_ID_MAX } from '../model/messages';

export { SITE_ID_MAX };

/**
 * The content script's check of what it receives, without zod: zod/mini alone
 * is over 5 KB gzipped, more than a third of the content script's 12 KB
 * budget, for three message shapes (tests/meta/bundles.test.ts keeps zod
 * out). The sender is checked first (only our own
 * extension can message a content script); this then drops anything that is
 * not exactly one of the shapes in `ToContentMessage`, and returns a fresh
 * object with only the known keys, as a zod parse would.
 * tests/messaging/to-content.test.ts keeps it in step with the zod schemas.
 */
export function parseToContent(raw: unknown): ToContentMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  if (m.type === 'panel:set-open') {
    return typeof m.open === 'boolean' || m.open === 'toggle' ? { type: m.type, open: m.open } : null;
  }
  if (m.type === 'page:report') return { type: m.type };
  if (m.type === 'custom:test') {
    return typeof m.siteId === 'string' && m.siteId.length <= SITE_ID_MAX ? { type: m.type, siteId: m.siteId } : null;
  }
  return null;
}

/**
 * The content script's answer to `page:report`, as the panel checks it without
 * zod (the embedded panel ships no zod): equal to `PageReportReply` in
 * to-content.ts, kept so by tests/messaging/to-content.test.ts.
 */
export function parsePageReportReply(raw: unknown): { crm: string; outline: string } | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.crm !== 'string' || r.crm.length > 40 || typeof r.outline !== 'string' || r.outline.length > 400_000) return null;
  return { crm: r.crm, outline: r.outline };
}
