// A code's definition, inclusion and exclusion criteria and example travel in REFI-QDA's one
// `Description` element (the format has no fields for them). Each is written as a paragraph that
// starts with its label, so that another tool shows a readable description and a Framewise import
// splits it back into the four fields. A description written by another tool, which has no labels,
// becomes the definition whole.
import type { CodeRecord } from '../model';

export type CodeTextFields = Pick<CodeRecord, 'definition' | 'inclusion' | 'exclusion' | 'example'>;

const LABELS: ReadonlyArray<readonly [keyof CodeTextFields, string]> = [
  ['definition', 'Definition'],
  ['inclusion', 'Inclusion criteria'],
  ['exclusion', 'Exclusion criteria'],
  ['example', 'Example'],
];

/** A label at the start of a paragraph: "Inclusion criteria: …". */
const LABEL_AT_PARAGRAPH = new RegExp(`(?:^|\\n\\n)(${LABELS.map(([, label]) => label).join('|')}):[ \\t]*`, 'gu');

/** The description written for a code; empty when it has none of the four texts. */
export function composeCodeDescription(fields: CodeTextFields): string {
  const present = LABELS.filter(([key]) => fields[key].trim() !== '');
  // A definition alone is written bare, as other tools' descriptions are, unless it would read back
  // as labelled text.
  if (present.length === 1 && present[0]![0] === 'definition' && !startsWithLabel(fields.definition)) return fields.definition.trim();
  return present.map(([key, label]) => `${label}: ${fields[key].trim()}`).join('\n\n');
}

/** The four texts of a description: split at labels when it has them, the whole as definition when not. */
export function splitCodeDescription(description: string): CodeTextFields {
  const fields: CodeTextFields = { definition: '', inclusion: '', exclusion: '', example: '' };
  const text = description.replace(/\r\n?/gu, '\n').trim();
  const matches = [...text.matchAll(LABEL_AT_PARAGRAPH)];
  if (matches.length === 0) return { ...fields, definition: text };
  const lead = text.slice(0, matches[0]!.index).trim();
  if (lead) fields.definition = lead;
  matches.forEach((match, i) => {
    const key = LABELS.find(([, label]) => label === match[1])![0];
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const body = text.slice(match.index + match[0].length, end).trim();
    fields[key] = fields[key] ? `${fields[key]}\n\n${body}` : body;
  });
  return fields;
}

function startsWithLabel(text: string): boolean {
  return LABELS.some(([, label]) => text.trimStart().startsWith(`${label}:`));
}
