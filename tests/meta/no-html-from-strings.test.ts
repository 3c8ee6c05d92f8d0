import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx|mjs)$/.test(name) ? [file] : [];
  });
}

describe('HTML is never written from strings', () => {
  // The only innerHTML left in the Firefox package is React DOM's support for
  // dangerouslySetInnerHTML (README, Firefox lint): it stays dead while no code of ours passes that prop.
  it('no code of ours uses dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or new Function', () => {
    const offenders = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(path.join(ROOT, d))).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const hits = text.match(/dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\b/g);
      return hits ? [`${path.relative(ROOT, file)}: ${hits.join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
