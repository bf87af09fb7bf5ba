// The memo panel while no document is open (beside the codebook): the project's and the codes' memos,
// and the search, which opens a document or a coded passage.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listCoders } from '../../db/coders';
import { useProject } from '../projects/ProjectContext';
import { useCodes } from '../codes/useCodes';
import { MemoPanel } from './MemoPanel';

export function ProjectMemosPanel() {
  const { db } = useProject();
  const codes = useCodes(db);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const codersById = useMemo(() => new Map((coders ?? []).map((c) => [c.id, c])), [coders]);
  return <MemoPanel doc={null} activeCoding={null} codings={NO_CODINGS} codes={codes} codesById={codesById} codersById={codersById} onSelectCoding={ignore} />;
}

const NO_CODINGS = [] as const;
const ignore = () => {};
