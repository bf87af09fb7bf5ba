// The import preferences, kept in the registry (they belong to the installation, not to a project).
// The limits themselves are shared/library/fileSizeLimits.ts's.
import { DEFAULT_MAX_FILE_MEGABYTES, LARGEST_MAX_FILE_MEGABYTES } from '../../../shared/library/fileSizeLimits';
import { getSetting, setSetting, type RegistryDatabase } from '../../db/registry';

const MAX_FILE_MEGABYTES = 'import.maxFileMegabytes';

export async function maxFileMegabytes(registry: RegistryDatabase): Promise<number> {
  const stored = await getSetting<number>(registry, MAX_FILE_MEGABYTES);
  return typeof stored === 'number' && stored > 0 && stored <= LARGEST_MAX_FILE_MEGABYTES ? stored : DEFAULT_MAX_FILE_MEGABYTES;
}

export function setMaxFileMegabytes(registry: RegistryDatabase, megabytes: number): Promise<void> {
  return setSetting(registry, MAX_FILE_MEGABYTES, megabytes);
}
