import { localeTag, t, type MessageKey } from '../i18n';

/**
 * Reads a file the manager chose (a backup or a question bank) into JSON, or
 * says in plain words why it cannot: too large, empty, not UTF-8 (decoded
 * strictly, so a spreadsheet or a Windows-1252 file is refused rather than
 * imported with replacement characters), a web page, cut short, not JSON, or
 * nested deeper than any Sideline file. Nothing here touches the database.
 */
export type FileKind = 'backup' | 'bank';
export type ReadResult = { ok: true; data: unknown } | { ok: false; error: string };

export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
export const MAX_NESTING = 32;

/** One sentence per kind of file (French articles and agreement differ: « une sauvegarde », « un fichier »). */
const MESSAGES = {
  backup: {
    notUtf8: 'common.file.backup.notUtf8',
    webPage: 'common.file.backup.webPage',
    tooDeep: 'common.file.backup.tooDeep',
    cutShort: 'common.file.backup.cutShort',
    notJson: 'common.file.backup.notJson',
    tooLarge: 'common.file.backup.tooLarge',
  },
  bank: {
    notUtf8: 'common.file.bank.notUtf8',
    webPage: 'common.file.bank.webPage',
    tooDeep: 'common.file.bank.tooDeep',
    cutShort: 'common.file.bank.cutShort',
    notJson: 'common.file.bank.notJson',
    tooLarge: 'common.file.bank.tooLarge',
  },
} as const satisfies Record<FileKind, Record<string, MessageKey>>;

/** "2.1 MB" in English, "2,1 Mo" in French (units are 1,024-based, as file managers show them). */
export function formatBytes(n: number): string {
  const num = (v: number, digits: number) => v.toLocaleString(localeTag(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  if (n < 1024) return t('common.bytes.b', { n: num(n, 0) });
  if (n < 1024 * 1024) return t('common.bytes.kb', { n: num(n / 1024, n < 10 * 1024 ? 1 : 0) });
  return t('common.bytes.mb', { n: num(n / 1024 / 1024, n < 10 * 1024 * 1024 ? 1 : 0) });
}

/**
 * Lets the page paint and answer input between slices of long work. In a
 * worker (a restore's reading and checking) there is no page to let paint,
 * only messages to let through: a message-channel turn does that without the
 * 4 ms a nested setTimeout waits each time (dozens of slices per backup).
 */
const inWorker = () => typeof WorkerGlobalScope !== 'undefined' && typeof MessageChannel !== 'undefined';
export const yieldToPage = (): Promise<void> =>
  inWorker()
    ? new Promise<void>((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          ch.port1.close();
          r();
        };
        ch.port2.postMessage(null);
      })
    : new Promise<void>((r) => setTimeout(r, 0));

export async function readJsonFile(
  input: Blob | ArrayBuffer | Uint8Array | string,
  kind: FileKind,
  maxBytes: number,
): Promise<ReadResult> {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const size = input instanceof Blob ? input.size : input.byteLength;
    if (size > maxBytes) return { ok: false, error: tooLarge(kind, size, maxBytes) };
    const bytes = input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input instanceof Uint8Array ? input : new Uint8Array(input);
    const decoded = decodeUtf8(bytes, kind);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  const steps = parseSteps(text, kind, maxBytes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/** The same reading for text already in memory (small files: bank imports), with no pauses. */
export function readJsonText(text: string, kind: FileKind, maxBytes: number): ReadResult {
  const steps = parseSteps(text, kind, maxBytes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Strict UTF-8: bytes that are not UTF-8 are an error, never U+FFFD. A UTF-8 byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array, kind: FileKind): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error: t(MESSAGES[kind].notUtf8),
    };
  }
}

function* parseSteps(text: string, kind: FileKind, maxBytes: number): Generator<void, ReadResult, void> {
  if (text.length > maxBytes || (text.length * 3 > maxBytes && new TextEncoder().encode(text).length > maxBytes)) {
    return { ok: false, error: tooLarge(kind, new TextEncoder().encode(text).length, maxBytes) };
  }
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: t('common.file.empty') };
  if (/^<(!doctype|html|head|body|\?xml|!--)/i.test(trimmed) || (trimmed.startsWith('<') && /<\/?[a-z][^>]*>/i.test(trimmed.slice(0, 2000)))) {
    return {
      ok: false,
      error: t(MESSAGES[kind].webPage),
    };
  }
  // Parsed first: a good file (the usual case) is never scanned character by
  // character (a fifth of a second for a 20 MB backup); its parsed value is
  // walked for depth instead, stopping at the first branch too deep. Only a
  // file that does not parse is scanned, to say why in words.
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (e) {
    const depth = yield* nestingDepth(trimmed);
    if (depth > MAX_NESTING) {
      return { ok: false, error: t(MESSAGES[kind].tooDeep, { max: String(MAX_NESTING) }) };
    }
    // V8: "Unexpected end of JSON input"; Firefox: "unexpected end of data"; others name the end too.
    const msg = e instanceof Error ? e.message : '';
    if (/end of (json )?(input|data)|unterminated string/i.test(msg) || depth < 0) {
      return { ok: false, error: t(MESSAGES[kind].cutShort) };
    }
    return { ok: false, error: t(MESSAGES[kind].notJson) };
  }
  yield;
  if (deeperThan(data, MAX_NESTING)) {
    return { ok: false, error: t(MESSAGES[kind].tooDeep, { max: String(MAX_NESTING) }) };
  }
  return { ok: true, data };
}

/**
 * Whether a parsed value nests objects and arrays more than `max` levels
 * (the outermost object or array is level 1, as nestingDepth counts).
 * Iterative, so a value nested thousands deep cannot overflow the stack.
 */
export function deeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, level] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (level > max) return true;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push([x, level + 1]);
    } else {
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (typeof x === 'object' && x !== null) stack.push([x, level + 1]);
      }
    }
  }
  return false;
}

function tooLarge(kind: FileKind, size: number, max: number): string {
  return t(MESSAGES[kind].tooLarge, { size: formatBytes(size), max: formatBytes(max) });
}

/**
 * The deepest nesting of brackets outside strings, scanned in slices (the
 * caller pauses between them) so a large file never holds the page for long.
 * -1 when brackets or a string stay open at the end (the file is cut short).
 */
function* nestingDepth(text: string): Generator<void, number, void> {
  const SLICE = 2_000_000;
  let depth = 0;
  let max = 0;
  let inString = false;
  let escaped = false;
  for (let start = 0; start < text.length; start += SLICE) {
    const end = Math.min(text.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true; // backslash
        else if (c === 34) inString = false; // quote
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        if (++depth > max) max = depth;
        // Far past any real file: stop counting.
        if (max > MAX_NESTING) return max;
      } else if (c === 125 || c === 93) depth--;
    }
    if (end < text.length) yield;
  }
  return depth > 0 || inString ? -1 : max;
}
