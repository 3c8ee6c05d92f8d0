/**
 * The launcher tab and the panel iframe, framework-free. Both live in a
 * closed shadow root: the CRM's CSS cannot restyle them and its scripts
 * cannot reach the iframe (its URL carries the panel key, see
 * lib/model/messages.ts). The panel's content is an extension page, which the
 * page cannot read at all. Only a real click opens anything.
 */
import { tContent } from '@/lib/i18n/content';

export const PANEL_WIDTH = 380;

export interface Dock {
  setOpen(open: boolean): void;
  /** Placement "push": while open, the page moves aside by the panel's width instead of being covered. */
  setPush(push: boolean): void;
  isOpen(): boolean;
  /** Placement "side" (Chrome): the launcher opens the browser's side panel; nothing else enters the page. */
  useSidePanel(): void;
  /** Writes the launcher's and the panel's labels again, in the language now set (it is read after the dock shows, and can change). */
  relabel(): void;
  remove(): void;
}

const CSS = `
:host { all: initial; }
.launcher {
  position: fixed; right: 0; top: 40%; z-index: 2147483646;
  writing-mode: vertical-rl; transform: rotate(180deg);
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: .04em;
  color: #fff; background: #2f5d50; border: 0; border-radius: 0 6px 6px 0;
  padding: 12px 7px; cursor: pointer; box-shadow: 0 1px 4px rgba(0,0,0,.25);
}
.launcher:hover { background: #244a40; }
.launcher:focus-visible { outline: 3px solid #f2b84b; outline-offset: 2px; }
.launcher[aria-expanded="true"] { right: ${PANEL_WIDTH}px; }
.frame {
  position: fixed; top: 0; right: 0; height: 100vh; width: ${PANEL_WIDTH}px; max-width: 100vw; box-sizing: border-box;
  z-index: 2147483647; border: 0; border-left: 1px solid rgba(0,0,0,.15);
  box-shadow: -2px 0 10px rgba(0,0,0,.12); background: #fff; color-scheme: normal;
}
.frame[hidden] { display: none; }
@media (max-width: 520px) { .launcher[aria-expanded="true"] { right: 100vw; } }
`;

/**
 * `iframe`: the panel docks inside the page (supported CRMs, whose hosts the
 * panel page is web-accessible to). `window`: custom sites, where the panel
 * page is not web-accessible, get the panel in its own small window.
 */
export function createDock(
  onToggle: (open: boolean) => void,
  initialMode: 'iframe' | 'window' = 'iframe',
  /** Hands the new iframe's key to the background before the iframe loads. */
  register: (key: string) => void = () => {},
  /** The manager's first hover, focus or opening: what only matters once the launcher is in use starts here. */
  onFirstUse: () => void = () => {},
): Dock {
  const host = document.createElement('sideline-dock');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.dataset.sideline = 'launcher';
  launcher.setAttribute('aria-expanded', 'false');
  shadow.append(style, launcher);
  document.documentElement.append(host);

  let iframe: HTMLIFrameElement | undefined;
  let open = false;
  let mode: 'iframe' | 'window' | 'side' = initialMode;
  const relabel = () => {
    launcher.textContent = open ? tContent('content.close') : 'Sideline';
    launcher.title = tContent('content.launcherTitle');
    if (iframe) iframe.title = tContent('content.panelTitle');
  };
  relabel();

  // Push: a right margin on <html> while the panel is open (not on narrow
  // windows, where the panel takes the width). The page's own inline value is
  // put back on close, navigation away and invalidation (remove()).
  let push = false;
  let pushedFrom: [value: string, priority: string] | null = null;
  const applyPush = () => {
    const root = document.documentElement.style;
    const want = push && open && innerWidth > 520;
    if (want && !pushedFrom) {
      pushedFrom = [root.getPropertyValue('margin-right'), root.getPropertyPriority('margin-right')];
      root.setProperty('margin-right', `${PANEL_WIDTH}px`, 'important');
    } else if (!want && pushedFrom) {
      root.setProperty('margin-right', ...pushedFrom);
      pushedFrom = null;
    }
  };
  addEventListener('resize', applyPush);

  let used = false;
  const use = () => {
    if (used) return;
    used = true;
    launcher.removeEventListener('pointerenter', use);
    launcher.removeEventListener('focus', use);
    onFirstUse();
  };
  launcher.addEventListener('pointerenter', use);
  launcher.addEventListener('focus', use);

  const setOpen = (next: boolean) => {
    if (next) use();
    if (mode !== 'iframe') return;
    open = next;
    launcher.setAttribute('aria-expanded', String(open));
    if (open && !iframe) {
      // The iframe is created on first open only: pages that never open the
      // panel pay nothing for it. Its key is new with every iframe.
      const key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
      register(key);
      iframe = document.createElement('iframe');
      iframe.src = `${browser.runtime.getURL('/panel.html')}#k=${key}`;
      iframe.className = 'frame';
      iframe.dataset.sideline = 'panel';
      // Before it navigates (the policy is fixed then), and for any origin: the src's dynamic-URL origin is not the panel's own.
      iframe.setAttribute('allow', 'clipboard-write *');
      shadow.append(iframe);
    }
    if (iframe) iframe.hidden = !open;
    relabel();
    applyPush();
  };

  launcher.addEventListener('click', (e) => {
    // A page script can call click() or dispatch a click; only the manager's own opens anything.
    if (!e.isTrusted) return;
    use();
    if (mode !== 'iframe') {
      // The background opens it within this click (the browser asks for the manager's gesture).
      browser.runtime.sendMessage({ type: mode === 'side' ? 'panel:open-side' : 'panel:open-window' }).catch(() => {});
      return;
    }
    setOpen(!open);
    onToggle(open);
  });

  return {
    setOpen,
    setPush(next) {
      push = next;
      applyPush();
    },
    isOpen: () => open,
    useSidePanel() {
      setOpen(false);
      mode = 'side';
      iframe?.remove();
      iframe = undefined;
      launcher.removeAttribute('aria-expanded');
    },
    relabel,
    remove() {
      // Navigation away and invalidation both end here: the page is left as it was found.
      push = false;
      applyPush();
      removeEventListener('resize', applyPush);
      iframe = undefined;
      host.remove();
    },
  };
}
