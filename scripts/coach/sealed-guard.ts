import path from 'node:path';

/**
 * The sealed test set (tests/coaching/sealed/) is written apart from the
 * training data and is never trained or tuned on: every file the trainer
 * reads goes through this check first.
 */
export function refuseSealed(file: string): void {
  const parts = path.resolve(file).split(path.sep);
  if (parts.some((p) => p.toLowerCase() === 'sealed')) {
    throw new Error(`Refusing to read ${file}: the sealed test set is never used for training or tuning.`);
  }
}
