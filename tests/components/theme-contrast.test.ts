import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.join(__dirname, '../../components/theme.css'), 'utf8');

/** The custom properties of the first `:root { … }` after `from` in theme.css. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = palette(0);
// Dark values override light ones; what dark leaves unset stays light.
const dark = { ...light, ...palette(css.indexOf('@media (prefers-color-scheme: dark)')) };

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG 2 contrast ratio. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every surface a control or its focus ring sits on: pages, soft cards, wells, coach notices, chosen segments. */
const SURFACES = ['--bg', '--bg-soft', '--bg-sunk', '--warn-bg', '--accent-soft'];

describe('controls and focus rings stand out (WCAG 1.4.11: at least 3:1)', () => {
  for (const [theme, p] of [['light', light], ['dark', dark]] as const) {
    for (const fg of ['--control-line', '--focus']) {
      it(`${fg} against every surface in the ${theme} theme`, () => {
        for (const bg of SURFACES) {
          expect(contrast(p[fg]!, p[bg]!), `${fg} ${p[fg]} on ${bg} ${p[bg]}`).toBeGreaterThanOrEqual(3);
        }
      });
    }
  }

  it('buttons, inputs and segmented choices draw their border with --control-line', () => {
    for (const rule of [/\.btn \{[^}]*\}/, /\.input, textarea\.input, select\.input \{[^}]*\}/, /\.seg \{[^}]*\}/]) {
      expect(rule.exec(css)?.[0]).toContain('border: 1px solid var(--control-line)');
    }
  });

  it('a file button (a label for a hidden file input) shows the input’s focus', () => {
    expect(css).toMatch(/label:has\(\+ input\[type='file'\]:focus-visible\) \{ outline: 2px solid var\(--focus\)/);
  });
});
