// A code's definition, inclusion and exclusion criteria and example travel in REFI-QDA's one
// `Description` element (the format has no fields for them). Each is written as a paragraph that
// starts with its label, so that another tool shows a readable description and a Framewise import
// splits it back into the four fields. A description written by another tool, which has no labels,
// becomes the definition whole.
//
// A field may itself hold a paragraph that starts like a label ("Example: “jobs first” counts."
// inside a definition). The reader cannot tell it from a real label by position or order: a lone
// definition is written bare, so "Money.\n\nExample: …" is both that definition and another tool's
// definition plus example. So the writer marks it instead: such a paragraph gets a backslash before
// the label ("\Example: …"), the escape a person reading the Description in NVivo or MAXQDA
// recognises as "not a heading", and the reader removes it. A paragraph that already starts with
// backslashes and a label gets one more, so every field comes back as it was.
import type { CodeRecord } from '../model';

export type CodeTextFields = Pick<CodeRecord, 'definition' | 'inclusion' | 'exclusion' | 'example'>;

const LABELS: ReadonlyArray<readonly [keyof CodeTextFields, string]> = [
  ['definition', 'Definition'],
  ['inclusion', 'Inclusion criteria'],
  ['exclusion', 'Exclusion criteria'],
  ['example', 'Example'],
];
const LABEL_NAMES = LABELS.map(([, label]) => label).join('|');

/** A label at the start of a paragraph: "Inclusion criteria: …". */
const LABEL_AT_PARAGRAPH = new RegExp(`(?:^|\\n\\n)(${LABEL_NAMES}):[ \\t]*`, 'gu');
/** A paragraph inside a field that reads as a label, after any backslashes that escape one. */
const LABEL_LIKE_PARAGRAPH = new RegExp(`\\n\\n(?=\\\\*(?:${LABEL_NAMES}):)`, 'gu');
/** The same paragraph as written, with its escaping backslash. */
const ESCAPED_PARAGRAPH = new RegExp(`\\n\\n\\\\(?=\\\\*(?:${LABEL_NAMES}):)`, 'gu');
const STARTS_LABEL_LIKE = new RegExp(`^\\\\*(?:${LABEL_NAMES}):`, 'u');

/** The description written for a code; empty when it has none of the four texts. */
export function composeCodeDescription(fields: CodeTextFields): string {
  const present = LABELS.filter(([key]) => fields[key].trim() !== '');
  // A definition alone is written bare, as other tools' descriptions are, unless it would read back
  // as labelled (or escaped) text; a field's first paragraph thus always follows text, never needs escaping.
  if (present.length === 1 && present[0]![0] === 'definition' && !STARTS_LABEL_LIKE.test(fields.definition.trim())) return escape(fields.definition.trim());
  return present.map(([key, label]) => `${label}: ${escape(fields[key].trim())}`).join('\n\n');
}

/** The four texts of a description: split at labels when it has them, the whole as definition when not. */
export function splitCodeDescription(description: string): CodeTextFields {
  const fields: CodeTextFields = { definition: '', inclusion: '', exclusion: '', example: '' };
  const text = description.replace(/\r\n?/gu, '\n').trim();
  const matches = [...text.matchAll(LABEL_AT_PARAGRAPH)];
  if (matches.length === 0) return { ...fields, definition: unescape(text) };
  const lead = text.slice(0, matches[0]!.index).trim();
  if (lead) fields.definition = unescape(lead);
  matches.forEach((match, i) => {
    const key = LABELS.find(([, label]) => label === match[1])![0];
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const body = unescape(text.slice(match.index + match[0].length, end).trim());
    fields[key] = fields[key] ? `${fields[key]}\n\n${body}` : body;
  });
  return fields;
}

const escape = (field: string) => field.replace(LABEL_LIKE_PARAGRAPH, '\n\n\\');
const unescape = (body: string) => body.replace(ESCAPED_PARAGRAPH, '\n\n');
