// Reads the entries of a project file's zip under caps, before anything is trusted. The directory
// (zipDirectory.ts) says how many entries there are and how large each inflates to; both are
// checked against the caps before any entry is inflated, and each entry is then inflated a slice at
// a time into a buffer of exactly its declared size, stopping as soon as it would overflow: a crafted
// file (a zip bomb) can make the app neither allocate nor inflate more than the caps allow, even
// when its directory lies. Names are checked against the few a project file may hold first.
import { Inflate } from 'fflate';
import { classifyEntry } from './entryNames';
import { ProblemList, type Problem } from './problems';
import { readZipDirectory, type ZipDirectoryEntry } from './zipDirectory';

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
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) return { ok: false, problems: [directory.why === 'damaged' ? notAZip(directory.reason) : tooManyEntries(directory.count, limits)] };
  const problems = checkDirectory(directory.entries, limits);
  if (problems.length > 0) return { ok: false, problems };
  const entries = new Map<string, Uint8Array>();
  for (const info of directory.entries) {
    // Folders (a zip tool that re-packs the file adds them) hold nothing: they are not unpacked.
    if (classifyEntry(info.name).kind === 'folder') continue;
    const unpacked = unpackEntry(bytes, info);
    if (!unpacked.ok) return { ok: false, problems: [unpacked.problem] };
    entries.set(info.name, unpacked.content);
  }
  return { ok: true, entries };
}

function notAZip(reason: string): Problem {
  return {
    kind: 'not-a-zip',
    message: `It is not a readable zip archive (${reason}), so not a Framewise project file, or one that is damaged: cut short while copying or downloading, perhaps.`,
  };
}

function tooManyEntries(count: number, limits: ZipLimits): Problem {
  return { kind: 'too-large', message: `It holds ${count.toLocaleString('en-US')} entries, more than the ${limits.maxEntries.toLocaleString('en-US')} a project file may hold.` };
}

function checkDirectory(directory: readonly ZipDirectoryEntry[], limits: ZipLimits): Problem[] {
  // Listed up to a limit: a zip of thousands of other files says so in a few lines, not thousands.
  const problems = new ProblemList();
  const seen = new Set<string>();
  let total = 0;
  for (const info of directory) {
    const entry = info.name;
    const kind = classifyEntry(entry);
    if (kind.kind === 'unsafe') problems.add({ kind: 'unsafe-entry', entry, message: `It holds an entry “${entry}” that Framewise refuses: ${kind.why}.` });
    else if (kind.kind === 'unknown') problems.add({ kind: 'unknown-entry', entry, message: `It holds an entry “${entry}” that a Framewise project file never holds.` });
    if (seen.has(entry)) problems.add({ kind: 'duplicate-entry', entry, message: `It holds the entry “${entry}” twice.` });
    seen.add(entry);
    if (info.encrypted) problems.add({ kind: 'not-a-zip', entry, message: `The entry “${entry}” is encrypted, which a Framewise project file never is.` });
    else if (info.method !== 0 && info.method !== 8) problems.add({ kind: 'not-a-zip', entry, message: `The entry “${entry}” is compressed with a method Framewise does not read (${info.method}).` });
    total += info.size;
    if (info.size > limits.ratioGraceBytes && info.size > limits.maxRatio * Math.max(info.packedSize, 1)) {
      problems.add({
        kind: 'too-large',
        entry,
        message: `The entry “${entry}” would inflate ${Math.round(info.size / Math.max(info.packedSize, 1))} times (more than ${limits.maxRatio}): a crafted file (a zip bomb), not a project.`,
      });
    }
  }
  if (total > limits.maxTotalBytes) {
    problems.add({ kind: 'too-large', message: `Its entries would take ${formatBytes(total)} unpacked, more than the ${formatBytes(limits.maxTotalBytes)} Framewise reads from one project file.` });
  }
  return problems.toArray();
}

// Packed bytes fed to the inflater at a time: what one step can inflate (at most about a thousand
// times this) is all a lying directory can cost past its declared size.
const INFLATE_SLICE = 64 * 1024;

type Unpacked = { ok: true; content: Uint8Array } | { ok: false; problem: Problem };

function unpackEntry(bytes: Uint8Array, info: ZipDirectoryEntry): Unpacked {
  const entry = info.name;
  const packed = bytes.subarray(info.dataStart, info.dataStart + info.packedSize);
  const damaged = (reason: string): Unpacked => ({ ok: false, problem: { kind: 'not-a-zip', entry, message: `The entry “${entry}” cannot be unpacked (${reason}): the file is damaged.` } });
  if (info.method === 0) return packed.length === info.size ? { ok: true, content: packed.slice() } : damaged(`it is stored in ${packed.length} bytes but declared as ${info.size}`);

  const content = new Uint8Array(info.size);
  let filled = 0;
  let overflowed = false;
  const inflater = new Inflate((chunk) => {
    if (overflowed || filled + chunk.length > content.length) {
      overflowed = true;
      return;
    }
    content.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    if (packed.length === 0) return info.size === 0 ? { ok: true, content } : damaged('it is empty');
    for (let at = 0; at < packed.length && !overflowed; at += INFLATE_SLICE) {
      const end = Math.min(at + INFLATE_SLICE, packed.length);
      inflater.push(packed.subarray(at, end), end === packed.length);
    }
  } catch (error) {
    return damaged((error as Error).message);
  }
  if (overflowed) {
    return {
      ok: false,
      problem: { kind: 'too-large', entry, message: `The entry “${entry}” inflates to more than the ${info.size.toLocaleString('en-US')} bytes the zip’s directory declares: a crafted file (a zip bomb) or a damaged one, not a project.` },
    };
  }
  if (filled !== info.size) return damaged(`it inflates to ${filled.toLocaleString('en-US')} bytes, not the ${info.size.toLocaleString('en-US')} its directory declares`);
  return { ok: true, content };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
