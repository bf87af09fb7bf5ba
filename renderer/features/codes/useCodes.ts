// The project's codes as every screen reads them: live, in tree order (the order keys 1 to 9, the
// palette, the code tree and the highlights' colours follow). A folder of its own so that the coding
// screen, the codebook, the memos and the window all import it downward; editing the codebook is
// features/codebook.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodeRecord } from '../../../shared/model';
import { listCodes } from '../../db/codes';
import type { ProjectDatabase } from '../../db/projectDatabase';

export function useCodes(db: ProjectDatabase): readonly CodeRecord[] {
  return useLiveQuery(() => listCodes(db), [db]) ?? NO_CODES;
}

const NO_CODES: readonly CodeRecord[] = [];
