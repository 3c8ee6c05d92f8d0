/**
 * Queries that also look inside open shadow roots: orgs on native shadow DOM
 * (recent Salesforce) render fields inside components' shadow roots, which a
 * plain querySelector does not enter. Closed roots stay closed.
 */
export function deepQueryAll(root: ParentNode, selector: string, limit = 50): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    if (out.length >= limit) return;
    for (const el of node.querySelectorAll(selector)) {
      out.push(el);
      if (out.length >= limit) return;
    }
    // Walk only elements that host a shadow root; cheap on ordinary pages.
    const walker = (node as Node).ownerDocument ?? (node as Document);
    const tw = walker.createTreeWalker(node as Node, 1 /* SHOW_ELEMENT */);
    for (let n = tw.currentNode as Element | null; n; n = tw.nextNode() as Element | null) {
      if (n.shadowRoot) visit(n.shadowRoot);
      if (out.length >= limit) return;
    }
  };
  visit(root);
  return out;
}

export function deepQuery(root: ParentNode, selector: string): Element | null {
  return deepQueryAll(root, selector, 1)[0] ?? null;
}

/** Any shadow root under `root`? (Pages without one skip the deep walk.) */
export function hasShadowRoots(root: ParentNode): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const tw = doc.createTreeWalker(root as Node, 1);
  for (let n = tw.currentNode as Element | null; n; n = tw.nextNode() as Element | null) if (n.shadowRoot) return true;
  return false;
}

/**
 * The text a person sees: innerText where the engine has it (it skips hidden
 * text and reads into shadow DOM of lookups), textContent otherwise, with
 * white space collapsed.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const anyEl = el as HTMLElement;
  let t = typeof anyEl.innerText === 'string' && anyEl.innerText.trim() ? anyEl.innerText : (el.textContent ?? '');
  if (!t.trim() && el.shadowRoot) t = el.shadowRoot.textContent ?? '';
  return t.replace(/\s+/g, ' ').trim();
}

/** Hidden by the page (display:none ancestor, hidden attribute, aria-hidden tab)? */
export function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
    const style = (n as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}
