// What the quick-code palette offers for what has been typed: the codes whose name or path holds it,
// ignoring case and accents as every search does (an exact name first, then this coder's recent
// codes, then names starting with it, then the rest in codebook order), and a last option to create
// a code of that name when none has it.
import type { CodeRecord } from '../../../shared/model';
import { codePath } from '../../../shared/codebook/codePath';
import { CodebookError, checkCodeName, normalizeCodeName, sameName } from '../../../shared/codebook/codeNames';
import { foldPhrase } from '../../../shared/search/phraseFold';

export type PaletteOption =
  /** `parentPath`: where a subcode sits ("framing > economy"), null for a top-level code. */
  | { kind: 'code'; code: CodeRecord; path: string; parentPath: string | null; recent: boolean }
  | { kind: 'create'; name: string };

/** How many codes the palette marks as recent and offers first. */
export const RECENT_CODES_SHOWN = 5;

/** `codes` in tree order; `recentIds` newest first (codes no longer in `codes` among them are skipped). */
export function paletteOptions(codes: readonly CodeRecord[], recentIds: readonly string[], query: string): PaletteOption[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const wanted = foldPhrase(normalizeCodeName(query)).trim();
  const recent = recentIds.filter((id) => byId.has(id)).slice(0, RECENT_CODES_SHOWN);
  const recentRank = new Map(recent.map((id, i) => [id, i]));
  const treeRank = new Map(codes.map((code, i) => [code.id, i]));
  const rank = (code: CodeRecord) => {
    const name = foldPhrase(code.name);
    if (wanted && name === wanted) return 0;
    if (recentRank.has(code.id)) return 1;
    if (wanted && name.startsWith(wanted)) return 2;
    return 3;
  };
  const matches = codes
    .map((code) => ({ code, path: codePath(code, byId) }))
    .filter(({ path }) => !wanted || foldPhrase(path).includes(wanted))
    .sort(
      (a, b) =>
        rank(a.code) - rank(b.code) ||
        (recentRank.get(a.code.id) ?? 0) - (recentRank.get(b.code.id) ?? 0) ||
        treeRank.get(a.code.id)! - treeRank.get(b.code.id)!,
    );
  const options: PaletteOption[] = matches.map(({ code, path }) => {
    const parent = code.parentId ? byId.get(code.parentId) : undefined;
    return { kind: 'code', code, path, parentPath: parent ? codePath(parent, byId) : null, recent: recentRank.has(code.id) };
  });
  if (wanted && canCreate(codes, query)) options.push({ kind: 'create', name: normalizeCodeName(query) });
  return options;
}

/** A top-level code of this name could be created (the palette creates at the top level). */
function canCreate(codes: readonly CodeRecord[], name: string): boolean {
  try {
    checkCodeName(name);
  } catch {
    return false;
  }
  return !codes.some((code) => code.parentId === null && sameName(code.name, name));
}

/**
 * What the palette says when it has nothing to offer for `query`, and what to do: a name that cannot
 * be a code says why (the palette would create it otherwise); where no code can be created here (the
 * whole document, recoding), that no code has the name.
 */
export function nothingOffered(query: string, allowCreate: boolean): string {
  const typed = normalizeCodeName(query);
  if (!typed) return allowCreate ? 'No code yet: type a name to create one.' : 'No code to choose: add codes in the codebook first.';
  if (allowCreate) {
    try {
      checkCodeName(typed);
    } catch (error) {
      if (error instanceof CodebookError) return error.message;
      throw error;
    }
  }
  return `No code matches “${typed}”.`;
}

/**
 * The option's accessible name: a subcode's says where it sits ("economy, in framing"), so that codes
 * of the same name under different parents can be told apart by ear, as they are by their path on
 * screen.
 */
export function optionLabel(option: PaletteOption): string {
  if (option.kind === 'create') return `Create code “${option.name}”`;
  return option.parentPath ? `${option.code.name}, in ${option.parentPath}` : option.code.name;
}
