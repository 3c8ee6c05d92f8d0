import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, MESSAGES } from '@/lib/i18n/catalog';
import { LOCALES, type Text } from '@/lib/i18n/types';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !p.includes(`${path.sep}i18n${path.sep}messages${path.sep}`) ? [p] : [];
  });
}

// Every source that could show a string, read once: the catalog's own files excepted.
const SOURCES = [...SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))), path.join(ROOT, 'wxt.config.ts')].map((p) => ({
  file: path.relative(ROOT, p),
  text: readFileSync(p, 'utf8'),
}));

const forms = (text: Text): string[] => (typeof text === 'string' ? [text] : [text.one, text.other]);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('English and French strings', () => {
  const keys = Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>;

  it('has every string in both languages, none empty', () => {
    const missing: string[] = [];
    for (const key of keys) {
      for (const locale of LOCALES) {
        const text = (MESSAGES[key] as Record<string, Text | undefined>)[locale];
        if (text === undefined || forms(text).some((f) => f.trim() === '')) missing.push(`${key} (${locale})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives both languages the same placeholders and the same kind (plain or plural)', () => {
    const mismatched: string[] = [];
    // A plural's "one" form may leave the number out ("la dernière semaine"); its "other" form may not.
    const used = (text: Text) => [...new Set(forms(text).flatMap(placeholders))].sort();
    for (const key of keys) {
      const { en, fr } = MESSAGES[key] as { en: Text; fr: Text };
      if (typeof en !== typeof fr) mismatched.push(`${key}: plain in one language, plural in the other`);
      if (JSON.stringify(used(en)) !== JSON.stringify(used(fr))) mismatched.push(`${key}: ${JSON.stringify(used(en))} vs ${JSON.stringify(used(fr))}`);
      for (const text of [en, fr]) if (typeof text !== 'string' && !text.other.includes('{count}')) mismatched.push(`${key}: a plural whose "other" form has no {count}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('names keys area.name, in the file of their area, each defined once', () => {
    const seen = new Map<string, string>();
    const wrong: string[] = [];
    for (const [area, catalog] of Object.entries(AREAS)) {
      for (const key of Object.keys(catalog)) {
        if (!/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/.test(key)) wrong.push(`${key}: not area.name (letters and digits)`);
        if (!key.startsWith(`${area}.`)) wrong.push(`${key}: defined in messages/${area}.ts`);
        if (seen.has(key)) wrong.push(`${key}: defined in ${seen.get(key)} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses every key somewhere in the code (an unused string is a sign of a screen that moved on)', () => {
    const all = SOURCES.map((s) => s.text).join('\n');
    const unused = keys.filter((key) => !all.includes(`'${key}'`) && !all.includes(`"${key}"`) && !all.includes(`__MSG_${key.replace(/\./g, '_')}__`));
    expect(unused).toEqual([]);
  });

  it('finds every key the code asks for (keys are literal, never built from pieces)', () => {
    const problems: string[] = [];
    for (const { file, text } of SOURCES) {
      if (file.startsWith(`lib${path.sep}i18n`)) continue;
      // Only files that take t from lib/i18n (a local helper may be called t too).
      if (!/import \{[^}]*\bt(Content)?\b[^}]*\} from '[^']*i18n(\/content)?'/.test(text)) continue;
      for (const m of text.matchAll(/\bt(?:Content)?\(\s*(['"`])([^'"`]*)\1/g)) {
        if (m[1] === '`') problems.push(`${file}: t(\`${m[2]}\`) builds a key; use a typed record of keys`);
        else if (!(m[2]! in MESSAGES)) problems.push(`${file}: '${m[2]}' is not in the catalog`);
      }
      for (const m of text.matchAll(/__MSG_(\w+)__/g)) {
        const key = Object.keys(MESSAGES).find((k) => k.replace(/\./g, '_') === m[1]);
        if (!key) problems.push(`${file}: __MSG_${m[1]}__ is not in the catalog`);
      }
    }
    expect(problems).toEqual([]);
  });
});
