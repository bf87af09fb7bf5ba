// The import preferences, kept in the registry (they belong to the installation, not to a project).
import { getSetting, setSetting, type RegistryDatabase } from '../../db/registry';

const MAX_FILE_MEGABYTES = 'import.maxFileMegabytes';
export const DEFAULT_MAX_FILE_MEGABYTES = 50;
/** The IPC contract's ceiling (2 GiB): Node reads no larger file into memory in one piece. */
export const LARGEST_MAX_FILE_MEGABYTES = 2048;

export async function maxFileMegabytes(registry: RegistryDatabase): Promise<number> {
  const stored = await getSetting<number>(registry, MAX_FILE_MEGABYTES);
  return typeof stored === 'number' && stored > 0 && stored <= LARGEST_MAX_FILE_MEGABYTES ? stored : DEFAULT_MAX_FILE_MEGABYTES;
}

export function setMaxFileMegabytes(registry: RegistryDatabase, megabytes: number): Promise<void> {
  return setSetting(registry, MAX_FILE_MEGABYTES, megabytes);
}

export function megabytesToBytes(megabytes: number): number {
  return Math.round(megabytes * 1024 * 1024);
}
