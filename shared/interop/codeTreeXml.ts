// The code tree as REFI-QDA `Code` elements, shared by project.qde (Project.xsd: Description, NoteRef,
// then child codes) and the .qdc codebook (Codebook.xsd: Description, then child codes, no notes).
// Every code is written codable: in Framewise a parent code codes passages like any other.
import type { CodeRecord } from '../model';
import { codeTree } from '../codebook/codeTree';
import { normalizeColor } from '../codebook/codeColors';
import { composeCodeDescription } from './codeDescription';
import { idToGuid } from './refiGuid';
import type { XmlElement } from './xmlWriter';

/** Top-level `Code` elements, children nested, siblings in the tree's order. */
export function codeElements(codes: readonly CodeRecord[], noteRefsOf?: (codeId: string) => XmlElement[]): XmlElement[] {
  const entries = codeTree(codes);
  const byId = new Map(entries.map((entry) => [entry.code.id, entry]));
  const element = (id: string): XmlElement => {
    const { code, childIds } = byId.get(id)!;
    const description = composeCodeDescription(code);
    return {
      name: 'Code',
      attributes: [
        ['guid', idToGuid(code.id)],
        ['name', code.name],
        ['isCodable', 'true'],
        ['color', normalizeColor(code.color) ?? undefined],
      ],
      children: [description ? { name: 'Description', text: description } : null, ...(noteRefsOf?.(code.id) ?? []), ...childIds.map(element)],
    };
  };
  return entries.filter((entry) => entry.depth === 0).map((entry) => element(entry.code.id));
}
