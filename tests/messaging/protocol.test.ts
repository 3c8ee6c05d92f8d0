import { describe, expect, it } from 'vitest';
import { isFromContentScript, isFromTab, parseMessage } from '../../lib/messaging/protocol';

const deal = {
  crm: 'hubspot',
  dealId: '123',
  host: 'app.hubspot.com',
  url: 'https://app.hubspot.com/contacts/1/record/0-3/123',
  name: { value: 'Initech renewal', source: 'x' },
  stage: null,
  amount: null,
  closeDate: null,
  owner: null,
};

describe('messaging protocol', () => {
  it('accepts a well-formed deal message', () => {
    expect(parseMessage({ type: 'deal:detected', deal })).toEqual({ type: 'deal:detected', deal });
  });

  it('drops unknown types, missing fields, wrong types and oversized scraped text', () => {
    expect(parseMessage({ type: 'deal:steal-notes' })).toBeNull();
    expect(parseMessage({ type: 'deal:detected' })).toBeNull();
    expect(parseMessage({ type: 'panel:set-open', open: 'yes' })).toBeNull();
    expect(parseMessage({ type: 'deal:detected', deal: { ...deal, name: { value: 'x'.repeat(501), source: 'x' } } })).toBeNull();
    expect(parseMessage({ type: 'deal:detected', deal: { ...deal, crm: 'evilcrm' } })).toBeNull();
    expect(parseMessage('deal:none')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });

  it('trusts only our content script in the top frame of the panel’s own tab', () => {
    const ours = { id: 'ext', tab: { id: 7 }, frameId: 0, url: 'https://acme.lightning.force.com/x' };
    expect(isFromTab(ours, 'ext', 7)).toBe(true);
    expect(isFromTab(ours, 'ext', 8)).toBe(false);
    expect(isFromTab({ ...ours, id: 'other-extension' }, 'ext', 7)).toBe(false);
    expect(isFromTab({ ...ours, frameId: 3 }, 'ext', 7)).toBe(false);
    expect(isFromContentScript({ id: 'ext' }, 'ext')).toBe(false);
  });
});
