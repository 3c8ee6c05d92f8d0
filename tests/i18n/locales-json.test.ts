import { describe, expect, it } from 'vitest';
import { localesJson } from '@/lib/i18n/locales-json';
import { MESSAGES } from '@/lib/i18n/catalog';

describe('_locales/<lang>/messages.json made from the catalog', () => {
  it('writes placeholders the browser fills, plural forms as two messages, and $ as $$', () => {
    const json = localesJson(
      {
        'x.greet': { en: 'Hi {name}, {count} left', fr: 'Salut {name}, il en reste {count}' },
        'x.deals': { en: { one: '{count} deal', other: '{count} deals' }, fr: { one: '{count} affaire', other: '{count} affaires' } },
        'x.price': { en: 'Costs $5', fr: 'Coûte 5 $' },
      },
      'fr',
    );
    expect(json.x_greet).toEqual({
      message: 'Salut $NAME$, il en reste $COUNT$',
      placeholders: { name: { content: '$1' }, count: { content: '$2' } },
    });
    expect(json.x_deals_one?.message).toBe('$COUNT$ affaire');
    expect(json.x_deals_other?.message).toBe('$COUNT$ affaires');
    expect(json.x_price?.message).toBe('Coûte 5 $$');
  });

  it('keeps the store listing within the Chrome Web Store limits in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const json = localesJson(MESSAGES, locale);
      expect(json.manifest_name!.message.length).toBeLessThanOrEqual(75);
      expect(json.manifest_shortName!.message.length).toBeLessThanOrEqual(12);
      expect(json.manifest_description!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
