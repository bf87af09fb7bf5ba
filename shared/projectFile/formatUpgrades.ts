// The chain that brings a file written by an older Framewise up to today's format, one version at a
// time. Each step takes the content of its version (manifest and rows as plain JSON, checksums
// already verified) and returns the content of the next; every row is then validated against
// today's schemas as if today's Framewise had written it. A step keeps rows in their order, one out
// for one in where it can, so that problems still name the line the row came from.
//
// test/shared/projectFile/formatUpgrades.test.ts runs the mechanism with a synthetic version 0, and
// upgrades the committed version-1 fixture through today's chain.
import { FORMAT_VERSION } from './manifest';

export interface FileContent {
  manifest: Record<string, unknown>;
  /** Rows by table name, as parsed from each `tables/<name>.jsonl`. */
  tables: Record<string, unknown[]>;
}

export interface FormatUpgrade {
  /** The version this step reads; it returns content of version `from + 1`. */
  from: number;
  /** What changed, for the record: "codings name their coder". */
  what: string;
  upgrade(content: FileContent): FileContent;
}

/** The first format Framewise wrote: files of every version from here on must keep opening. */
export const FIRST_FORMAT_VERSION = 1;

export const FORMAT_UPGRADES: readonly FormatUpgrade[] = [
  {
    from: 1,
    what: 'saved Retrieve queries are kept in the file (tables/savedQueries.jsonl)',
    upgrade: ({ manifest, tables }) => ({
      manifest: { ...manifest, counts: { ...(manifest.counts as Record<string, unknown>), savedQueries: 0 } },
      tables: { ...tables, savedQueries: [] },
    }),
  },
  {
    from: 2,
    what: 'codings leave out quotes their text holds, and the log rows its tables hold (rowCompaction.ts puts them back on reading)',
    // A format 2 file holds every quote and every logged row: it is already what format 3 reads to.
    upgrade: (content) => content,
  },
];

export type UpgradeOutcome = { ok: true; content: FileContent } | { ok: false; missingFrom: number };

/** Runs the steps from `version` to today's; says which step is missing when the chain has a gap. */
export function upgradeToCurrent(content: FileContent, version: number, upgrades: readonly FormatUpgrade[] = FORMAT_UPGRADES, current = FORMAT_VERSION): UpgradeOutcome {
  let upgraded = content;
  for (let from = version; from < current; from++) {
    const step = upgrades.find((u) => u.from === from);
    if (!step) return { ok: false, missingFrom: from };
    const next = step.upgrade(upgraded);
    upgraded = { ...next, manifest: { ...next.manifest, formatVersion: from + 1 } };
  }
  return { ok: true, content: upgraded };
}
