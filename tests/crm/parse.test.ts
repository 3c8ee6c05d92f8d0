import { describe, expect, it } from 'vitest';
import { parseAmount, parseCloseDate } from '../../lib/crm/parse';
import { mapStage, normalizeStageLabel } from '../../lib/crm/stage-map';

describe('amounts', () => {
  it.each([
    ['$120,000.00', 120000, 'USD'],
    ['€ 45.000,00', 45000, 'EUR'],
    ['45 000,00 €', 45000, 'EUR'],
    ['USD 1,200', 1200, 'USD'],
    ['120 000 EUR', 120000, 'EUR'],
    ['£12,500', 12500, 'GBP'],
    ['$48k', 48000, 'USD'],
    ['1,234,567', 1234567, null],
    ['EUR 45,000.00 (USD 52,000.00)', 45000, 'EUR'],
  ])('%s', (text, value, currency) => {
    expect(parseAmount(text)).toEqual({ value, currency });
  });

  it('reports an unreadable amount as missing', () => {
    expect(parseAmount('—')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});

describe('close dates', () => {
  it.each([
    ['3/15/2027', 'en-US', '2027-03-15'],
    ['03/02/2027', 'fr-FR', '2027-02-03'],
    ['03/02/2027', 'en-US', '2027-03-02'],
    ['28/02/2027', 'en-US', '2027-02-28'],
    ['2027-05-30', null, '2027-05-30'],
    ['Mar 15, 2027', 'en-US', '2027-03-15'],
    ['15 March 2027', 'en-GB', '2027-03-15'],
    ['15 mars 2027', 'fr', '2027-03-15'],
    ['1. Februar 2027', 'de', '2027-02-01'],
    ['1/5/27', 'en-US', '2027-01-05'],
  ])('%s (%s)', (text, locale, iso) => {
    expect(parseCloseDate(text, locale)).toBe(iso);
  });

  it('rejects impossible dates instead of guessing', () => {
    expect(parseCloseDate('2/30/2027', 'en-US')).toBeNull();
    expect(parseCloseDate('next quarter', 'en-US')).toBeNull();
  });
});

describe('stage mapping', () => {
  it('maps every CRM’s default pipeline to coaching stages', () => {
    expect(mapStage('salesforce-lightning', 'Needs Analysis')).toBe('discovery');
    expect(mapStage('salesforce-lightning', 'Négociation/Révision')).toBe('negotiation');
    expect(mapStage('hubspot', 'Contract Sent (Sales Pipeline)')).toBe('closing');
    expect(mapStage('dynamics', 'Develop')).toBe('discovery');
    expect(mapStage('zoho', 'Closed-Lost to Competition')).toBe('lost');
    expect(mapStage('pipedrive', 'Negotiations Started')).toBe('negotiation');
  });

  it('asks (null) for an unknown label, and the manager’s answer wins over defaults', () => {
    expect(mapStage('salesforce-lightning', 'Technical Validation')).toBeNull();
    const mine = [{ crm: 'salesforce-lightning' as const, label: 'technical validation', stage: 'solution' as const }];
    expect(mapStage('salesforce-lightning', 'Technical  Validation', mine)).toBe('solution');
    expect(mapStage('hubspot', 'Technical Validation', mine)).toBeNull();
    expect(mapStage('salesforce-lightning', 'Needs Analysis', [{ crm: 'salesforce-lightning', label: 'Needs Analysis', stage: 'qualification' }])).toBe('qualification');
  });

  it('compares labels without case, accents or pipeline names', () => {
    expect(normalizeStageLabel('  Fermée  Gagnée ')).toBe('fermee gagnee');
    expect(normalizeStageLabel('Contract Sent (Sales Pipeline)')).toBe('contract sent');
  });
});
