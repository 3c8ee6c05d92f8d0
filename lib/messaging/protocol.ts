import * as z from 'zod/mini';
import { DealContext } from '../schema/deal-context';
import { CustomTest, PanelSetOpen } from './to-content';

/**
 * Every message Sideline sends between its contexts, as one zod discriminated
 * union. Written with `zod/mini` because the content script ships it.
 * Receivers parse `unknown` and drop what does not parse; they also check who
 * sent it (see isFromOurExtension / isFromTab).
 */
const TabId = z.number().check(z.int(), z.nonnegative());

export const Message = z.discriminatedUnion('type', [
  /** content → extension: this tab shows a deal page; fields may still be loading. The background answers with PendingReply. */
  z.object({ type: z.literal('deal:pending'), crm: z.string().check(z.maxLength(40)), dealId: z.string().check(z.maxLength(200)) }),
  /** content → extension: the deal as read from the page. */
  z.object({ type: z.literal('deal:detected'), deal: DealContext }),
  /** content → background: the manager opened or closed the panel; remembered for the next deal page. */
  z.object({ type: z.literal('panel:remember-open'), open: z.boolean() }),
  /** content → extension: this tab no longer shows a deal page. */
  z.object({ type: z.literal('deal:none') }),
  /**
   * panel → background: which deal is in my tab? (answered from session storage).
   * `tabId` only counts for the panel opened in its own window (custom sites).
   */
  z.object({ type: z.literal('panel:get-deal'), tabId: z.optional(TabId) }),
  /** content (custom sites) → background: open the panel in its own window for this tab. */
  z.object({ type: z.literal('panel:open-window') }),
  PanelSetOpen,
  CustomTest,
  /** panel → background: run one repository call (see lib/db/api.ts). */
  z.object({ type: z.literal('db:call'), fn: z.string().check(z.maxLength(60)), args: z.array(z.unknown()).check(z.maxLength(6)) }),
  /** any extension context → extension pages: the database changed; live reads run again. */
  z.object({ type: z.literal('db:changed') }),
  /** content → background: what is registered for this host (custom sites). */
  z.object({ type: z.literal('custom:config') }),
  /** options → background: custom sites were saved or removed; rebuild their content-script registrations. */
  z.object({ type: z.literal('custom:sync') }),
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** The background's answer to deal:pending: should the panel open as the manager left it? */
export interface PendingReply {
  open: boolean;
  /** The panel moves the page aside instead of covering it (lib/ui/placement.ts). */
  push?: boolean;
}

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

export * from './senders';
