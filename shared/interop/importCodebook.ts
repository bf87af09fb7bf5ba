// The code tree of a REFI-QDA file as Framewise codes: names cleaned to what a code may be called and
// made unique among siblings (tools allow duplicates; Framewise names codes by path), colours kept when
// they are colours and given from the palette when not, descriptions split back into definition,
// criteria and example. Every code stays codable: REFI's `isCodable="false"` marks folders in some
// tools, but a parent code in Framewise codes passages like any other.
import type { CodeRecord } from '../model';
import { MAX_CODE_NAME_LENGTH, normalizeCodeName, sameName, separatorsDefused } from '../codebook/codeNames';
import { normalizeColor, nextCodeColor } from '../codebook/codeColors';
import { splitCodeDescription } from './codeDescription';
import type { RefiCode } from './refiProject';
import type { SkippedItem } from './importPlan';

export function importCodes(tree: readonly RefiCode[], now: string, skipped: SkippedItem[]): CodeRecord[] {
  const codes: CodeRecord[] = [];
  const seen = new Set<string>();
  const used: string[] = [];
  const visit = (code: RefiCode, parentId: string | null, order: number, siblings: CodeRecord[]) => {
    if (seen.has(code.id)) {
      skipped.push({ kind: 'code', name: code.name, reason: `its GUID appears twice in the codebook; the first “${codes.find((c) => c.id === code.id)?.name ?? ''}” is kept` });
      return;
    }
    seen.add(code.id);
    const color = (code.color && normalizeColor(code.color)) || nextCodeColor(used);
    used.push(color);
    const record: CodeRecord = {
      id: code.id,
      name: uniqueName(codeName(code.name), siblings),
      color,
      parentId,
      order,
      ...splitCodeDescription(code.description),
      createdAt: now,
    };
    codes.push(record);
    siblings.push(record);
    const children: CodeRecord[] = [];
    code.children.forEach((child, i) => visit(child, record.id, i, children));
  };
  const roots: CodeRecord[] = [];
  tree.forEach((code, i) => visit(code, null, i, roots));
  return codes;
}

/** A name Framewise accepts: one line, no path separator, not too long, not empty. */
export function codeName(name: string): string {
  const flat = separatorsDefused(normalizeCodeName(name));
  if (!flat) return 'Unnamed code';
  return flat.length > MAX_CODE_NAME_LENGTH ? `${flat.slice(0, MAX_CODE_NAME_LENGTH - 1)}…` : flat;
}

/** The name, or "name (2)", "name (3)"… when a sibling already has it. */
export function uniqueName(name: string, taken: ReadonlyArray<{ name: string }>, same: (a: string, b: string) => boolean = sameName): string {
  if (!taken.some((t) => same(t.name, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.some((t) => same(t.name, candidate))) return candidate;
  }
}
