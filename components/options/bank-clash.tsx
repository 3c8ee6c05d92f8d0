import type { BankImportOutcome } from '@/lib/db/bank-import';
import { db } from '../data';
import { t } from '@/lib/i18n';

export type BankClash = Extract<BankImportOutcome, { ok: 'clash' }>;

/**
 * An imported bank whose id the manager already has: never replaced without
 * asking. Replace it, import it as a copy, or leave everything as it is.
 * The built-in bank can only be copied.
 */
export function BankClashQuestion({ clash, onDone }: { clash: BankClash; onDone: (outcome: BankImportOutcome | null) => void }) {
  const { bank, existing } = clash;
  return (
    <div className="notice warn small stack tight" role="alertdialog" aria-label={t('options.clash.label')}>
      <p>
        {existing.builtIn
          ? t('options.clash.builtIn', { count: existing.questions, id: existing.id })
          : t('options.clash.existing', { name: existing.name, count: existing.questions, id: existing.id })}{' '}
        {t('options.clash.file', { name: bank.name, count: bank.questions.length })}
      </p>
      <div className="row">
        {existing.builtIn ? null : (
          <button type="button" className="btn small danger" onClick={async () => onDone(await db.saveImportedBank(bank, 'replace'))}>
            {t('options.clash.replace', { name: existing.name })}
          </button>
        )}
        <button type="button" className="btn small primary" onClick={async () => onDone(await db.saveImportedBank(bank, 'copy'))}>
          {t('options.clash.copy')}
        </button>
        <button type="button" className="btn small ghost" onClick={() => onDone(null)}>
          {t('options.clash.cancel')}
        </button>
      </div>
    </div>
  );
}
