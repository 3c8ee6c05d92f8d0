import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** The URLs a fixture stands for, from its `<!-- url: … -->` comments. */
export function fixtureUrls(file: string): string[] {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  return [...html.matchAll(/<!--\s*url:\s*(\S+)\s*-->/g)].map((m) => m[1]!);
}

/**
 * Loads a fixture into a DOM at its URL, without running its scripts, and
 * turns declarative shadow roots into real open shadow roots (as Chromium's
 * parser does).
 */
export function loadFixture(file: string, url = fixtureUrls(file)[0]!): { doc: Document; url: URL } {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  doc.write(html);
  for (const t of [...doc.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = t.parentElement!;
    if (host.shadowRoot) continue;
    const root = host.attachShadow({ mode: 'open' });
    root.append(...[...t.content.childNodes].map((n) => n.cloneNode(true)));
    t.remove();
  }
  return { doc, url: new URL(url) };
}
