import * as z from 'zod/mini';
import { DealContext } from '../schema/deal-context';
import { DEAL_FIELDS } from '../model/crm';
import { CustomTest, PageReport, PanelSetOpen } from './to-content';
import { PANEL_KEY_PATTERN, type MessageType } from '../model/messages';
import type { Locale } from '../i18n/types';

/**
 * Every message Sideline sends between its contexts, as one zod discriminated
 * union. Written with `zod/mini` because the content script ships it.
 * Receivers parse `unknown` and drop what does not parse; they also check who
 * sent it (see isFromOurExtension / isFromTab).
 */
const TabId = z.number().check(z.int(), z.nonnegative());
/** The panel key (see lib/model/messages.ts): only the panel frame our content script made knows it. */
const PanelKey = z.string().check(z.regex(PANEL_KEY_PATTERN));

export const Message = z.discriminatedUnion('type', [
  /** content → extension: this tab shows a deal page; fields may still be loading. The background answers with PendingReply. */
  z.object({ type: z.literal('deal:pending'), crm: z.string().check(z.maxLength(40)), dealId: z.string().check(z.maxLength(200)) }),
  /**
   * content → extension: the deal as read from the page. `waiting`: fields the
   * page has not rendered yet but may still (the panel says it waits for them).
   */
  z.object({
    type: z.literal('deal:detected'),
    deal: DealContext,
    waiting: z.optional(z.array(z.enum(DEAL_FIELDS)).check(z.maxLength(DEAL_FIELDS.length))),
  }),
  /** content → background: the manager opened or closed the panel; remembered for the next deal page. */
  z.object({ type: z.literal('panel:remember-open'), open: z.boolean() }),
  /** content → extension: this tab no longer shows a deal page. */
  z.object({ type: z.literal('deal:none') }),
  /** content → background: the key of the panel iframe this tab's content script is about to create. */
  z.object({ type: z.literal('panel:register'), key: PanelKey }),
  /**
   * panel → background: which deal is in my tab? (answered from session storage).
   * `tabId` only counts for the panel opened in its own window (custom sites).
   */
  z.object({ type: z.literal('panel:get-deal'), tabId: z.optional(TabId), key: z.optional(PanelKey) }),
  /** content (custom sites) → background: open the panel in its own window for this tab. */
  z.object({ type: z.literal('panel:open-window') }),
  /** content → background: the manager clicked the launcher; open the browser's side panel for this tab (placement `side`, Chrome). */
  z.object({ type: z.literal('panel:open-side') }),
  PanelSetOpen,
  CustomTest,
  PageReport,
  /** panel → background: run one repository call (see lib/db/api.ts). */
  z.object({
    type: z.literal('db:call'),
    fn: z.string().check(z.maxLength(60)),
    args: z.array(z.unknown()).check(z.maxLength(6)),
    key: z.optional(PanelKey),
  }),
  /** extension page → background: move typed text waiting in the journal into the database (lib/journal); answered once done. */
  z.object({ type: z.literal('journal:drain'), key: z.optional(PanelKey) }),
  /** any extension context → extension pages: these tables changed; live reads of them run again. */
  z.object({ type: z.literal('db:changed'), tables: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20))) }),
  /** content → background: what is registered for this host (custom sites). */
  z.object({ type: z.literal('custom:config') }),
  /** options → background: custom sites were saved or removed; rebuild their content-script registrations. */
  z.object({ type: z.literal('custom:sync') }),
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
/** The plain list of names (lib/model/messages.ts) is exactly the union's types. */
type SameNames = [Message['type']] extends [MessageType] ? ([MessageType] extends [Message['type']] ? true : never) : never;
export const MESSAGE_NAMES_MATCH: SameNames = true;

/** The background's answer to deal:pending: should the panel open as the manager left it? */
export interface PendingReply {
  open: boolean;
  /** The panel moves the page aside instead of covering it (lib/ui/placement.ts). */
  push?: boolean;
  /** Placement `side`: the panel lives in the browser's side panel; no panel in the page. Only sent when true. */
  side?: boolean;
  /** The manager's language (Options' choice, else the browser's): the launcher's labels. Absent on an error. */
  locale?: Locale;
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
