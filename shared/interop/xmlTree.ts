// Reading REFI-QDA XML into a plain tree of elements (fast-xml-parser, in its order-preserving form).
// Namespaces are dropped from names: tools disagree on them (ATLAS.ti's codebook declares
// `codebook:0:4` in its schemaLocation), and nothing in the format depends on them. Unknown elements
// and attributes simply stay in the tree, where nobody asks for them.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The element's own text (text and CDATA children, joined). */
  text: string;
}

/** The XML could not be read; the message (a predicate: "is not well-formed XML…") says where and why. */
export class XmlReadError extends Error {
  override name = 'XmlReadError';
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Character references (`&#13;`, `&#x1F600;`) are decoded by this switch in fast-xml-parser.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

type Parsed = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The root element of an XML text, or an XmlReadError saying what is wrong with it. */
export function parseXml(xml: string): XmlNode {
  const withoutBom = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  // A document type declaration can define entities that expand without end ("billion laughs"); no
  // REFI-QDA file has one, so a file that does is refused rather than expanded.
  if (declaresDoctype(withoutBom)) throw new XmlReadError('declares a document type (DOCTYPE), which REFI-QDA files never do');
  // XML 1.0 §2.11: a parser reads CR LF and a lone CR as LF before anything else.
  const text = withoutBom.replace(/\r\n?/gu, '\n');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlReadError(`is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`);
  const nodes = toNodes(parser.parse(text) as Parsed[]);
  const root = nodes[0];
  if (!root) throw new XmlReadError('holds no XML element');
  return root;
}

/**
 * Whether the prolog (what comes before the root element) holds a document type declaration, however
 * long the comments and processing instructions before it (XML 1.0 §2.8: a DOCTYPE may only come
 * there). Each is skipped whole, so "<!DOCTYPE" in a comment is not one, nor is it in the document's
 * text. A comment or instruction left open ends the scan: the validator then refuses the file.
 */
function declaresDoctype(xml: string): boolean {
  for (let at = xml.indexOf('<'); at >= 0; ) {
    const close = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<?', at) ? '?>' : null;
    if (close === null) return /^<!DOCTYPE/iu.test(xml.slice(at, at + 9));
    const end = xml.indexOf(close, at + (close === '-->' ? 4 : 2));
    if (end < 0) return false;
    at = xml.indexOf('<', end + close.length);
  }
  return false;
}

function toNodes(items: Parsed[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) continue;
    const content = item[name] as Parsed[];
    const node: XmlNode = { name, attributes: { ...(item[':@'] ?? {}) }, children: toNodes(content), text: '' };
    node.text = content.map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join('');
    nodes.push(node);
  }
  return nodes;
}

/** The children called `name`. */
export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((child) => child.name === name) : [];
}

/** The first child called `name`. */
export function childNamed(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((child) => child.name === name);
}
