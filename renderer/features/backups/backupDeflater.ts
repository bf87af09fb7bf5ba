// How the backup worker deflates a project file's entries: by WebAssembly at a low level
// (wasmDeflateEntry.ts), and by the platform's zlib (platformDeflateEntry.ts) where the WebAssembly
// cannot be compiled (a content security policy that refuses it, a platform without it): a backup
// must never fail for want of a faster deflate.
import type { Deflater } from '../../../shared/projectFile/writeProjectFile';
import { PlatformDeflateEntry } from './platformDeflateEntry';
import { loadWasmDeflate, WasmDeflateEntry } from './wasmDeflateEntry';

/**
 * The WebAssembly deflate's level, by measurement (backupPhases.probe.ts deflate, 1,000 documents and
 * 100,000 codings, the deflaters taking turns in one worker, 3 runs at load 2.6–3.3, 2026-12-06 23:20):
 * the snapshot with the platform's zlib (its level 6) took 4.9 s for 13.9 MiB, with fflate's level 1
 * 4.9 s for 15.6 MiB, WebAssembly at level 1 3.9 s for 17.9 MiB and at level 2 4.0 s for 15.0 MiB.
 * Level 2: as fast as level 1 here, and a file 8% larger than zlib's instead of 29% (32 kept backups of
 * that project: 480 MiB instead of 573).
 */
export const BACKUP_DEFLATE_LEVEL = 2;

let warned = false;

/** The deflater to use, once its WebAssembly is compiled (or has failed to: then the platform's). */
export async function backupDeflater(load: () => Promise<void> = loadWasmDeflate): Promise<Deflater> {
  try {
    await load();
    return (name) => new WasmDeflateEntry(name, BACKUP_DEFLATE_LEVEL);
  } catch (error) {
    // Slower, never wrong: said once in the console for whoever wonders why backups take longer.
    if (!warned) console.warn(`Backups deflate with the platform's zlib: the WebAssembly deflate could not be compiled (${String(error)}).`);
    warned = true;
    return (name) => new PlatformDeflateEntry(name);
  }
}
