/**
 * Queries that also look inside open shadow roots: orgs on native shadow DOM
 * (recent Salesforce) render fields inside components' shadow roots, which a
 * plain querySelector does not enter. Closed roots stay closed.
 *
 * A `DeepScope` finds the shadow roots under its root at most once (one walk
 * over the elements, only when a query misses the light DOM), so a fallback
 * list of selectors on a big CRM page costs one walk, not one per selector.
 * Make a new scope for each read: roots added later are not seen by an old one.
 */
export interface DeepScope {
  query(selector: string): Element | null;
  queryAll(selector: string, limit?: number): Element[];
}

/** Every open shadow root under `root`, nested ones included, in document order. */
function shadowRootsUnder(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    const doc = (node as Node).ownerDocument ?? (node as Document);
    const tw = doc.createTreeWalker(node as Node, 1 /* SHOW_ELEMENT */);
    for (let n = tw.currentNode as Element | null; n; n = tw.nextNode() as Element | null) {
      if (n.shadowRoot) {
        out.push(n.shadowRoot);
        visit(n.shadowRoot);
      }
    }
  };
  visit(root);
  return out;
}

export function deepScope(root: ParentNode): DeepScope {
  let roots: ShadowRoot[] | undefined;
  const queryAll = (selector: string, limit = 50): Element[] => {
    const out: Element[] = [];
    for (const el of root.querySelectorAll(selector)) {
      out.push(el);
      if (out.length >= limit) return out;
    }
    roots ??= shadowRootsUnder(root);
    for (const r of roots) {
      for (const el of r.querySelectorAll(selector)) {
        out.push(el);
        if (out.length >= limit) return out;
      }
    }
    return out;
  };
  // querySelector stops at the first match; querySelectorAll would visit the
  // whole page (a CRM's long related lists) to build a list we drop.
  const query = (selector: string): Element | null => {
    const light = root.querySelector(selector);
    if (light) return light;
    roots ??= shadowRootsUnder(root);
    for (const r of roots) {
      const el = r.querySelector(selector);
      if (el) return el;
    }
    return null;
  };
  return { queryAll, query };
}

/** Elements that start a new line: their text must not run into the previous word. */
const BLOCKS = new Set(['BR', 'P', 'DIV', 'LI', 'TR']);

/** Elements whose text a person does not see. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function hiddenByPage(el: Element): boolean {
  if (SKIP.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const display = (el as HTMLElement).style?.display;
  return display === 'none';
}

/**
 * The text a person sees, with white space collapsed, read from the DOM
 * without layout: `innerText` would force a style and layout pass over the
 * whole CRM page on every read. It follows the rendered (flat) tree: a
 * shadow host shows its shadow root, a slot shows what is assigned to it, and
 * elements hidden by attribute or inline style are skipped.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType === 1) {
      const e = node as Element;
      if (hiddenByPage(e)) return;
      if (e.shadowRoot) return walk(e.shadowRoot);
      if (e.tagName === 'SLOT') {
        const assigned = (e as HTMLSlotElement).assignedNodes?.() ?? [];
        if (assigned.length) return assigned.forEach(walk);
      }
      if (BLOCKS.has(e.tagName)) parts.push(' ');
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Classes pages hide things with (SLDS, Aura's hideEl, utility CSS): no layout needed to see them. */
const HIDING_CLASSES = ['slds-hide', 'hideEl', 'hide', 'hidden', 'slds-hidden'];

/**
 * A collapsed container (not a control): Salesforce's console marks its
 * background workspace tab `aria-expanded="false"` (Salesforce Inspector
 * Reloaded, addon/button.js). Buttons and comboboxes say it of themselves
 * while showing their value, so only sections and plain containers count.
 */
function collapsed(n: Element): boolean {
  if (n.getAttribute('aria-expanded') !== 'false') return false;
  const role = n.getAttribute('role');
  return /^(SECTION|ARTICLE|MAIN|DIV)$/.test(n.tagName) && (!role || role === 'tabpanel' || role === 'region');
}

/** Hidden by the page: a display:none or visibility:hidden ancestor, the hidden attribute, aria-hidden, a hiding class, a collapsed container. */
export function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true' || collapsed(n)) return true;
    if (HIDING_CLASSES.some((c) => n!.classList?.contains(c))) return true;
    const style = (n as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}
