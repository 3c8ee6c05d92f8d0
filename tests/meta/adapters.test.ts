import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/crm/registry';
import { DETECTORS } from '../crm/detectors';

const ROOT = path.resolve(__dirname, '../..');

describe('every CRM adapter', () => {
  for (const a of ADAPTERS) {
    it(`${a.id} has its detector, selectors, extraction, test URLs and a fixture`, async () => {
      const dir = path.join(ROOT, 'lib/crm', a.id);
      for (const f of ['url.ts', 'selectors.ts', 'extract.ts', 'index.ts']) expect(existsSync(path.join(dir, f)), `${a.id}/${f}`).toBe(true);
      const urls = DETECTORS[a.id as keyof typeof DETECTORS].testUrls;
      expect(urls.deals.length).toBeGreaterThanOrEqual(3);
      expect(urls.notDeals.length).toBeGreaterThanOrEqual(2);
      const fixtures = readdirSync(path.join(ROOT, 'tests/fixtures', a.id)).filter((f) => f.endsWith('.html'));
      expect(fixtures.length).toBeGreaterThanOrEqual(1);
      expect(a.matches.length).toBeGreaterThanOrEqual(1);
    });

    it(`${a.id} gives a reason for every selector`, async () => {
      const selectors: Record<string, unknown> = await import(`../../lib/crm/${a.id}/selectors.ts`);
      const lists = Object.entries(selectors).filter(([, v]) => Array.isArray(v) && (v as unknown[]).some((x) => typeof x === 'object'));
      expect(lists.length).toBeGreaterThan(0);
      for (const [name, list] of lists) for (const s of list as Array<{ css: string }>) expect(s.css, `${a.id}.${name}`).toBeTruthy();
      // Reasons are comments (they cost the content script nothing): every
      // selector entry, and every spread of a helper's entries, carries one on
      // its line or the line above.
      const lines = readFileSync(path.join(ROOT, 'lib/crm', a.id, 'selectors.ts'), 'utf8').split('\n');
      const entries = lines.map((l, i) => [l, i] as const).filter(([l]) => /\{\s*css:|^\s*\.\.\.\w+\(|=\s*\w+\(['"]/.test(l));
      expect(entries.length).toBeGreaterThan(0);
      for (const [line, i] of entries) {
        const reason = /\/\/\s*(.+)$/.exec(line)?.[1] ?? /^\s*\/\/\s*(.+)$/.exec(lines[i - 1] ?? '')?.[1] ?? '';
        expect(reason.trim().length, `${a.id}/selectors.ts:${i + 1} ${line.trim()}`).toBeGreaterThan(5);
      }
    });
  }
});
