// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepScope, isHidden, textOf } from '../../lib/dom/deep-query';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Builds an element with children without HTML strings. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

describe('reading fields inside shadow DOM', () => {
  it('finds a field rendered inside nested open shadow roots (native shadow DOM orgs)', () => {
    const outer = el('records-highlights2');
    document.body.append(outer);
    const inner = el('lightning-formatted-text');
    outer.attachShadow({ mode: 'open' }).append(el('h1', {}, inner));
    inner.attachShadow({ mode: 'open' }).append(el('span', { class: 'value' }, 'Globex renewal'));
    const scope = deepScope(document);
    expect(scope.query('span.value')?.textContent).toBe('Globex renewal');
    expect(scope.query('.not-there')).toBeNull();
  });

  it('walks the page for shadow roots once per read, however many selectors miss', () => {
    for (let i = 0; i < 200; i++) document.body.append(el('div', {}, el('span', {}, `row ${i}`)));
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const scope = deepScope(document);
    for (const sel of ['.a', '.b', '.c', '.d', '.e']) expect(scope.query(sel)).toBeNull();
    expect(walkers).toHaveBeenCalledTimes(1);
  });

  it('does not walk at all when every selector is found in the light DOM', () => {
    document.body.append(el('h1', { class: 'name' }, 'Acme'));
    const walkers = vi.spyOn(document, 'createTreeWalker');
    expect(deepScope(document).query('h1.name')?.textContent).toBe('Acme');
    expect(walkers).not.toHaveBeenCalled();
  });
});

describe('the text a person sees', () => {
  it('skips hidden parts and collapses white space', () => {
    const owner = el('a', {}, el('span', { hidden: '' }, 'Open preview'), '  Dana\n  Reyes ', el('span', { style: 'display: none' }, 'x'), el('span', { 'aria-hidden': 'true' }, '•'));
    expect(textOf(owner)).toBe('Dana Reyes');
  });

  it('reads what a shadow host renders, slotted text included', () => {
    const host = el('lightning-formatted-text', {}, 'Qualification');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(el('span', {}, 'Stage: '), el('slot'));
    expect(textOf(host)).toBe('Stage: Qualification');
  });

  it('separates block elements so words do not run together', () => {
    expect(textOf(el('div', {}, el('div', {}, 'Close'), el('div', {}, 'Date')))).toBe('Close Date');
  });
});

describe('isHidden: what the page hides without layout', () => {
  it('a background console tab hidden by a class, or collapsed with aria-expanded="false", hides what is inside it', () => {
    const byClass = el('section', { class: 'tabContent oneConsoleTab hideEl' }, el('div', { class: 'lafPageHost' }));
    const collapsed = el('section', { class: 'tabContent oneConsoleTab', 'aria-expanded': 'false' }, el('div', { class: 'lafPageHost' }));
    const slds = el('div', { class: 'slds-hide' }, el('span'));
    const active = el('section', { class: 'tabContent active oneConsoleTab', 'aria-expanded': 'true' }, el('div', { class: 'lafPageHost' }));
    document.body.append(byClass, collapsed, slds, active);
    expect(isHidden(byClass.firstElementChild!)).toBe(true);
    expect(isHidden(collapsed.firstElementChild!)).toBe(true);
    expect(isHidden(slds.firstElementChild!)).toBe(true);
    expect(isHidden(active.firstElementChild!)).toBe(false);
  });

  it('a collapsed control (a combobox or button showing its value) is not hidden', () => {
    const combo = el('div', { role: 'combobox', 'aria-expanded': 'false' }, el('span', {}, 'Jordan Lee'));
    const button = el('button', { 'aria-expanded': 'false' }, el('span', {}, 'Jordan Lee'));
    document.body.append(combo, button);
    expect(isHidden(combo.firstElementChild!)).toBe(false);
    expect(isHidden(button.firstElementChild!)).toBe(false);
  });
});
