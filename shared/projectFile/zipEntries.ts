// Reads the entries of a project file's zip under caps, before anything is trusted. A zip's
// directory says how large each entry inflates to; the entries are inflated into buffers of exactly
// that size (fflate never grows them), so checking the declared sizes first bounds what a crafted
// file (a zip bomb) can make the app allocate. Names are checked against the few a project file
// may hold before any entry is inflated.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { classifyEntry } from './entryNames';
import type { Problem } from './problems';

export interface ZipLimits {
  /** Entries in the zip; a zip without ZIP64 cannot hold more than 65,535 anyway. */
  maxEntries: number;
  /** Inflated bytes of all entries together: what reading the file holds in memory. */
  maxTotalBytes: number;
  /** Inflated over packed size, per entry. */
  maxRatio: number;
  /** An entry smaller than this may exceed the ratio: tiny repetitive entries are normal. */
  ratioGraceBytes: number;
}

// DEFLATE reaches about 1,000:1 at most, which is what bombs use; tables stay far below (measured at
// level 1 on the synthetic project of measureProjectFile.ts, whose small vocabulary and repeated memos
// compress better than real ones: 1.4 to 12). The cap leaves a wide margin, because refusing a
// researcher's own backup is worse than unpacking a few more bytes. 2 GiB is near what a window can
// hold in one go, and well above a project of thousands of documents without originals.
export const PROJECT_FILE_LIMITS: ZipLimits = {
  maxEntries: 0xffff,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  ratioGraceBytes: 4 * 1024 ** 2,
};

export type ZipReading = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; problems: Problem[] };

export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = PROJECT_FILE_LIMITS): ZipReading {
  const directory: UnzipFileInfo[] = [];
  try {
    // First pass: the directory only (the filter refuses every entry, so nothing is inflated).
    unzipSync(bytes, {
      filter: (info) => {
        directory.push(info);
        return false;
      },
    });
  } catch (error) {
    return { ok: false, problems: [notAZip(error)] };
  }
  const problems = checkDirectory(directory, limits);
  if (problems.length > 0) return { ok: false, problems };
  try {
    const files = unzipSync(bytes);
    return { ok: true, entries: new Map(Object.entries(files).filter(([name]) => classifyEntry(name).kind !== 'folder')) };
  } catch (error) {
    return { ok: false, problems: [{ kind: 'not-a-zip', message: `An entry of the zip cannot be unpacked (${(error as Error).message}): the file is damaged.` }] };
  }
}

function notAZip(error: unknown): Problem {
  return {
    kind: 'not-a-zip',
    message: `It is not a readable zip archive (${(error as Error).message}), so not a Framewise project file, or one that is damaged: cut short while copying or downloading, perhaps.`,
  };
}

function checkDirectory(directory: readonly UnzipFileInfo[], limits: ZipLimits): Problem[] {
  const problems: Problem[] = [];
  if (directory.length > limits.maxEntries) {
    return [{ kind: 'too-large', message: `It holds ${directory.length.toLocaleString('en-US')} entries, more than the ${limits.maxEntries.toLocaleString('en-US')} a project file may hold.` }];
  }
  const seen = new Set<string>();
  let total = 0;
  for (const info of directory) {
    const entry = info.name;
    const kind = classifyEntry(entry);
    if (kind.kind === 'unsafe') problems.push({ kind: 'unsafe-entry', entry, message: `It holds an entry “${entry}” that Framewise refuses: ${kind.why}.` });
    else if (kind.kind === 'unknown') problems.push({ kind: 'unknown-entry', entry, message: `It holds an entry “${entry}” that a Framewise project file never holds.` });
    if (seen.has(entry)) problems.push({ kind: 'duplicate-entry', entry, message: `It holds the entry “${entry}” twice.` });
    seen.add(entry);
    if (info.compression !== 0 && info.compression !== 8) problems.push({ kind: 'not-a-zip', entry, message: `The entry “${entry}” is compressed with a method Framewise does not read (${info.compression}).` });
    total += info.originalSize;
    if (info.originalSize > limits.ratioGraceBytes && info.originalSize > limits.maxRatio * Math.max(info.size, 1)) {
      problems.push({
        kind: 'too-large',
        entry,
        message: `The entry “${entry}” would inflate ${Math.round(info.originalSize / Math.max(info.size, 1))} times (more than ${limits.maxRatio}): a crafted file (a zip bomb), not a project.`,
      });
    }
  }
  if (total > limits.maxTotalBytes) {
    problems.push({ kind: 'too-large', message: `Its entries would take ${formatBytes(total)} unpacked, more than the ${formatBytes(limits.maxTotalBytes)} Framewise reads from one project file.` });
  }
  return problems;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
