import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No words the manager reads are written in a component: they come from
 * lib/i18n (t('area.key')) so they exist in English and French. This reads
 * every .tsx of components/ and entrypoints/ (and the content script's DOM
 * code) with the TypeScript parser and lists text written in place.
 */
const ROOT = path.resolve(__dirname, '../..');

// Names that are the same in every language.
const PROPER_NOUNS = new Set(['Sideline', 'Salesforce', 'HubSpot', 'Pipedrive', 'Zoho', 'Dynamics', 'Close', 'CSV', 'Markdown', 'JSON', 'English', 'Français']);

// JSX attributes whose string values are never read by the manager.
const NON_TEXT = new Set([
  'className', 'id', 'htmlFor', 'type', 'role', 'name', 'value', 'href', 'src', 'rel', 'target', 'key', 'autoComplete', 'inputMode',
  'lang', 'dir', 'method', 'accept', 'form', 'pattern', 'style', 'step', 'min', 'max', 'variant', 'kind', 'tone', 'size', 'spellCheck',
  'wrap', 'download', 'viewBox', 'fill', 'stroke', 'd', 'xmlns', 'strokeWidth', 'strokeLinecap', 'strokeLinejoin', 'points', 'width',
  'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'transform', 'textAnchor', 'dominantBaseline', 'preserveAspectRatio',
  'enterKeyHint', 'autoCapitalize', 'placement', 'mode', 'status', 'focus', 'testId', 'region', 'tabIndex', 'defaultValue', 'scope',
  'headers', 'colSpan', 'rowSpan', 'sandbox', 'allow', 'loading', 'decoding', 'as', 'area', 'variantName', 'icon', 'shape', 'orientation',
]);
const TEXT_ARIA = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext']);

const isWords = (s: string) => {
  // Code the manager types, not prose: a URL pattern or a CSS selector example.
  if (!/\s/.test(s.trim()) && /[./:#*_=[\]]/.test(s)) return false;
  const words = s.match(/[A-Za-zÀ-ÿ]{2,}/g);
  return !!words && words.some((w) => !PROPER_NOUNS.has(w));
};

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

function textAttribute(name: string): boolean {
  if (name.startsWith('data-')) return false;
  if (name.startsWith('aria-')) return TEXT_ARIA.has(name);
  return !NON_TEXT.has(name);
}

/** Literal text an expression can evaluate to (not through calls: t('…') is a call). */
function literals(e: ts.Expression, out: string[]): void {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) out.push(e.text);
  else if (ts.isTemplateExpression(e)) {
    out.push(e.head.text, ...e.templateSpans.map((s) => s.literal.text));
    for (const s of e.templateSpans) literals(s.expression, out);
  } else if (ts.isConditionalExpression(e)) {
    literals(e.whenTrue, out);
    literals(e.whenFalse, out);
  } else if (ts.isBinaryExpression(e) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(e.operatorToken.kind)) {
    literals(e.left, out);
    literals(e.right, out);
  } else if (ts.isParenthesizedExpression(e)) literals(e.expression, out);
}

export function hardCodedText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node, s: string) => found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${JSON.stringify(s.trim().slice(0, 60))}`);
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n) && isWords(n.text)) at(n, n.text);
    else if (ts.isJsxExpression(n) && n.expression && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) {
      const out: string[] = [];
      literals(n.expression, out);
      for (const s of out) if (isWords(s)) at(n, s);
    } else if (ts.isJsxAttribute(n) && n.initializer && textAttribute(n.name.getText(sf))) {
      const out: string[] = [];
      if (ts.isStringLiteral(n.initializer)) out.push(n.initializer.text);
      else if (ts.isJsxExpression(n.initializer) && n.initializer.expression) literals(n.initializer.expression, out);
      for (const s of out) if (isWords(s)) at(n, s);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && ['textContent', 'title', 'placeholder', 'ariaLabel', 'innerText', 'alt'].includes(n.left.name.text)) {
      const out: string[] = [];
      literals(n.right, out);
      for (const s of out) if (isWords(s)) at(n, s);
    } else if (ts.isCallExpression(n) && n.expression.getText(sf).endsWith('setAttribute') && n.arguments.length === 2 && ts.isStringLiteral(n.arguments[0]!) && ['aria-label', 'title', 'placeholder', 'alt'].includes(n.arguments[0].text)) {
      const out: string[] = [];
      literals(n.arguments[1]!, out);
      for (const s of out) if (isWords(s)) at(n, s);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('every word on screen comes from the catalog', () => {
  it('finds text written in place (so the check itself works)', () => {
    const src = `const a = <p title="Hello there">Save now {x ? 'Saved' : t('k')}<b aria-label={\`Open \${n}\`} className="btn ghost">Sideline</b></p>; el.textContent = 'Waiting for the deal';`;
    expect(hardCodedText('x.tsx', src).map((s) => s.replace(/^x\.tsx:\d+: /, ''))).toEqual(['"Hello there"', '"Save now"', '"Saved"', '"Open"', '"Waiting for the deal"']);
  });

  it('has no text written in place in components/ and entrypoints/', () => {
    const sources = [...files(path.join(ROOT, 'components'), /\.tsx?$/), ...files(path.join(ROOT, 'entrypoints'), /\.(tsx?|html)$/).filter((f) => !f.endsWith('.html'))];
    const found = sources.flatMap((f) => hardCodedText(path.relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
