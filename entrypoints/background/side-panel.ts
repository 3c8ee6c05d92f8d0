import { browser } from 'wxt/browser';
import { parseMessage } from '@/lib/messaging/protocol';
import { isFromContentScript } from '@/lib/messaging/senders';
import { PANEL_PLACEMENT_KEY, parsePlacement, type PanelPlacement } from '@/lib/ui/placement';

/**
 * Placement `side`: the panel page in the browser's own side panel (Chrome)
 * or sidebar (Firefox). Opening it needs the manager's gesture, and a gesture
 * does not survive an `await`: the launcher's click (Chrome hands a content
 * script's click on to the handler of its message) and the keyboard command
 * are answered synchronously, here, not through the router (which awaits its
 * sender check).
 *
 * So the placement is also kept in memory, and in Chrome mirrored into the
 * side panel's own enabled state: Sideline is offered in Chrome's side panel
 * menu only in this placement, and a worker just woken by the command (which
 * does not know the placement yet) can try to open the panel at once: Chrome
 * refuses when the panel is disabled, and the in-page panel toggles instead.
 */
let placement: PanelPlacement | undefined;

/**
 * The windows where Sideline's side panel is open, so that the launcher and
 * Alt+Shift+S can close it again synchronously (a second press closes what the
 * first opened, as in the other placements). Kept from Chrome's own events and
 * read back from its list of contexts when the worker starts; a worker woken by
 * the press itself does not know yet and opens (a no-op when already open).
 */
const openWindows = new Set<number>();

interface SidePanelEvent {
  addListener(l: (info: { windowId: number }) => void): void;
}
interface ChromeSidePanel {
  open(o: { tabId: number }): Promise<void>;
  setOptions(o: { enabled: boolean }): Promise<void>;
  /** Chrome 141+; older Chrome can only open it. */
  close?(o: { windowId: number }): Promise<void>;
  onOpened?: SidePanelEvent;
  onClosed?: SidePanelEvent;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}
const chromeSidePanel = () => (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const firefoxSidebar = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** A browser call that may refuse by throwing or by rejecting: either way, `otherwise` runs. */
function attempt(call: () => Promise<void>, otherwise: (e: unknown) => void = () => {}): void {
  try {
    call().catch(otherwise);
  } catch (e) {
    otherwise(e);
  }
}

function apply(next: PanelPlacement): void {
  placement = next;
  const chrome = chromeSidePanel();
  if (chrome) attempt(() => chrome.setOptions({ enabled: next === 'side' }));
}

const sync = () =>
  browser.storage.local.get(PANEL_PLACEMENT_KEY).then(
    (s) => apply(parsePlacement(s[PANEL_PLACEMENT_KEY])),
    () => {},
  );

function watchOpenWindows(): void {
  const chrome = chromeSidePanel();
  if (!chrome) return;
  const runtime = browser.runtime as unknown as { getContexts?(f: object): Promise<Array<{ windowId: number }>> };
  try {
    chrome.onOpened?.addListener(({ windowId }) => openWindows.add(windowId));
    chrome.onClosed?.addListener(({ windowId }) => openWindows.delete(windowId));
    runtime.getContexts?.({ contextTypes: ['SIDE_PANEL'] }).then(
      (contexts) => contexts.forEach((c) => c.windowId >= 0 && openWindows.add(c.windowId)),
      () => {},
    );
  } catch {
    // Not offered (older Chrome, test doubles): the launcher and the key only open, as before.
  }
}

/**
 * Opens Chrome's side panel for the tab, or closes it when it is already open
 * in the tab's window (where Chrome can close it). Synchronous: the open
 * needs the gesture of the click or key press that led here.
 */
function toggleChromeSidePanel(chrome: ChromeSidePanel, tabId: number, windowId: number | undefined, otherwise?: (e: unknown) => void): void {
  if (windowId !== undefined && openWindows.has(windowId) && chrome.close) {
    const close = chrome.close.bind(chrome);
    attempt(() => close({ windowId }), otherwise);
    return;
  }
  attempt(() => chrome.open({ tabId }), otherwise);
}

export function setupSidePanel(): void {
  void sync();
  watchOpenWindows();
  // At browser start too: Chrome may have forgotten the enabled state.
  browser.runtime.onStartup.addListener(() => void sync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PANEL_PLACEMENT_KEY in changes) apply(parsePlacement(changes[PANEL_PLACEMENT_KEY]!.newValue));
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // A cheap look first: every message passes here.
    if ((raw as { type?: unknown } | null)?.type !== 'panel:open-side') return undefined;
    // Only our content script in a tab's top frame, and only for its own tab.
    const fromPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    if (parseMessage(raw)?.type !== 'panel:open-side' || fromPage || !isFromContentScript(sender, browser.runtime.id)) return undefined;
    const chrome = chromeSidePanel();
    if (chrome) toggleChromeSidePanel(chrome, sender.tab.id, sender.tab.windowId, (e) => console.warn('Sideline: side panel', e));
    return undefined;
  });
}

/**
 * The keyboard command: opens the side panel when that is the placement (or
 * may be, in Chrome, for a worker that has not read it yet). False when the
 * in-page panel should toggle instead; `toggleDock` is also the fallback when
 * Chrome refuses.
 */
export function openSidePanelOnCommand(tabId: number, toggleDock: () => void, windowId?: number): boolean {
  if (placement === 'overlay' || placement === 'push') return false;
  const chrome = chromeSidePanel();
  if (chrome) {
    // Refused when disabled (the placement is not `side`) or without a gesture: the in-page panel, as before.
    toggleChromeSidePanel(chrome, tabId, windowId, toggleDock);
    return true;
  }
  const firefox = firefoxSidebar();
  if (!firefox) return false;
  if (placement === 'side') {
    // Firefox's background page stays (MV2), so the placement is known here.
    attempt(() => firefox.toggle());
    return true;
  }
  // Not read yet: the gesture is gone by the time it is, so only the in-page panel can follow.
  void sync().then(() => (placement === 'side' ? attempt(() => firefox.open()) : toggleDock()));
  return true;
}

/** Tests: forget the placement kept in memory, as a restarted worker would. */
export function forgetPlacementInMemory(): void {
  placement = undefined;
  openWindows.clear();
}
