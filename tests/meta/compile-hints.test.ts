import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, EAGER_FILES, compileHints, withCompileHint } from '../../lib/build/compile-hints';

/**
 * The content script runs on every CRM page and almost all of it runs at
 * load: the build marks it for V8's eager compilation, so each function is
 * compiled once instead of pre-parsed and parsed again (lib/build/compile-hints.ts).
 */
const OUT = path.resolve(__dirname, '../../.output/chrome-mv3');

describe('the content script is compiled once, eagerly, on CRM pages', () => {
  // Read from `wxt build`'s output, as tests/meta/bundles.test.ts does (`npm test` builds first).
  it('starts the built content script with V8’s compile hint, on its first line', () => {
    expect(existsSync(path.join(OUT, 'manifest.json'))).toBe(true);
    for (const file of EAGER_FILES) expect(readFileSync(path.join(OUT, file), 'utf8').split('\n', 1)[0]).toBe(COMPILE_HINT);
  });

  it('writes the hint into the named output files only, once', () => {
    const bundle = {
      'content-scripts/crm.js': { type: 'chunk', fileName: 'content-scripts/crm.js', code: '(function(){})();' },
      'background.js': { type: 'chunk', fileName: 'background.js', code: 'var background=1;' },
    };
    const plugin = compileHints();
    plugin.generateBundle({}, bundle);
    plugin.generateBundle({}, bundle);
    expect(bundle['content-scripts/crm.js'].code).toBe(`${COMPILE_HINT}\n(function(){})();`);
    expect(bundle['background.js'].code).toBe('var background=1;');
    expect(withCompileHint('x')).toBe(`${COMPILE_HINT}\nx`);
  });
});
