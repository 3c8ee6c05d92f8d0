import * as z from 'zod/mini';
import { DealContext } from '../schema/deal-context';

/**
 * Every message Sideline sends between its contexts, as one zod discriminated
 * union. Written with `zod/mini` because the content script ships it.
 * Receivers parse `unknown` and drop what does not parse; they also check who
 * sent it (see isFromOurExtension / isFromTab).
 */
const TabId = z.number().check(z.int(), z.nonnegative());

export const Message = z.discriminatedUnion('type', [
  /** content → extension: this tab shows a deal page; fields may still be loading. */
  z.object({ type: z.literal('deal:pending'), crm: z.string().check(z.maxLength(40)), dealId: z.string().check(z.maxLength(200)) }),
  /** content → extension: the deal as read from the page. */
  z.object({ type: z.literal('deal:detected'), deal: DealContext }),
  /** content → extension: this tab no longer shows a deal page. */
  z.object({ type: z.literal('deal:none') }),
  /** panel → background: which deal is in my tab? (answered from session storage) */
  z.object({ type: z.literal('panel:get-deal') }),
  /** background or panel → content: open, close or toggle the panel in this tab. */
  z.object({ type: z.literal('panel:set-open'), open: z.union([z.boolean(), z.literal('toggle')]) }),
  /** options → content (a tab): read the page with a custom site's configuration. */
  z.object({ type: z.literal('custom:test'), siteId: z.string().check(z.maxLength(100)) }),
  /** content → background: what is registered for this host (custom sites). */
  z.object({ type: z.literal('custom:config') }),
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Reply to panel:get-deal. */
export const DealReply = z.object({
  tabId: z.nullable(TabId),
  state: z.enum(['none', 'pending', 'ready']),
  deal: z.nullable(DealContext),
});
export type DealReply = z.infer<typeof DealReply>;

export function parseMessage(raw: unknown): Message | null {
  const r = Message.safeParse(raw);
  return r.success ? r.data : null;
}

/** Minimal shape of runtime.MessageSender that our checks need. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** Sent by one of our own contexts (another extension or a web page cannot pass this). */
export function isFromOurExtension(sender: SenderLike, ourId: string): boolean {
  return sender.id === ourId;
}

/** Sent by our content script in the top frame of a tab. */
export function isFromContentScript(sender: SenderLike, ourId: string): sender is SenderLike & { tab: { id: number } } {
  return sender.id === ourId && typeof sender.tab?.id === 'number' && sender.frameId === 0;
}

/** Sent by our content script in this very tab (a panel only trusts its own tab). */
export function isFromTab(sender: SenderLike, ourId: string, tabId: number): boolean {
  return isFromContentScript(sender, ourId) && sender.tab!.id === tabId;
}

/** Sent by one of our extension pages (popup, options, panel) rather than a content script. */
export function isFromExtensionPage(sender: SenderLike, ourOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(ourOrigin);
}

/** Session-storage key of the deal shown in a tab (the service worker keeps nothing in memory). */
export function tabDealKey(tabId: number): string {
  return `tab:${tabId}:deal`;
}
export const PANEL_OPEN_KEY = 'ui:panelOpen';
