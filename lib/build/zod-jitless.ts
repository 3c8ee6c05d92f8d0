/**
 * A Vite plugin that makes every bundle holding zod run without code
 * generation, and leaves no Function constructor in it.
 *
 * zod 4 compiles object parsers with the Function constructor unless
 * `z.config({ jitless: true })` is set before the schemas are created; even
 * then its `allowsEval` probe and `Doc.compile` keep the literal `Function`,
 * which `web-ext lint` (and store reviewers) flag as eval. Extension pages
 * forbid eval by their CSP anyway, so the generated code could never run here.
 *
 * Rather than rely on every entrypoint importing a config module first, zod's
 * own global config starts as `{ jitless: true }` (the same object
 * `z.config` writes), the probe answers "no eval" without trying, and
 * `Doc.compile` throws instead of building a function (only the JIT calls it).
 * Each rewrite must find its exact text: a zod upgrade that changes it fails
 * the build instead of silently keeping the probe (tests/meta/zod-jitless.test.ts).
 */

type Rewrite = { file: string; from: string; to: string };

export const ZOD_REWRITES: readonly Rewrite[] = [
  {
    file: 'zod/v4/core/core.js',
    from: '(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});',
    to: '(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = { jitless: true });',
  },
  {
    file: 'zod/v4/core/util.js',
    from: `    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }`,
    to: '    return false;',
  },
  {
    file: 'zod/v4/core/doc.js',
    from: `        const F = Function;
        const content = this?.content ?? [\`\`];
        const factory = new F(...Object.keys(this.closed), \`return function (\${this.args.join(", ")}) {\\n\${content.join("\\n")}\\n};\`);
        return factory(...Object.values(this.closed));`,
    to: '        throw new Error("zod code generation is switched off in Sideline (jitless)");',
  },
];

/** Applies the rewrite for `id` (a module path), or returns null when the module is not one of them. */
export function rewriteZodModule(code: string, id: string): string | null {
  const path = id.split('?')[0]!.replaceAll('\\', '/');
  const rewrite = ZOD_REWRITES.find((r) => path.endsWith(`/node_modules/${r.file}`));
  if (!rewrite) return null;
  const normalized = code.replaceAll('\r\n', '\n');
  if (!normalized.includes(rewrite.from)) {
    throw new Error(`zod-jitless: ${rewrite.file} no longer holds the text this plugin rewrites; update lib/build/zod-jitless.ts for the new zod`);
  }
  return normalized.replace(rewrite.from, rewrite.to);
}

export function zodJitless() {
  return {
    name: 'sideline:zod-jitless',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const out = rewriteZodModule(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
