// Backup preferences, kept in the registry (they belong to the installation): how often a changed
// project is backed up while it is open, and how many backups rotation keeps.
import { DEFAULT_INTERVAL_MINUTES } from '../../../shared/backup/backupSchedule';
import { DEFAULT_ROTATION, type RotationPreferences } from '../../../shared/backup/rotation';
import { getSetting, setSetting, type RegistryDatabase } from '../../db/registry';

export interface BackupPreferences {
  intervalMinutes: number;
  rotation: RotationPreferences;
}

const KEY = 'backup.preferences';

export const DEFAULT_BACKUP_PREFERENCES: BackupPreferences = { intervalMinutes: DEFAULT_INTERVAL_MINUTES, rotation: DEFAULT_ROTATION };

/** Limits that keep a typo from backing up every second or keeping nothing but the newest. */
export const PREFERENCE_LIMITS = { intervalMinutes: [1, 24 * 60], keep: [1, 1000] } as const;

export async function backupPreferences(registry: RegistryDatabase): Promise<BackupPreferences> {
  const stored = await getSetting<Partial<BackupPreferences>>(registry, KEY);
  const interval = stored?.intervalMinutes;
  return {
    intervalMinutes: typeof interval === 'number' && interval >= PREFERENCE_LIMITS.intervalMinutes[0] && interval <= PREFERENCE_LIMITS.intervalMinutes[1] ? interval : DEFAULT_INTERVAL_MINUTES,
    rotation: {
      keepLast: keep(stored?.rotation?.keepLast, DEFAULT_ROTATION.keepLast),
      keepDaily: keep(stored?.rotation?.keepDaily, DEFAULT_ROTATION.keepDaily),
      keepWeekly: keep(stored?.rotation?.keepWeekly, DEFAULT_ROTATION.keepWeekly),
    },
  };
}

function keep(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= PREFERENCE_LIMITS.keep[0] && value <= PREFERENCE_LIMITS.keep[1] ? value : fallback;
}

export function setBackupPreferences(registry: RegistryDatabase, preferences: BackupPreferences): Promise<void> {
  return setSetting(registry, KEY, preferences);
}
