// At start: a project whose data is gone from this profile (an empty or missing database: a lost or
// reset profile, a changed origin) but whose backups are in the data folder is named, with an offer
// to restore its newest backup.
import { useState } from 'react';
import { heldCountsInWords } from '../../../shared/backup/heldCounts';
import { useBackups } from './BackupsContext';
import { RefusalDialog } from '../../ui/NoticeDialog';
import { useProjectTransfer } from './useProjectTransfer';

export function RestoreOffer() {
  const { lostProjects, dismissLost } = useBackups();
  const transfer = useProjectTransfer();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (lostProjects.length === 0 && !refusal) return null;
  return (
    <>
      {lostProjects.map((lost) => (
        <section key={lost.projectId} className="import-status" role="region" aria-label={`Restore ${lost.name}`}>
          <p>
            The data of “{lost.name}” is missing from Framewise’s storage, but its backups are here. The newest, of {new Date(lost.newest.takenAt).toLocaleString()}, holds {heldCountsInWords(lost.newest.index.counts)}.
          </p>
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => {
              setBusy(lost.projectId);
              void transfer.restoreLost(lost).then((problem) => {
                setBusy(null);
                if (problem) setRefusal(problem);
                else dismissLost(lost.projectId);
              });
            }}
          >
            {busy === lost.projectId ? 'Restoring…' : 'Restore the newest backup'}
          </button>
          <button type="button" onClick={() => dismissLost(lost.projectId)}>
            Not now
          </button>
        </section>
      ))}
      {refusal ? <RefusalDialog title="Not opened" message={refusal} onClose={() => setRefusal(null)} /> : null}
    </>
  );
}
