// Checks shared by the zip-based formats (.docx, .odt, .xlsx) before any library parses their XML.
import { UnreadableFileError } from './unreadableFileError';

const DOCTYPE = Buffer.from('<!DOCTYPE');

/**
 * No Office or OpenDocument part has a DOCTYPE; one that does is an XML attack (entity expansion, or
 * external entities that read local files), aimed at whatever parser reads it next. Refused before
 * mammoth or read-excel-file ever see it.
 */
export function refuseDoctypes(parts: Map<string, Uint8Array>, kind: string): void {
  for (const [name, bytes] of parts) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(DOCTYPE)) {
      throw new UnreadableFileError(`it is not a well-formed ${kind}: its part “${name}” declares a DOCTYPE, which no real ${kind} does.`);
    }
  }
}
