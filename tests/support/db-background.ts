import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../lib/db/database';
import { runDbCall } from '../../lib/db/api';

/**
 * The background, for component tests: an empty database, and a listener in
 * the same context that answers db:call with runDbCall as the real router
 * does. Arguments and answers pass through JSON, as on the real message
 * channel (undefined arguments arrive as null). `onMessage` sees every
 * message first (to count calls or record db:changed).
 */
export async function answerDbCallsHere(onMessage: (msg: { type: string; fn?: string; tables?: string[] }) => void = () => {}): Promise<void> {
  const database = getDb();
  await database.delete();
  await database.open();
  fakeBrowser.runtime.onMessage.addListener((msg: { type: string; fn: string; args: unknown[]; tables?: string[] }, _sender, sendResponse) => {
    onMessage(msg);
    if (msg.type !== 'db:call') return;
    void runDbCall(msg.fn, JSON.parse(JSON.stringify(msg.args))).then((r) => sendResponse(JSON.parse(JSON.stringify(r))));
    return true;
  });
}
