import { runDbCall } from '@/lib/db/api';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import type { Router } from './router';
import { languageRead } from './language';

/**
 * The embedded panel never opens IndexedDB (it is third-party storage inside
 * the CRM page): it calls the repository here. Only the panel our content
 * script made, and our own pages, may; a page-made panel gets a refusal.
 */
export function setupDatabase(router: Router): void {
  broadcastDbChanges();
  // Text a read builds (the agenda's focus line) waits for the manager's language.
  router.on('db:call', ['panel', 'page'], async (msg) => languageRead().then(() => runDbCall(msg.fn, msg.args)), {
    ok: false,
    error: 'Sideline answers only the panel it opened on this page. Reload the page to try again.',
  });
}
