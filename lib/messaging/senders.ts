/**
 * Who sent a message. Receivers check this as well as the message's shape:
 * a web page, another extension or another tab must not be able to steer us.
 */
import { PANEL_OPEN_KEY, tabDealKey } from '../model/messages';

export { PANEL_OPEN_KEY, tabDealKey };

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

