// REFI-QDA names every object by a GUID (Project.xsd's GUIDType: 8-4-4-4-12 hex digits, optionally in
// braces, either case). Framewise keys are UUIDs (crypto.randomUUID: lower case), which are GUIDs
// already, so a key is written as it is and a GUID read back becomes the same key: lower case,
// braces stripped (tools differ: ATLAS.ti and MAXQDA write upper case, NVivo lower case).
import { sha256Hex } from '../hash/sha256';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/u;

/** The Framewise key of a GUID read from a file, or null when the text is not a GUID. */
export function guidToId(guid: string | undefined): string | null {
  if (guid === undefined) return null;
  const match = GUID.exec(guid.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** True when the text is a GUID as Project.xsd accepts it. */
export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/**
 * The GUID written for a Framewise key. A key that is not a UUID (rows made by hand or by an old
 * version) gets a GUID derived from it, the same on every export, so that re-importing the file
 * matches what the previous import made.
 */
export function idToGuid(id: string): string {
  return guidToId(id) ?? derivedGuid('framewise:key', id);
}

/**
 * A GUID that is a function of its parts (an RFC 9562 version-8 UUID built from their SHA-256): for
 * objects that have no key of their own in Framewise (a variable, a case, a selection, a set made
 * from an attribute value), so that every export of the same project names them the same way and
 * every import of the same file makes the same keys.
 */
export function derivedGuid(namespace: string, ...parts: string[]): string {
  const hex = sha256Hex([namespace, ...parts].join('\u0000')).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** `guid`, or when it is taken already an id derived from it (the same one each time the file is read); taken from then on. */
export function distinctId(guid: string, taken: Set<string>, namespace: string): string {
  let id = guid;
  for (let n = 2; taken.has(id); n++) id = derivedGuid(namespace, guid, String(n));
  taken.add(id);
  return id;
}

/** The items with ids of their own: the first with a GUID keeps it, later ones get ids derived from it. */
export function withDistinctIds<T extends { id: string }>(items: readonly T[], namespace: string): T[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const id = distinctId(item.id, taken, namespace);
    return id === item.id ? item : { ...item, id };
  });
}
