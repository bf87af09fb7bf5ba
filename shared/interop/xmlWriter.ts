// A small XML writer for REFI-QDA files. Written here rather than taken from an XML builder because
// two things must hold exactly and are easy to check in a hundred lines: children come out in the
// order the schema's sequences demand (Project.xsd fixes them), and every character survives a
// conforming parser: `&`, `<`, `"` escaped; carriage returns, tabs and newlines in attributes written
// as character references (a parser turns literal ones into spaces, XML 1.0 §3.3.3) and a carriage
// return in text as `&#13;` (a parser turns a literal CR LF into LF, §2.11).

export interface XmlElement {
  name: string;
  /** In the order written; an undefined value leaves the attribute out. */
  attributes?: ReadonlyArray<readonly [string, string | undefined]>;
  /** Child elements, in order; or text content (never both: REFI-QDA has no mixed content). */
  children?: ReadonlyArray<XmlElement | null | undefined | false>;
  text?: string;
}

/** XML 1.0 allows these characters only (§2.2); anything else (a NUL, a lone surrogate) becomes U+FFFD. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\r/gu, '&#13;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/gu, '&quot;').replace(/\t/gu, '&#9;').replace(/\n/gu, '&#10;');
}

/** The element as a document: UTF-8 declaration (no byte-order mark: ATLAS.ti rejects one), two-space indents. */
export function xmlDocument(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function write(element: XmlElement, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = (element.attributes ?? [])
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = (element.children ?? []).filter((child): child is XmlElement => Boolean(child));
  if (element.text !== undefined && element.text !== '') {
    // Text elements stay on one line: indentation inside them would become part of the text.
    lines.push(`${indent}<${element.name}${attributes}>${escapeText(element.text)}</${element.name}>`);
  } else if (children.length === 0) {
    lines.push(`${indent}<${element.name}${attributes}/>`);
  } else {
    lines.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) write(child, depth + 1, lines);
    lines.push(`${indent}</${element.name}>`);
  }
}
