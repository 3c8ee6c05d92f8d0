import { useState } from 'react';
import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { downloadText } from '../download';
import { FileButton } from '../file-button';

/** The only way notes leave the browser: an export the manager asks for. */
export function BackupSection() {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section className="stack" aria-labelledby="backup-h">
      <h2 id="backup-h">Your data</h2>
      <p className="small muted">
        Coaching notes are sensitive. They stay in this browser: nothing is sent anywhere, and CRM pages cannot read them. Export a backup to move
        them to another browser.
      </p>
      <div className="row">
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const backup = await exportBackup();
            downloadText(`sideline-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup));
            setStatus({ ok: true, text: 'Backup downloaded. Keep it somewhere private.' });
          }}
        >
          Export backup
        </button>
        <FileButton
          label="Restore backup…"
          onText={async (text) => {
            const r = await restoreBackup(text);
            // Restored custom sites whose hosts are already allowed get their content scripts now.
            if (r.ok) await browser.runtime.sendMessage({ type: 'custom:sync' }).catch(() => {});
            setStatus(r.ok ? { ok: true, text: `Restored ${r.records} records.` } : { ok: false, text: `Not restored: ${r.errors.join('; ')}` });
          }}
        />
      </div>
      {status ? (
        <p className={`notice small${status.ok ? '' : ' bad'}`} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
