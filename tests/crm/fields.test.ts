// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readByLabel, readSel } from '../../lib/crm/fields';

afterEach(() => document.body.replaceChildren());

function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

describe('reading a field by its visible label', () => {
  it('reads bare text right after its label', () => {
    document.body.append(el('span', {}, el('label', {}, 'Deal owner'), 'Jordan Lee'));
    expect(readByLabel(document, ['Deal owner'])).toEqual({ text: 'Jordan Lee', source: 'label: Deal owner' });
  });

  it('reads an input’s value, not its (empty) text', () => {
    const input = el('input', { value: '€ 85.000,00' });
    document.body.append(el('div', {}, el('label', {}, 'Est. Revenue'), el('div', {}, input)));
    expect(readByLabel(document, ['Est. Revenue'])?.text).toBe('€ 85.000,00');
  });

  it('reads the value before its label only inside the containers that show it so', () => {
    const tiles = el('div', { id: 'headerControlsList_1' }, el('div', {}, el('div', {}, '$212,000.00'), el('div', {}, 'Est. Revenue')));
    const elsewhere = el('div', {}, el('div', {}, 'Not a value'), el('div', {}, 'Est. Close Date'));
    document.body.append(tiles, elsewhere);
    expect(readByLabel(document, ['Est. Revenue'], 'div[id^="headerControlsList_"]')?.text).toBe('$212,000.00');
    expect(readByLabel(document, ['Est. Close Date'], 'div[id^="headerControlsList_"]')).toBeNull();
  });

  it('a selector on a row that holds its label drops the label, and an empty row is not a value', () => {
    document.body.append(el('span', { 'data-test-id': 'hubspot_owner_id' }, el('label', {}, 'Deal owner')));
    expect(readSel(document, [{ css: '[data-test-id="hubspot_owner_id"]', withLabel: true }], ['Deal owner'])).toBeNull();
    document.body.firstElementChild!.append('Gavin Belson');
    expect(readSel(document, [{ css: '[data-test-id="hubspot_owner_id"]', withLabel: true }], ['Deal owner'])?.text).toBe('Gavin Belson');
  });
});
