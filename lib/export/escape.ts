/**
 * Escaping for each export format. Every value a CRM page showed (deal name,
 * stage, owner) or the manager typed goes through one of these before it is
 * put into a Markdown, plain-text or CSV export: a deal named
 * `[click me](javascript:…) ![t](https://evil.example/t.png) <img src=x onerror=…>`
 * must come out as those characters, never as a live link, image or HTML.
 */

/** C0/C1 control characters (tab and newline kept) and bidi overrides that could disguise text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text with control and direction-override characters removed; `\r\n` and `\r` become `\n`. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line of text: newlines become spaces, so a value cannot forge a line of its own. */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Markdown (CommonMark and GitHub-flavoured): every character that can start
 * a link, image, emphasis, code, table cell, strikethrough, HTML tag or
 * entity is backslash-escaped, and so is anything that would start a block
 * (heading, quote, list, thematic break) at the start of the value. Newlines
 * become spaces: each value is one line of the summary.
 */
export function escapeMarkdown(value: string): string {
  const text = oneLine(value).replace(/[\\`*_{}[\]()<>!|~&#]/g, '\\$&');
  // A block marker at the start of a line: "- ", "+ ", "= ", "> ", "1. ", "1) ".
  return text.replace(/^([-+=>]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** Plain text: no markup to escape, but no control characters or forged lines either. */
export function escapePlainText(value: string): string {
  return oneLine(value);
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection), also full-width. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell (RFC 4180): always quoted, quotes doubled. A text that a
 * spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`) gets a
 * leading apostrophe, so it is shown as text and never evaluated.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = cleanText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to a CSV file, CRLF line ends as RFC 4180 asks (spreadsheets accept both). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
