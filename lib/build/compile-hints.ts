/**
 * A Vite plugin that marks the content script for eager compilation with
 * V8's explicit compile hint, `//# allFunctionsCalledOnLoad` on its first
 * line (https://v8.dev/blog/explicit-compile-hints; Chrome 136+, ignored
 * elsewhere as a plain comment).
 *
 * Why: the content script runs on every CRM page, and nearly all of it runs
 * at once (find the CRM, read the deal, mount the launcher). Without the
 * hint V8 pre-parses every function when the script loads, then parses each
 * one again when it first runs; with it, each is compiled once. Measured on
 * the bench's heavy deal page (tests/bench/run.ts, "Added main-thread script
 * work"), the content script's script time drops by about a third.
 *
 * The minifier drops comments, so the hint is written into the output file
 * once it is bundled, and only into the files named here.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Output files (relative to the extension's root) that get the hint. */
export const EAGER_FILES: readonly string[] = ['content-scripts/crm.js'];

/** The code with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

interface OutputChunk {
  type: string;
  fileName: string;
  code?: string;
}

export function compileHints(files: readonly string[] = EAGER_FILES) {
  return {
    name: 'sideline:compile-hints',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Record<string, OutputChunk>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && typeof chunk.code === 'string' && files.includes(chunk.fileName)) chunk.code = withCompileHint(chunk.code);
      }
    },
  };
}
