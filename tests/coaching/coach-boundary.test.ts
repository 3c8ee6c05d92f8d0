import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every source file an entry reaches through static and dynamic imports (relative and "@/" paths). */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [path.join(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(?:ts|tsx|mts)$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
      if (!base) continue;
      const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => existsSync(c) && !c.endsWith(path.sep) && /\.[a-z]+$/.test(c));
      if (hit) todo.push(hit);
    }
  }
  return new Set([...seen].map((f) => path.relative(ROOT, f)));
}

const COACH = ['lib/coaching/lint.ts', 'lib/coaching/model/weights-en.json', 'lib/coaching/model/weights-fr.json'];

describe('the coach is loaded only by extension contexts', () => {
  // The background does reach it: an ended session keeps the coach's count of
  // the manager's notes ("Your coaching", lib/review/measures.ts), and the
  // embedded panel ends its sessions through the background.
  it('the content script never reaches the coach or its weights', () => {
    for (const entry of ['entrypoints/crm.content/index.ts']) {
      const files = reach(entry);
      expect(files.size, entry).toBeGreaterThan(3);
      for (const c of COACH) expect(files.has(c), `${entry} reaches ${c}`).toBe(false);
    }
  });

  it('the panel and the options page do (so the check above can fail)', () => {
    for (const entry of ['entrypoints/panel/main.tsx', 'entrypoints/options/main.tsx']) {
      const files = reach(entry);
      for (const c of COACH) expect(files.has(c), `${entry} reaches ${c}`).toBe(true);
    }
  });
});
