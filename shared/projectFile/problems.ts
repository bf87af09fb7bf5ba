// What is wrong with a project file, in words a researcher can act on. A reader collects every
// problem it finds (up to a limit) rather than stopping at the first, so that one attempt says
// everything about a damaged file; each problem names the entry, and for rows the table, line and
// field.
import type { TableName } from './projectTables';

export type ProblemKind =
  | 'not-a-zip'
  | 'too-large'
  | 'unsafe-entry'
  | 'unknown-entry'
  | 'duplicate-entry'
  | 'not-a-project-file'
  | 'newer-format'
  | 'older-format'
  | 'bad-manifest'
  | 'missing-table'
  | 'missing-entry'
  | 'checksum'
  | 'bad-row'
  | 'count'
  | 'duplicate-key'
  | 'dangling-reference'
  | 'missing-original';

export interface Problem {
  kind: ProblemKind;
  /** A sentence, without the file's name (the caller knows it and says it once). */
  message: string;
  /** The zip entry concerned: "tables/codings.jsonl". */
  entry?: string;
  table?: TableName;
  /** 1-based line of the table's entry. */
  line?: number;
  /** The field, as a path: "start", "attributes.year". */
  field?: string;
}

/** Problems past this many are counted, not listed: a file with every row broken says so in a screen, not a book. */
export const MAX_LISTED_PROBLEMS = 50;

export class ProblemList {
  readonly listed: Problem[] = [];
  unlisted = 0;

  add(problem: Problem): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
    else this.unlisted++;
  }

  get count(): number {
    return this.listed.length + this.unlisted;
  }

  /** The problems, with a last one saying how many more were found but not listed. */
  toArray(): Problem[] {
    if (this.unlisted === 0) return [...this.listed];
    const last = this.listed.at(-1)!;
    return [...this.listed, { kind: last.kind, message: `…and ${this.unlisted.toLocaleString('en-US')} more problems like these.` }];
  }
}

/** The refusal as one text for a dialog: the file, why it was not opened, what is wrong. */
export function describeRefusal(fileName: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) => `• ${p.message}`);
  return `Framewise did not open “${fileName}”, and nothing in your projects was changed.\n${lines.join('\n')}`;
}
