// `npm run check:sources`: proves the sources zip rebuilds the Firefox package
// byte for byte, as an add-on reviewer would: `npm run zip`, unzip the sources
// into an empty temporary directory, run the README's one command there
// (`npm ci && npm run build:firefox`), then compare every file of the Firefox
// package with the rebuilt .output/firefox-mv2. Takes a few minutes (a full
// npm ci, and Node 24 fetched into the copy when the system Node is older);
// needs the network to the npm registry and `unzip`. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version, name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

/** Every file under dir, as relative path → bytes. */
function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const f = path.join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else out.set(path.relative(dir, f).split(path.sep).join('/'), readFileSync(f));
    }
  };
  walk(dir);
  return out;
}

if (!process.argv.includes('--no-zip')) run('npm', ['run', 'zip'], root);
const sourcesZip = path.join(root, '.output', `${name}-${version}-sources.zip`);
const firefoxZip = path.join(root, '.output', `${name}-${version}-firefox.zip`);

const work = mkdtempSync(path.join(tmpdir(), 'sideline-sources-'));
try {
  const src = path.join(work, 'src');
  const pkg = path.join(work, 'package');
  run('unzip', ['-q', sourcesZip, '-d', src]);
  run('unzip', ['-q', firefoxZip, '-d', pkg]);
  console.log(`\ncheck:sources: rebuilding in ${src} with: npm ci && npm run build:firefox\n`);
  // The reviewer's environment: no browsers are needed to build.
  execFileSync('sh', ['-c', 'npm ci && npm run build:firefox'], {
    cwd: src,
    stdio: 'inherit',
    env: { ...process.env, SIDELINE_NO_BROWSER_INSTALL: '1' },
  });
  const want = tree(pkg);
  const got = tree(path.join(src, '.output/firefox-mv2'));
  const problems = [];
  for (const [file, bytes] of want) {
    if (!got.has(file)) problems.push(`missing from the rebuild: ${file}`);
    else if (!got.get(file).equals(bytes)) problems.push(`differs: ${file}`);
  }
  for (const file of got.keys()) if (!want.has(file)) problems.push(`only in the rebuild: ${file}`);
  if (problems.length) {
    console.error(`\ncheck:sources: the rebuilt Firefox package is NOT identical:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`\ncheck:sources: ${want.size} files of ${path.basename(firefoxZip)} rebuilt byte for byte from ${path.basename(sourcesZip)}.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
