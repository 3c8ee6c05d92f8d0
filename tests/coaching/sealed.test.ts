import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, readLabelled, report } from './coach-eval';

/**
 * The honest measure of the ask-vs-tell coach: sentences written by someone
 * else, apart from the training data, never trained or tuned on (the trainer
 * refuses this folder). Only aggregate figures are printed — never a sealed
 * sentence — so that nobody tunes on them by reading the output.
 */
const SEALED = path.join(import.meta.dirname, 'sealed');
const BARS = { en: { precision: 0.9, recall: 0.9, min: 400 }, fr: { precision: 0.9, recall: 0.8, min: 100 } } as const;

describe('ask-vs-tell coach on the sealed test sets', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`${lang === 'en' ? 'English' : 'French'}: precision ≥ ${BARS[lang].precision}, recall ≥ ${BARS[lang].recall}`, () => {
      const file = path.join(SEALED, `${lang}.jsonl`);
      expect(existsSync(file), `missing sealed set ${path.relative(process.cwd(), file)}`).toBe(true);
      const rows = readLabelled(file);
      expect(rows.length).toBeGreaterThanOrEqual(BARS[lang].min);
      if (lang === 'en') {
        const telling = rows.filter((r) => r.kind !== 'ask').length;
        expect(telling / rows.length).toBeGreaterThanOrEqual(0.45);
      }
      const e = evaluate(rows);
      console.log(report(`${lang === 'en' ? 'English' : 'French'} sealed`, e));
      expect(e.precision).toBeGreaterThanOrEqual(BARS[lang].precision);
      expect(e.recall).toBeGreaterThanOrEqual(BARS[lang].recall);
    });
  }
});
