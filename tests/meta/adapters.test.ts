import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, CRM_IDS, CRM_MATCHES } from '../../lib/crm/registry';
import { CRM_CATALOG, CRM_LABELS } from '../../lib/crm/catalog';
import { DEFAULT_STAGE_MAP } from '../../lib/crm/stage-map';
import { CRM_IDS as SCHEMA_CRM_IDS } from '../../lib/schema/deal-context';
import { DETECTORS } from '../crm/detectors';

const ROOT = path.resolve(__dirname, '../..');
const folders = readdirSync(path.join(ROOT, 'lib/crm'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'custom')
  .map((d) => d.name);

describe('one definition per CRM, everything else derived from the list', () => {
  it('every CRM folder is in the registry, and every registry entry is its folder', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...folders].sort());
  });

  it('ids, Options labels, stage defaults and matches all come from the list', () => {
    expect(SCHEMA_CRM_IDS).toEqual(CRM_IDS);
    expect(CRM_IDS).toEqual([...ADAPTERS.map((a) => a.id), 'custom']);
    expect(CRM_CATALOG.map((c) => c.id)).toEqual(CRM_IDS);
    for (const id of CRM_IDS) {
      expect(CRM_LABELS[id], id).toMatch(/\S/);
      expect(DEFAULT_STAGE_MAP[id], id).toBeDefined();
    }
    expect(CRM_MATCHES).toEqual([...new Set(ADAPTERS.flatMap((a) => a.matches))]);
  });

  for (const a of ADAPTERS) {
    it(`${a.id} has its definition, test URLs, about, default stages and a fixture`, () => {
      const dir = path.join(ROOT, 'lib/crm', a.id);
      for (const f of ['index.ts', 'test-urls.ts', 'about.ts']) expect(existsSync(path.join(dir, f)), `${a.id}/${f}`).toBe(true);
      const urls = DETECTORS.find((d) => d.adapter.id === a.id)!.testUrls!;
      expect(urls.deals.length).toBeGreaterThanOrEqual(3);
      expect(urls.notDeals.length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(DEFAULT_STAGE_MAP[a.id]).length).toBeGreaterThan(3);
      const fixtures = readdirSync(path.join(ROOT, 'tests/fixtures', a.id)).filter((f) => f.endsWith('.html'));
      expect(fixtures.length).toBeGreaterThanOrEqual(1);
      expect(a.matches.length).toBeGreaterThanOrEqual(1);
      expect(a.fields && Object.keys(a.fields).sort()).toEqual(['amount', 'closeDate', 'name', 'owner', 'stage']);
    });

    it(`${a.id} gives a reason and a source for every selector`, () => {
      for (const [field, list] of Object.entries(a.fields!)) {
        expect(list.length, `${a.id}.${field}`).toBeGreaterThan(0);
        for (const s of list) expect(s.css, `${a.id}.${field}`).toBeTruthy();
      }
      // Reasons are comments (they cost the content script nothing): every
      // selector entry, and every spread of a helper's entries, carries one on
      // its line or the line above.
      const lines = readFileSync(path.join(ROOT, 'lib/crm', a.id, 'index.ts'), 'utf8').split('\n');
      const entries = lines.map((l, i) => [l, i] as const).filter(([l]) => /\{\s*css:|^\s*\.\.\.\w+\(|^\s*'[^']*',\s*\/\//.test(l));
      expect(entries.length).toBeGreaterThan(0);
      for (const [line, i] of entries) {
        const reason = /\/\/\s*(.+)$/.exec(line)?.[1] ?? /^\s*\/\/\s*(.+)$/.exec(lines[i - 1] ?? '')?.[1] ?? '';
        expect(reason.trim().length, `${a.id}/index.ts:${i + 1} ${line.trim()}`).toBeGreaterThan(5);
        // A selector's own line also names what it rests on: a public source in parentheses, or (GUESS).
        if (/\{\s*css:/.test(line)) expect(reason, `${a.id}/index.ts:${i + 1} names no source`).toMatch(/\(.+\)/);
      }
    });
  }

  it('test URLs, Options labels and stage maps stay out of the definitions the content script bundles', () => {
    for (const id of folders) {
      const src = readFileSync(path.join(ROOT, 'lib/crm', id, 'index.ts'), 'utf8');
      expect(src, id).not.toMatch(/from '\.\/(test-urls|about)'|catalog|stage-map/);
    }
  });
});
