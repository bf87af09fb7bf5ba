// The codebook every new project starts with, for studies of how sources frame a public figure's
// record. Definitions as agreed for the reference corpus; researchers edit them in the codebook.
// Colours from the code palette (codeColors.ts), four that stay far apart for colour-blind readers
// too: criticism (rose) and metric (sand) are often coded on the same words.
import type { CodeRecord } from '../model';
import type { Change, Minting } from '../changes/change';

export interface CodeTemplate {
  name: string;
  color: string;
  definition: string;
}

export const DEFAULT_CODEBOOK: readonly CodeTemplate[] = [
  {
    name: 'pledge',
    color: '#332288',
    definition: "A commitment about future action by the subject or their campaign ('we will', 'I will', quoted campaign promises).",
  },
  {
    name: 'claim',
    color: '#117733',
    definition: 'An assertion of fact or accomplishment presented as true, by any speaker, that a reader could check or dispute.',
  },
  {
    name: 'criticism',
    color: '#cc6677',
    definition: 'A negative evaluation of a person, office, policy or outcome.',
  },
  {
    name: 'metric',
    color: '#ddcc77',
    definition: 'A quantitative figure: a count, rate, percentage, money amount or dated record used as evidence.',
  },
];

/** The change that gives a new project the default codebook, as top-level codes in this order. */
export function defaultCodebookChange(minting: Minting): { change: Change; codes: CodeRecord[] } {
  const codes: CodeRecord[] = DEFAULT_CODEBOOK.map((code, order) => ({
    id: minting.newId(),
    name: code.name,
    color: code.color,
    parentId: null,
    order,
    definition: code.definition,
    inclusion: '',
    exclusion: '',
    example: '',
    createdAt: minting.now,
  }));
  return { change: { label: 'Default codebook', changes: codes.map((code) => ({ table: 'codes', key: code.id, before: null, after: code })) }, codes };
}
