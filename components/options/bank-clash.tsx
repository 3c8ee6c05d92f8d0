import type { BankImportOutcome } from '@/lib/db/bank-import';
import { db } from '../data';

export type BankClash = Extract<BankImportOutcome, { ok: 'clash' }>;

/**
 * An imported bank whose id the manager already has: never replaced without
 * asking. Replace it, import it as a copy, or leave everything as it is.
 * The built-in bank can only be copied.
 */
export function BankClashQuestion({ clash, onDone }: { clash: BankClash; onDone: (outcome: BankImportOutcome | null) => void }) {
  const { bank, existing } = clash;
  return (
    <div className="notice warn small stack tight" role="alertdialog" aria-label="This bank is already here">
      <p>
        You already have {existing.builtIn ? 'the built-in bank' : <>a bank “{existing.name}”</>} ({existing.questions} questions) under the id{' '}
        <code>{existing.id}</code>. The file’s bank “{bank.name}” has {bank.questions.length} questions.
      </p>
      <div className="row">
        {existing.builtIn ? null : (
          <button type="button" className="btn small danger" onClick={async () => onDone(await db.saveImportedBank(bank, 'replace'))}>
            Replace “{existing.name}”
          </button>
        )}
        <button type="button" className="btn small primary" onClick={async () => onDone(await db.saveImportedBank(bank, 'copy'))}>
          Import as a copy
        </button>
        <button type="button" className="btn small ghost" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
