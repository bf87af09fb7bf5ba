// Before | hit | after: the columns every keywords-in-context table ends with (corpus search,
// a distinctive word's contexts). The words before are right-aligned so that the hits line up.
import type { KwicLine } from '../../../shared/search/kwic';
import type { ResultColumn } from './ResultTable';

export const CONTEXT_COLUMNS: ReadonlyArray<ResultColumn<KwicLine>> = [
  { key: 'before', header: 'Before', className: 'kwic-left', cell: (line) => line.left },
  { key: 'hit', header: 'Hit', className: 'kwic-hit', cell: (line) => line.hit },
  { key: 'after', header: 'After', className: 'kwic-right', cell: (line) => line.right },
];
