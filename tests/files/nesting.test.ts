import { describe, expect, it } from 'vitest';
import { readJsonText, MAX_NESTING } from '../../lib/files/read-file';

/**
 * A good file is parsed and its value walked for depth; a file that does not
 * parse is scanned as text. Both must draw the line at the same level, or a
 * file would be read or refused depending on an unrelated typo.
 */
const nested = (levels: number, tail = '') => `{"format":"sideline.backup","x":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}${tail}}`;
const TOO_DEEP = 'This file nests its data more than 32 levels deep, which no Sideline backup does, so it was not read.';
const read = (text: string) => readJsonText(text, 'backup', 1024 * 1024);

describe('a file nested deeper than any Sideline file', () => {
  it('is read at exactly the deepest level allowed', () => {
    const r = read(nested(MAX_NESTING));
    expect(r.ok).toBe(true);
  });

  it('is refused one level deeper, in words, whether or not the rest of the file parses', () => {
    expect(read(nested(MAX_NESTING + 1))).toEqual({ ok: false, error: TOO_DEEP });
    // The same depth with a stray character after it: the text scan says the same.
    expect(read(nested(MAX_NESTING + 1, ' x'))).toEqual({ ok: false, error: TOO_DEEP });
  });

  it('counts objects inside lists, not only lists', () => {
    const deepObjects = `{"format":"sideline.backup","tables":{"deals":[${'{"a":'.repeat(MAX_NESTING)}1${'}'.repeat(MAX_NESTING)}]}}`;
    expect(read(deepObjects)).toEqual({ ok: false, error: TOO_DEEP });
  });

  it('still tells a file cut short from one that is not JSON', () => {
    expect(read('{"format":"sideline.backup","tables":{"deals":[')).toEqual({
      ok: false,
      error: 'This file is cut short: it ends before its data does. It may not have finished downloading or copying; save the Sideline backup again.',
    });
    expect(read('{"format": sideline}')).toEqual({
      ok: false,
      error: 'This file is not a Sideline backup: it is not JSON, the format Sideline saves, so it cannot be read.',
    });
  });
});
