import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What each built bundle may hold, read from `wxt build`'s output (the test
 * command builds before it runs the tests). Replaces "zod-free" comments:
 * the content script runs on every CRM page and ships none of zod, React or
 * Dexie; the popup opens on every toolbar click and the embedded panel inside
 * the CRM page: both read through the background and ship neither zod nor Dexie.
 */
const OUT = path.resolve(__dirname, '../../.output/chrome-mv3');

/** Strings each library's build keeps whatever the minifier does (property names and error names). */
const LIBRARIES = {
  zod: ['_zod', 'ZodError'],
  React: ['react.transitional.element', 'react.element'],
  Dexie: ['DatabaseClosedError', 'MissingAPIError'],
} as const;
type Library = keyof typeof LIBRARIES;

const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');

/** Every file a script loads before it runs: its static imports, transitively (dynamic `import()` excluded). */
function staticGraph(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const dir = path.posix.dirname(file);
    for (const m of read(file).matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(path.posix.join(dir, m[1]!));
  };
  entries.forEach(visit);
  return [...seen];
}

/** The module scripts an HTML page starts with, and its classic scripts (the popup's first read). */
function pageGraph(html: string): string[] {
  const src = [...read(html).matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
  expect(src.length, `${html} has no module script`).toBeGreaterThan(0);
  const classic = [...read(html).matchAll(/<script(?![^>]*type="module")[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!);
  return staticGraph([...src, ...classic]);
}

function holds(files: string[], lib: Library): string[] {
  return files.filter((f) => {
    const text = read(f);
    return LIBRARIES[lib].some((marker) => text.includes(marker));
  });
}

const BUNDLES: Array<{ name: string; files: () => string[]; never: Library[]; must?: Library[] }> = [
  { name: 'content script', files: () => staticGraph(['content-scripts/crm.js']), never: ['zod', 'React', 'Dexie'] },
  { name: 'embedded panel (panel.html)', files: () => pageGraph('panel.html'), never: ['zod', 'Dexie'], must: ['React'] },
  { name: 'popup', files: () => pageGraph('popup.html'), never: ['zod', 'Dexie'], must: ['React'] },
  // Controls: the markers are found where the libraries are, so the rules above can fail.
  { name: 'background', files: () => staticGraph(['background.js']), never: ['React'], must: ['zod', 'Dexie'] },
  { name: 'options', files: () => pageGraph('options.html'), never: [], must: ['React', 'zod', 'Dexie'] },
];

describe('what each built bundle may hold', () => {
  it('finds the build (run `wxt build` first; `npm test` does)', () => {
    expect(existsSync(path.join(OUT, 'manifest.json'))).toBe(true);
  });

  for (const b of BUNDLES) {
    it(`${b.name}: none of ${b.never.join(', ') || '—'}${b.must ? `; holds ${b.must.join(', ')}` : ''}`, () => {
      const files = b.files();
      for (const lib of b.never) expect(holds(files, lib), `${lib} in the ${b.name}`).toEqual([]);
      for (const lib of b.must ?? []) expect(holds(files, lib).length, `${lib} not found in the ${b.name}: are the markers still right?`).toBeGreaterThan(0);
    });
  }
});
