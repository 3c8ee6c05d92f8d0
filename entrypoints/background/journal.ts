import { browser } from 'wxt/browser';
import { createDrainer } from '@/lib/journal/drain';
import { applyJournalEntry } from '@/lib/journal/apply';
import { isJournalKey } from '@/lib/journal/entry';
import { quietScheduler } from '@/lib/journal/schedule';
import type { Router } from './router';

/**
 * Typed text on its way to the database (lib/journal). The panel writes each
 * keystroke's value to the journal in storage.local, which needs no service
 * worker; this drains the journal into IndexedDB when the worker starts (a
 * drain cut short by a stop is redone), shortly after the journal changes
 * (storage.onChanged also wakes a stopped worker), and whenever a page asks
 * (`journal:drain`, answered once the drain ran). Listeners are registered
 * synchronously, from defineBackground.
 */
export function setupJournal(router: Router): void {
  const drain = createDrainer(browser.storage.local, applyJournalEntry);
  const run = () =>
    drain().then(
      (r) => {
        for (const f of r.failed) console.warn(`Sideline: typed text for ${f.field} not saved yet (kept in the journal)`, f.error);
        return r;
      },
      (e: unknown) => console.warn('Sideline: journal drain failed', e),
    );
  const soon = quietScheduler(() => void run(), 150, 1000);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // New entries only: our own removals must not start another drain.
    if (Object.entries(changes).some(([k, c]) => isJournalKey(k) && c.newValue !== undefined && c.newValue !== null)) soon();
  });

  // The answer names the fields whose write failed, so their pages can say so at once.
  router.on('journal:drain', ['panel', 'page'], async () => {
    const r = await run();
    return { failed: r ? r.failed.map((f) => ({ field: f.field })) : [] };
  });

  void run();
}
