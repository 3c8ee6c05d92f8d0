/**
 * Focus never falls to the page after an action. When the focused control is
 * removed (the "Start session" row gives way to the session, "End session" to
 * the summary, "Add commitment" to its form), the browser drops focus on
 * <body> and a keyboard or screen-reader user starts again from the top.
 * This moves it to what took the control's place: the first focusable
 * element of the content rendered in the same spot, else the next focusable
 * element after that spot. Focus the manager moved themselves (to another
 * control, or away more than a few seconds before) is left alone.
 */
const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

function firstFocusableIn(node: Node): HTMLElement | null {
  if (!(node instanceof HTMLElement)) return null;
  return node.matches(FOCUSABLE) ? node : node.querySelector<HTMLElement>(FOCUSABLE);
}

const LOADING = '.skeleton, [aria-busy="true"]';

/** Whether what was added at `parent` is a placeholder still loading. */
function loadingAdded(records: MutationRecord[], parent: Node): boolean {
  return records.some(
    (r) => r.target === parent && [...r.addedNodes].some((n) => n instanceof HTMLElement && (n.matches(LOADING) || n.querySelector(LOADING) !== null)),
  );
}

/** The first focusable element at or after `from` in document order. */
function nextFocusableFrom(doc: Document, from: Node): HTMLElement | null {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = from;
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n instanceof HTMLElement && n.matches(FOCUSABLE) && n.getClientRects().length > 0) return n;
  }
  return null;
}

/** An action may blur its button before it ends (to let saves land), then replace it. */
const LEFT_GRACE_MS = 3000;
/** How long the replacement of a removed control may take to render (a read through the background). */
const PENDING_MS = 1500;

export function installFocusRescue(doc: Document = document): () => void {
  let last: HTMLElement | null = null;
  /** When focus left `last` while it was still on the page (a click elsewhere, or a blur before saving). */
  let leftAt = Infinity;
  const onFocusIn = (e: FocusEvent) => {
    last = e.target instanceof HTMLElement ? e.target : null;
    leftAt = Infinity;
  };
  const onFocusOut = (e: FocusEvent) => {
    if (e.target === last) leftAt = performance.now();
  };
  /** A spot whose replacement has not rendered yet (a summary still loading): focus goes there when it does. */
  let pending: { parent: Node; timer: ReturnType<typeof setTimeout> } | null = null;
  const settle = (target: HTMLElement | null) => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
    target?.focus();
  };
  const focusAdded = (records: MutationRecord[], parent: Node): HTMLElement | null => {
    for (const r of records) {
      if (r.target !== parent && !parent.contains(r.target)) continue;
      for (const n of r.addedNodes) {
        const f = n.isConnected ? firstFocusableIn(n) : null;
        if (f) return f;
      }
    }
    return null;
  };
  const observer = new MutationObserver((records) => {
    const active = doc.activeElement;
    const unfocused = !active || active === doc.body;
    if (pending) {
      if (!unfocused) return settle(null);
      const f = focusAdded(records, pending.parent);
      if (f) return settle(f);
    }
    const lost = last;
    if (!lost || lost.isConnected) return;
    // Blurred on purpose a while ago (the manager clicked elsewhere): not ours to move.
    if (performance.now() - leftAt > LEFT_GRACE_MS) return void (last = null);
    if (!unfocused && active !== lost) return void (last = null);
    const where = records.find((r) => [...r.removedNodes].some((n) => n === lost || n.contains(lost)));
    if (!where) return;
    last = null;
    const now = focusAdded(records, where.target);
    if (now) return settle(now);
    const parent = where.target;
    const fallback = where.nextSibling?.isConnected ? where.nextSibling : null;
    const next = () => {
      const from = fallback?.isConnected ? fallback : parent.isConnected ? parent : null;
      return from ? nextFocusableFrom(doc, from) : null;
    };
    // What took its place has nothing to focus (a timer for "Begin"): the next control after the spot.
    if (!loadingAdded(records, parent)) return settle(next());
    // Still loading (a summary's skeleton): focus its first control when it renders, else the next one after.
    if (pending) clearTimeout(pending.timer);
    pending = {
      parent,
      timer: setTimeout(() => {
        pending = null;
        const a = doc.activeElement;
        if (!a || a === doc.body) next()?.focus();
      }, PENDING_MS),
    };
  });
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', onFocusOut);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    if (pending) clearTimeout(pending.timer);
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', onFocusOut);
  };
}
