// The codebook's version as a methods section names it: SHA-256 over a canonical serialization of the
// codes' meaning (path, name, definition, and the inclusion, exclusion and example fields a codebook's
// definition is made of), so that a report can say which definitions the coders worked with. Colours
// and order are left out: they change nothing a coder reads. Strings are NFC-normalized, so the same
// codebook typed on two systems hashes the same.
import { codePath } from '../codebook/codePath';
import { sha256Hex } from '../hash/sha256';
import type { CodeRecord } from '../model';

/** How many hex digits the report shows: enough to tell versions apart, short enough to read aloud. */
export const SHORT_VERSION_DIGITS = 12;

export function codebookCanonicalForm(codes: readonly CodeRecord[]): string {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const rows = codes.map((code) =>
    [codePath(code, byId), code.name, code.definition, code.inclusion, code.exclusion, code.example].map((s) => s.normalize('NFC')),
  );
  rows.sort((a, b) => {
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    }
    return 0;
  });
  return JSON.stringify(rows);
}

export function codebookVersion(codes: readonly CodeRecord[]): { sha256: string; short: string } {
  const sha256 = sha256Hex(codebookCanonicalForm(codes));
  return { sha256, short: sha256.slice(0, SHORT_VERSION_DIGITS) };
}
