import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type Message, type MessageOf } from '@/lib/messaging/protocol';
import { isFromContentScript, isFromOurExtension } from '@/lib/messaging/senders';
import { isPanelKeyOf } from './panel-keys';

/**
 * Who may speak to the background, decided once per message:
 * - `content`: our content script, in the top frame of a web page's tab;
 * - `panel`: the panel iframe that tab's content script made (its URL
 *   fragment carried the key that content script registered); a panel.html
 *   the page framed or opened itself has no key and is nobody;
 * - `page`: our other pages (popup, options, the panel window). Only
 *   panel.html is web-accessible, so no web page can open or frame these.
 * Anything else (other extensions, web pages, a page-made panel) is refused.
 */
export type Origin = 'content' | 'panel' | 'page';
export type Sender = Browser.runtime.MessageSender;
export interface Caller {
  origin: Origin;
  /** The tab the content script or embedded panel lives in; null for pages. */
  tabId: number | null;
  sender: Sender;
}

type Handler<T extends Message['type']> = (msg: MessageOf<T>, caller: Caller) => unknown;
interface Route {
  from: readonly Origin[];
  handle: Handler<never>;
  /** The answer to a caller that may not send this (so it is never left waiting). */
  refused: unknown;
}

const PANEL_PATH = '/panel.html';

export async function originOf(sender: Sender, msg: Message): Promise<Caller | null> {
  const ourId = browser.runtime.id;
  if (!isFromOurExtension(sender, ourId) || typeof sender.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const ours = url.protocol === new URL(browser.runtime.getURL('/')).protocol;
  if (!ours) return isFromContentScript(sender, ourId) ? { origin: 'content', tabId: sender.tab.id, sender } : null;
  if (url.pathname !== PANEL_PATH) return { origin: 'page', tabId: null, sender };
  const tabId = sender.tab?.id;
  const key = 'key' in msg ? msg.key : undefined;
  if (typeof tabId !== 'number' || !sender.frameId || !key) return null;
  return (await isPanelKeyOf(tabId, key)) ? { origin: 'panel', tabId, sender } : null;
}

export interface Router {
  /** Handle `type` from these origins; what the handler returns (or resolves to) is the answer. */
  on<T extends Message['type']>(type: T, from: readonly Origin[], handle: Handler<T>, refused?: unknown): void;
  /** The runtime.onMessage listener (registered synchronously by the background). */
  listener(raw: unknown, sender: Sender, sendResponse: (r: unknown) => void): true | undefined;
}

export function createRouter(): Router {
  const routes = new Map<string, Route>();
  return {
    on(type, from, handle, refused = null) {
      routes.set(type, { from, handle: handle as unknown as Handler<never>, refused });
    },
    listener(raw, sender, sendResponse) {
      const msg = parseMessage(raw);
      const route = msg && routes.get(msg.type);
      // Not ours to answer (e.g. db:changed between pages): stay silent so the right listener can.
      if (!msg || !route) return undefined;
      void (async () => {
        const caller = await originOf(sender, msg);
        if (!caller || !route.from.includes(caller.origin)) return route.refused;
        return (await route.handle(msg as never, caller)) ?? null;
      })().then(sendResponse, (e: unknown) => {
        console.warn('Sideline:', msg.type, e);
        sendResponse(route.refused);
      });
      return true;
    },
  };
}
