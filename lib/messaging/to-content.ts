import * as z from 'zod/mini';
import { SITE_ID_MAX } from './to-content-guard';

/**
 * Messages the content script receives (from our background and extension
 * pages). These schemas are the definition: the background and pages parse
 * with them, and the type below comes from them. The content script itself
 * checks them with `parseToContent` (to-content-guard.ts), which a test keeps
 * in step with these schemas.
 */
/** background or panel → content: open, close or toggle the panel in this tab. */
export const PanelSetOpen = z.object({ type: z.literal('panel:set-open'), open: z.union([z.boolean(), z.literal('toggle')]) });
/** options → content: read the open page with a custom site's configuration now. */
export const CustomTest = z.object({ type: z.literal('custom:test'), siteId: z.string().check(z.maxLength(SITE_ID_MAX)) });
/** panel → content: the redacted outline of the page around the deal ("Copy page report"); answered with PageReportReply. */
export const PageReport = z.object({ type: z.literal('page:report') });
export const ToContentMessage = z.discriminatedUnion('type', [PanelSetOpen, CustomTest, PageReport]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

/** The content script's answer to page:report (null: this tab shows no deal page). Parsed by the panel. */
export const PageReportReply = z.nullable(z.object({ crm: z.string().check(z.maxLength(40)), outline: z.string().check(z.maxLength(400_000)) }));
export type PageReportReply = z.infer<typeof PageReportReply>;
