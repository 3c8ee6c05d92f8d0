import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/**
 * The built extension (read from `wxt build`'s output; the test command builds
 * first, Chrome then Firefox): no bundle holds a Function constructor, web
 * workers included (Vite bundles them apart from the pages and only gives them
 * the plugins in `worker.plugins`: the restore worker once shipped zod's probe).
 */
const OUTPUTS = ['chrome-mv3', 'firefox-mv2'].map((d) => path.join(ROOT, '.output', d));

function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.js'));
}

/** `Function` used as a value (`=Function`, `Function(`, `new Function`), not inside a longer name, a property or a string. */
const FUNCTION_CONSTRUCTOR = /(?<![\w$.`'"])Function\b(?![`'"])/;

describe('zod in the built bundles, workers included', () => {
  it('finds the Chrome build (run `wxt build` first; `npm test` does)', () => {
    expect(existsSync(path.join(OUTPUTS[0]!, 'manifest.json'))).toBe(true);
  });

  it('wxt.config.ts gives the plugin to the pages and to the web workers', async () => {
    const { default: config } = await import('@/wxt.config');
    const vite = await (config.vite as (env: unknown) => { plugins?: unknown; worker?: { plugins?: () => unknown } })({
      mode: 'production',
      command: 'build',
    });
    const names = (plugins: unknown) => ([plugins].flat(Infinity) as Array<{ name?: string } | null>).map((p) => p?.name);
    expect(names(vite.plugins)).toContain('sideline:zod-jitless');
    expect(typeof vite.worker?.plugins, 'worker.plugins').toBe('function');
    expect(names(vite.worker!.plugins!())).toContain('sideline:zod-jitless');
  });

  for (const out of OUTPUTS) {
    const name = path.basename(out);
    it.skipIf(!existsSync(path.join(out, 'manifest.json')))(`${name}: no Function constructor in any script; zod starts jitless wherever it is bundled, the restore worker too`, () => {
      const files = scripts(out);
      const offenders = files.filter((f) => FUNCTION_CONSTRUCTOR.test(readFileSync(path.join(out, f), 'utf8')));
      expect(offenders).toEqual([]);
      // Where zod's global config is created, it is created jitless (minified `{jitless:!0}`).
      const zodInit = files.filter((f) => readFileSync(path.join(out, f), 'utf8').includes('__zod_globalConfig??'));
      expect(zodInit.length, 'zod not found: is the marker still right?').toBeGreaterThan(0);
      for (const f of zodInit) expect(readFileSync(path.join(out, f), 'utf8'), f).toMatch(/__zod_globalConfig=\{\s*jitless:\s*(?:!0|true)\s*\}/);
      // Control: the web workers (Vite emits them under assets/) are among the files read, and the restore worker holds zod.
      const workers = files.filter((f) => f.startsWith('assets/'));
      expect(workers.filter((f) => zodInit.includes(f)).length, `no worker with zod among ${workers.join(', ')}`).toBeGreaterThan(0);
    });
  }
});
