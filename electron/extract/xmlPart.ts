// Reads one XML part of an Office or OpenDocument file as a stream of events (saxes: a strict,
// non-validating parser that never fetches anything and knows only XML's five built-in entities).
// A part with a DOCTYPE is refused outright: no Office or OpenDocument part has one, and a DOCTYPE is
// how XML attacks (entity expansion, external entities) begin.
import { SaxesParser } from 'saxes';
import { UnreadableFileError } from './unreadableFileError';

export interface XmlEvents {
  /**
   * `name` without its namespace prefix ("w:p" -> "p"); attributes keep their qualified names, and
   * `qualifiedName` is there for the few local names two vocabularies share ("text:title", "svg:title").
   */
  open?(name: string, attributes: Record<string, string>, qualifiedName: string): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function parseXmlPart(bytes: Uint8Array, partName: string, kind: string, events: XmlEvents): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new UnreadableFileError(`it is not a well-formed ${kind}: its part “${partName}” declares a DOCTYPE, which no real ${kind} does.`);
  });
  if (events.open) {
    const open = events.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes, tag.name));
  }
  if (events.close) {
    const close = events.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (events.text) {
    const text = events.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    parser.write(decodeXml(bytes)).close();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`it is damaged: its part “${partName}” is not well-formed XML. If it was downloaded or copied, get it again.`, {
      cause: error,
    });
  }
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** Office and OpenDocument parts are UTF-8, or UTF-16 with a byte-order mark. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
