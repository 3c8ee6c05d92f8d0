import * as z from 'zod/mini';

/**
 * Messages the content script receives (from our background and extension
 * pages). Kept apart from the full protocol so the content script ships only
 * these small schemas, not the deal schema it never needs to parse.
 */
/** background or panel → content: open, close or toggle the panel in this tab. */
export const PanelSetOpen = z.object({ type: z.literal('panel:set-open'), open: z.union([z.boolean(), z.literal('toggle')]) });
/** options → content: read the open page with a custom site's configuration now. */
export const CustomTest = z.object({ type: z.literal('custom:test'), siteId: z.string().check(z.maxLength(100)) });
export const ToContentMessage = z.discriminatedUnion('type', [PanelSetOpen, CustomTest]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

export function parseToContent(raw: unknown): ToContentMessage | null {
  const r = ToContentMessage.safeParse(raw);
  return r.success ? r.data : null;
}
