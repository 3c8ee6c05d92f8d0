import { describe, expect, it } from 'vitest';
import { PageReportReply, ToContentMessage } from '../../lib/messaging/to-content';
import { parsePageReportReply, parseToContent, SITE_ID_MAX } from '../../lib/messaging/to-content-guard';

/** Valid and invalid messages a content script could be sent. */
const samples: unknown[] = [
  { type: 'panel:set-open', open: true },
  { type: 'panel:set-open', open: false },
  { type: 'panel:set-open', open: 'toggle' },
  { type: 'panel:set-open', open: 'yes' },
  { type: 'panel:set-open', open: 1 },
  { type: 'panel:set-open' },
  { type: 'panel:set-open', open: true, extra: '<img src=x onerror=alert(1)>' },
  { type: 'custom:test', siteId: 'site-1' },
  { type: 'custom:test', siteId: '' },
  { type: 'custom:test', siteId: 'x'.repeat(SITE_ID_MAX) },
  { type: 'custom:test', siteId: 'x'.repeat(SITE_ID_MAX + 1) },
  { type: 'custom:test', siteId: 42 },
  { type: 'custom:test' },
  { type: 'page:report' },
  { type: 'page:report', selector: 'body', extra: true },
  { type: 'page:reports' },
  { type: 'deal:detected', deal: {} },
  { type: 'db:call', fn: 'deleteEverything', args: [] },
  { open: true },
  'panel:set-open',
  ['panel:set-open', true],
  null,
  undefined,
  42,
];

describe('messages to the content script', () => {
  it('the content script accepts exactly what the shared zod schema accepts, and nothing more', () => {
    for (const raw of samples) {
      const zod = ToContentMessage.safeParse(raw);
      expect(parseToContent(raw), JSON.stringify(raw)?.slice(0, 80)).toEqual(zod.success ? zod.data : null);
    }
  });

  it('drops unknown keys, so nothing extra reaches the dock', () => {
    expect(parseToContent({ type: 'panel:set-open', open: true, extra: 1 })).toEqual({ type: 'panel:set-open', open: true });
  });
});

describe('the panel’s check of a page report', () => {
  const replies: unknown[] = [
    { crm: 'hubspot', outline: 'div[data-test-id]' },
    { crm: 'hubspot', outline: '' },
    { crm: 'x'.repeat(40), outline: 'a' },
    { crm: 'x'.repeat(41), outline: 'a' },
    { crm: 'hubspot', outline: 'o'.repeat(400_001) },
    { crm: 'hubspot' },
    { crm: 7, outline: 'a' },
    null,
    'report',
    [],
  ];
  it('accepts exactly what the zod schema accepts, with nothing extra', () => {
    for (const r of replies) {
      const z = PageReportReply.safeParse(r);
      const expected = z.success && z.data ? { crm: z.data.crm, outline: z.data.outline } : null;
      expect(parsePageReportReply(r), JSON.stringify(r)?.slice(0, 60)).toEqual(expected);
    }
  });
});
