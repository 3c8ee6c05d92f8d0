import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ZOD_REWRITES, rewriteZodModule } from '@/lib/build/zod-jitless';

const ROOT = path.resolve(import.meta.dirname, '../..');
const installed = (file: string) => path.join(ROOT, 'node_modules', file);

describe('zod in our bundles runs without code generation', () => {
  it('rewrites the installed zod: jitless from the start, no Function constructor left in the rewritten modules', () => {
    for (const r of ZOD_REWRITES) {
      const out = rewriteZodModule(readFileSync(installed(r.file), 'utf8'), installed(r.file));
      expect(out, r.file).not.toBeNull();
      // Code, not comments: `= Function`, `Function(` or `new Function`.
      const code = out!.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, r.file).not.toMatch(/=\s*Function\b|\bFunction\s*\(|new\s+Function\b/);
    }
    const core = rewriteZodModule(readFileSync(installed('zod/v4/core/core.js'), 'utf8'), installed('zod/v4/core/core.js'))!;
    expect(core).toContain('__zod_globalConfig = { jitless: true }');
  });

  it('fails the build when a zod upgrade changed the text it rewrites, rather than keeping the probe', () => {
    expect(() => rewriteZodModule('export const allowsEval = () => new Function("")', '/x/node_modules/zod/v4/core/util.js')).toThrow(/no longer holds/);
  });

  it('leaves every other module alone', () => {
    expect(rewriteZodModule('const F = Function;', '/x/node_modules/zod/v4/core/schemas.js')).toBeNull();
    expect(rewriteZodModule('const F = Function;', '/x/lib/schema/records.ts')).toBeNull();
  });
});
