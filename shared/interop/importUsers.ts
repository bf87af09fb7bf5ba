// The coders of a REFI-QDA import: one per user the file lists; a row naming a user the file does not
// list gets a coder of its own, and a row naming none is the importing researcher's.
import type { CoderRecord } from '../model';
import { nextCodeColor } from '../codebook/codeColors';
import type { RefiProject } from './refiProject';

export interface ImportedUsers {
  coders: CoderRecord[];
  /** The coder of a row: the first of its candidate users the file names, else the researcher. */
  coderOf(...candidates: Array<string | null>): string;
}

export function importUsers(users: RefiProject['users'], origin: string, defaultCoder: CoderRecord): ImportedUsers {
  const coders: CoderRecord[] = [];
  const coderIds = new Set<string>();
  const addCoder = (id: string, name: string) => {
    if (coderIds.has(id)) return;
    coderIds.add(id);
    coders.push({ id, name: name.trim() || unnamedUser(id, origin), color: nextCodeColor(coders.map((c) => c.color)) });
  };
  for (const user of users) addCoder(user.id, user.name);
  const coderOf = (...candidates: Array<string | null>): string => {
    const id = candidates.find((c): c is string => c !== null);
    if (!id) {
      if (!coderIds.has(defaultCoder.id)) {
        coderIds.add(defaultCoder.id);
        coders.push(defaultCoder);
      }
      return defaultCoder.id;
    }
    addCoder(id, '');
    return id;
  };
  return { coders, coderOf };
}

/**
 * A user the file names with no name (or does not list): called after the tool and their GUID, never
 * "Coder 1" and the like, which is what every new Framewise profile is called. A merge knows another
 * tool's users by name too (mergePlan.ts, CoderIdentity), and would fold this stranger into the
 * researcher, their codings and memos with them.
 */
function unnamedUser(id: string, origin: string): string {
  return `Unnamed user ${id.slice(0, 8)}${origin.trim() ? ` (${origin.trim()})` : ''}`;
}

