import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseSealed } from '../../scripts/coach/sealed-guard';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run train:coach never reads the sealed set', () => {
  it('refuses any path under a sealed/ folder, and accepts the training and dev sets', () => {
    expect(() => refuseSealed('tests/coaching/sealed/en.jsonl')).toThrow(/sealed test set/);
    expect(() => refuseSealed(path.join(ROOT, 'tests/coaching/sealed/../sealed/fr.jsonl'))).toThrow(/sealed/);
    expect(() => refuseSealed('tests/coaching/train/en.hand.jsonl')).not.toThrow();
    expect(() => refuseSealed('tests/coaching/dev/fr.jsonl')).not.toThrow();
  });

  it('the training script stops before training when given a sealed file', () => {
    let out = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/coach/train.ts', 'tests/coaching/sealed/en.train.jsonl', '--lang=en'], { cwd: ROOT, stdio: 'pipe' });
    } catch (err) {
      out = String((err as { stderr?: Buffer }).stderr ?? err);
    }
    expect(out).toMatch(/Refusing to read .*sealed/);
  }, 30_000);
});
