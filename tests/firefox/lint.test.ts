import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { FIREFOX_EXTENSION } from './firefox.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

type Message = { code: string; message: string; file?: string; line?: number; column?: number };
type Report = { summary: { errors: number; warnings: number; notices: number }; errors: Message[]; warnings: Message[]; notices: Message[] };

/** `web-ext lint` on the built Firefox add-on, as AMO's validator sees it. */
async function lint(): Promise<Report> {
  const bin = path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
  const args = [bin, 'lint', '--source-dir', FIREFOX_EXTENSION, '--output', 'json', '--no-config-discovery'];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }), // exits 1 on errors; the JSON still says which
  );
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as Report;
}

/**
 * The one kind of warning we cannot remove: React DOM's own
 * `dangerouslySetInnerHTML` support (it assigns `node.innerHTML = props.__html`).
 * Sideline never passes that prop (tests/meta/no-html-from-strings.test.ts),
 * so the branch never runs; it is listed in the README. Recognised by the code
 * at the reported place, not by file name.
 */
function isReactDomInnerHtml(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !/innerHTML/.test(m.message) || !m.file || !m.line || !m.column) return false;
  const line = readFileSync(path.join(FIREFOX_EXTENSION, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const around = line.slice(Math.max(0, m.column - 200), m.column + 40);
  return /\.__html/.test(around) && /\.innerHTML=/.test(around);
}

describe('web-ext lint on the Firefox package', () => {
  it('finds no errors and no warnings except React DOM’s own innerHTML branch', async () => {
    const report = await lint();
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    const ours = report.warnings.filter((w) => !isReactDomInnerHtml(w));
    expect(ours).toEqual([]);
    // React DOM sets innerHTML in two places (first render and update); more means something new.
    expect(report.warnings.length).toBeLessThanOrEqual(2);
  }, 120_000);

  it('ships no Function constructor: zod runs jitless in every bundle that holds it', () => {
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION, 'manifest.json'), 'utf8')) as object;
    expect(manifest).toMatchObject({ browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } } });
    const files = ['background.js', ...readdirJs('chunks'), ...readdirJs('content-scripts')];
    const withZod = files.filter((f) => read(f).includes('__zod_globalConfig'));
    expect(withZod.length).toBeGreaterThan(0);
    for (const f of withZod) expect(read(f), f).toMatch(/__zod_globalConfig\s*=\s*\{\s*jitless:\s*(!0|true)\s*\}/);
    for (const f of files) expect(read(f), f).not.toMatch(/\bFunction\s*\(|new\s+Function\b|=\s*Function\b/);
  });
});

function read(file: string): string {
  return readFileSync(path.join(FIREFOX_EXTENSION, file), 'utf8');
}
function readdirJs(dir: string): string[] {
  return readdirSync(path.join(FIREFOX_EXTENSION, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${dir}/${f}`);
}
