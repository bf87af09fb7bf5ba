// The backup preferences: how often a changed project is backed up, how many backups are kept, and
// whether the project storage is persistent (asked at start: storagePersistence.ts).
import { useEffect, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../ui/Announcer';
import { backupRegistry } from './appBackups';
import { backupPreferences, PREFERENCE_LIMITS, setBackupPreferences, type BackupPreferences } from './backupPreferences';
import { askPersistentStorage, PERSISTENCE_WORDS, type Persistence } from './storagePersistence';

type Draft = Record<'intervalMinutes' | 'keepLast' | 'keepDaily' | 'keepWeekly', string>;

const FIELDS: Array<{ key: keyof Draft; label: string; limits: readonly [number, number] }> = [
  { key: 'intervalMinutes', label: 'Back up a changed project every (minutes)', limits: PREFERENCE_LIMITS.intervalMinutes },
  { key: 'keepLast', label: 'Keep the last (backups)', limits: PREFERENCE_LIMITS.keep },
  { key: 'keepDaily', label: 'Keep one a day for (days)', limits: PREFERENCE_LIMITS.keep },
  { key: 'keepWeekly', label: 'Keep one a week for (weeks)', limits: PREFERENCE_LIMITS.keep },
];

export function BackupPreferencesForm() {
  const announce = useAnnounce();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    void backupPreferences(backupRegistry()).then((p) => setDraft({ intervalMinutes: String(p.intervalMinutes), keepLast: String(p.rotation.keepLast), keepDaily: String(p.rotation.keepDaily), keepWeekly: String(p.rotation.keepWeekly) }));
    void askPersistentStorage().then(setPersistence);
  }, []);
  const valid = draft !== null && FIELDS.every(({ key, limits }) => Number.isInteger(Number(draft[key])) && Number(draft[key]) >= limits[0] && Number(draft[key]) <= limits[1]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !valid) return;
    const preferences: BackupPreferences = {
      intervalMinutes: Number(draft.intervalMinutes),
      rotation: { keepLast: Number(draft.keepLast), keepDaily: Number(draft.keepDaily), keepWeekly: Number(draft.keepWeekly) },
    };
    await setBackupPreferences(backupRegistry(), preferences);
    announce('Backup preferences saved.');
  };
  return (
    <section aria-labelledby="backup-preferences-heading" className="backup-preferences">
      <h3 id="backup-preferences-heading">Backup preferences</h3>
      <form onSubmit={(event) => void submit(event)}>
        {FIELDS.map(({ key, label, limits }) => (
          <label key={key}>
            {label}
            <input
              type="number"
              min={limits[0]}
              max={limits[1]}
              step={1}
              required
              disabled={draft === null}
              value={draft?.[key] ?? ''}
              onChange={(event) => setDraft((d) => d && { ...d, [key]: event.target.value })}
            />
          </label>
        ))}
        <p className="hint">
          Backups taken before deleting, merging or replacing are kept by the same rules as a series of their own, so the one you need after a mistake stays. A
          deleted project’s backups are never deleted for their age: the one taken just before it was deleted stays until you delete its backups in the list above.
        </p>
        <button type="submit" disabled={!valid}>
          Save backup preferences
        </button>
      </form>
      <p aria-label="Project storage">Project storage: {persistence ? PERSISTENCE_WORDS[persistence] : 'asking…'}</p>
    </section>
  );
}
