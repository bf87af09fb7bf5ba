// The text a reader sees in an HTML page, as paragraphs, without running or rendering anything: the
// page is tokenized (parse5's SAX parser, which follows the HTML standard's tokenizer, script and
// style bodies included) and the few tree rules that matter for text are applied here. parse5's own
// tree builder and htmlparser2 were not used because their open-element stacks cost time per level
// (htmlparser2 12 shifts an array on every tag: 500,000 nested <div>s took over three minutes); this
// stack is two arrays pushed and popped at the end, so depth costs nothing and nothing recurses.
//
// Left out: scripts, styles, templates, <noscript>, forms, embedded media, SVG/MathML, anything
// `hidden`, `aria-hidden="true"` or inline `display:none`/`visibility:hidden`, and page chrome
// (nav, aside, and a header or footer that belongs to the page rather than to an article).
import { SAXParser, type EndTag, type StartTag } from 'parse5-sax-parser';

export interface HtmlBlock {
  text: string;
  /** Inside <article> / <main> (or their ARIA roles); a <h1>. */
  inArticle: boolean;
  inMain: boolean;
  isH1: boolean;
}

export interface HtmlContent {
  blocks: HtmlBlock[];
  /** The text of <title>, whitespace collapsed. */
  title: string;
  /** name/property/itemprop (lower case) -> content, first occurrence wins; `canonical` from <link>. */
  meta: Map<string, string>;
  /** Bodies of <script type="application/ld+json">: data, never run. */
  jsonLd: string[];
}

const HIDDEN = 1;
const CHROME = 2;
const ARTICLE = 4;
const MAIN = 8;
const PRE = 16;
const TITLE = 32;
const H1 = 64;
const JSON_LD = 128;
const FOREIGN = 256;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);
const HIDDEN_ELEMENTS = new Set([
  'audio', 'button', 'canvas', 'datalist', 'embed', 'head', 'iframe', 'map', 'noembed', 'noframes', 'noscript', 'object',
  'script', 'select', 'style', 'template', 'textarea', 'video',
]);
const CHROME_ROLES = new Set(['banner', 'complementary', 'contentinfo', 'navigation', 'search']);
const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * Elements no implied or stray end tag reaches through (the HTML standard's scope boundaries, with the
 * button scope a <p> has, and a <select>, whose own insertion mode ignores block tags). Several of
 * them hide their content: a <div> in a <template> inside an open paragraph must not close that
 * paragraph, or the template's content would become the page's text.
 */
const SCOPE_BOUNDARIES = ['applet', 'button', 'marquee', 'object', 'select', 'template'];

/** Elements a start tag closes implicitly (as the HTML standard's tree builder would), and where the search stops. */
const IMPLIED_CLOSE: Record<string, { closes: Set<string>; stopAt: Set<string> }> = (() => {
  const rule = (closes: string[], stopAt: string[]) => ({ closes: new Set(closes), stopAt: new Set([...stopAt, ...SCOPE_BOUNDARIES]) });
  const pCloser = rule(['p'], [...BLOCK].filter((b) => b !== 'p'));
  const table: Record<string, { closes: Set<string>; stopAt: Set<string> }> = {};
  for (const block of BLOCK) table[block] = pCloser;
  table.li = rule(['li'], ['ul', 'ol', 'menu', 'dir', 'table']);
  table.dt = table.dd = rule(['dt', 'dd'], ['dl', 'table']);
  table.tr = rule(['tr'], ['table', 'tbody', 'thead', 'tfoot']);
  table.td = table.th = rule(['td', 'th'], ['tr', 'table']);
  table.tbody = table.thead = table.tfoot = rule(['tbody', 'thead', 'tfoot'], ['table']);
  table.option = rule(['option'], ['select', 'datalist']);
  return table;
})();
const SCOPE_BOUNDARY = new Set(SCOPE_BOUNDARIES);

/** How far down the stack a start or end tag looks for its partner: bounded, so mismatched tags in a deep page stay linear. */
const SEARCH_DEPTH = 512;

export async function readHtml(source: string): Promise<HtmlContent> {
  const reader = new HtmlReader();
  const parser = new SAXParser();
  parser.on('startTag', (tag: StartTag) => reader.start(tag));
  parser.on('endTag', (tag: EndTag) => reader.end(tag.tagName));
  parser.on('text', ({ text }: { text: string }) => reader.text(text));
  await new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', reject);
    // The parser is also a pass-through stream; its output is not wanted, but must flow for it to finish.
    parser.resume();
    parser.end(source);
  });
  return reader.finish();
}

class HtmlReader {
  private readonly names: string[] = [];
  private readonly flags: number[] = [];
  private readonly blocks: HtmlBlock[] = [];
  private readonly meta = new Map<string, string>();
  private readonly jsonLd: string[] = [];
  private buffer = '';
  private bufferFlags = 0;
  private title = '';
  private script = '';
  /** A newline right after <pre> is not part of the text (HTML standard). */
  private skipNewline = false;

  start(tag: StartTag): void {
    const name = tag.tagName;
    const parent = this.top();
    if (parent & FOREIGN) {
      // Inside <svg>/<math> a self-closing tag has no end tag.
      if (!tag.selfClosing) this.push(name, parent);
      return;
    }
    this.closeImplied(name);
    const attrs = new Map(tag.attrs.map((a) => [a.name, a.value]));
    this.collectMeta(name, attrs);
    if (name === 'br') return this.lineBreak();
    if (VOID.has(name)) {
      if (name === 'hr' && !(this.top() & HIDDEN)) this.flush();
      return;
    }
    const own = this.flagsFor(name, attrs, this.top());
    // A hidden block draws no box, so it does not split the visible text around it into paragraphs.
    if (BLOCK.has(name) && !((this.top() | own) & HIDDEN)) this.flush();
    this.push(name, this.top() | own);
    if (name === 'pre' || name === 'listing') this.skipNewline = true;
  }

  end(name: string): void {
    if (this.top() & FOREIGN && name !== 'svg' && name !== 'math') {
      this.popTo(name);
      return;
    }
    if (name === 'br') return this.lineBreak();
    if (!this.popTo(name) && BLOCK.has(name) && !(this.top() & HIDDEN)) this.flush();
  }

  text(text: string): void {
    const flags = this.top();
    if (flags & TITLE) {
      this.title += text;
      return;
    }
    if (flags & JSON_LD) {
      this.script += text;
      return;
    }
    if (flags & (HIDDEN | CHROME)) return;
    if (this.skipNewline) {
      this.skipNewline = false;
      if (text.startsWith('\n')) text = text.slice(1);
    }
    if (flags & PRE) {
      this.buffer += text;
    } else {
      const collapsed = text.replace(/[ \t\n\r\f]+/gu, ' ');
      this.buffer += this.buffer === '' || this.buffer.endsWith(' ') || this.buffer.endsWith('\n') ? collapsed.replace(/^ /u, '') : collapsed;
    }
    if (/\S/u.test(text)) this.bufferFlags |= flags;
  }

  finish(): HtmlContent {
    while (this.names.length > 0) this.pop();
    this.flush();
    return { blocks: this.blocks, title: this.title.replace(/\s+/gu, ' ').trim(), meta: this.meta, jsonLd: this.jsonLd };
  }

  private flagsFor(name: string, attrs: Map<string, string>, parent: number): number {
    let own = 0;
    const role = attrs.get('role')?.toLowerCase() ?? '';
    if (name === 'title') own |= TITLE | HIDDEN;
    else if (name === 'script' && attrs.get('type')?.trim().toLowerCase() === 'application/ld+json') own |= JSON_LD | HIDDEN;
    else if (name === 'svg' || name === 'math') own |= FOREIGN | HIDDEN;
    else if (HIDDEN_ELEMENTS.has(name) || isHidden(name, attrs)) own |= HIDDEN;
    if (name === 'nav' || name === 'aside' || CHROME_ROLES.has(role)) own |= CHROME;
    // A header or footer is the page's (masthead, copyright) unless it belongs to an article or the main content.
    if ((name === 'header' || name === 'footer') && !(parent & (ARTICLE | MAIN))) own |= CHROME;
    if (name === 'article' || role === 'article') own |= ARTICLE;
    if (name === 'main' || role === 'main') own |= MAIN;
    if (name === 'pre' || name === 'listing' || name === 'plaintext') own |= PRE;
    if (name === 'h1') own |= H1;
    return own;
  }

  private collectMeta(name: string, attrs: Map<string, string>): void {
    const content = attrs.get('content') ?? (name === 'time' ? attrs.get('datetime') : undefined);
    const key = (attrs.get('name') ?? attrs.get('property') ?? attrs.get('itemprop'))?.trim().toLowerCase();
    if (key && content?.trim() && !this.meta.has(key)) this.meta.set(key, content.trim());
    if (name === 'link' && attrs.get('rel')?.toLowerCase().split(/\s+/u).includes('canonical')) {
      const href = attrs.get('href')?.trim();
      if (href && !this.meta.has('canonical')) this.meta.set('canonical', href);
    }
  }

  private closeImplied(name: string): void {
    if (this.names.at(-1) === 'head' && !HEAD_CONTENT.has(name)) this.pop();
    const rule = IMPLIED_CLOSE[name];
    if (!rule) return;
    const floor = Math.max(0, this.names.length - SEARCH_DEPTH);
    for (let i = this.names.length - 1; i >= floor; i--) {
      const open = this.names[i]!;
      if (rule.closes.has(open)) {
        while (this.names.length > i) this.pop();
        return;
      }
      if (rule.stopAt.has(open)) return;
    }
  }

  /** Pops down to the nearest open `name`; false when none is open near the top, or only beyond a scope boundary. */
  private popTo(name: string): boolean {
    const floor = Math.max(0, this.names.length - SEARCH_DEPTH);
    for (let i = this.names.length - 1; i >= floor; i--) {
      const open = this.names[i]!;
      if (open !== name) {
        if (SCOPE_BOUNDARY.has(open)) return false;
        continue;
      }
      while (this.names.length > i) this.pop();
      return true;
    }
    return false;
  }

  private push(name: string, flags: number): void {
    this.names.push(name);
    this.flags.push(flags);
  }

  private pop(): void {
    const name = this.names.pop()!;
    const flags = this.flags.pop()!;
    if (flags & JSON_LD && !(this.top() & JSON_LD)) {
      this.jsonLd.push(this.script);
      this.script = '';
    }
    if (flags & TITLE && !(this.top() & TITLE)) this.title += ' ';
    if (BLOCK.has(name) && !(flags & HIDDEN)) this.flush();
  }

  private top(): number {
    return this.flags.at(-1) ?? 0;
  }

  private lineBreak(): void {
    if (this.top() & (HIDDEN | CHROME)) return;
    this.buffer = this.buffer.replace(/ +$/u, '') + '\n';
  }

  private flush(): void {
    const flags = this.bufferFlags;
    // Preformatted text keeps its indentation; elsewhere spaces at the ends of lines are layout.
    const text = flags & PRE ? this.buffer.replace(/^\n+|\s+$/gu, '') : trimSpacesAndNewlines(this.buffer.includes('\n') ? this.buffer.replace(/ +\n/gu, '\n') : this.buffer);
    if (text) {
      this.blocks.push({ text, inArticle: (flags & ARTICLE) !== 0, inMain: (flags & MAIN) !== 0, isH1: (flags & H1) !== 0 });
    }
    this.buffer = '';
    this.bufferFlags = 0;
  }
}

/**
 * The text without spaces and line feeds at either end: what /^[ \n]+|[ \n]+$/gu leaves, without that
 * pattern's attempt at every space of the paragraph (about a quarter of a web page's extraction time,
 * per a CPU profile of 1,000 documents' extraction).
 */
function trimSpacesAndNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrNewline(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrNewline(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpaceOrNewline(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a;
}

function isHidden(name: string, attrs: Map<string, string>): boolean {
  // `hidden="until-found"` is collapsed content (an accordion) that find-in-page reveals: a reader can see it.
  const hidden = attrs.get('hidden');
  if (hidden !== undefined && hidden.toLowerCase() !== 'until-found') return true;
  if (attrs.get('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  if (name === 'dialog' && !attrs.has('open')) return true;
  if (name === 'input' && attrs.get('type')?.toLowerCase() === 'hidden') return true;
  const style = attrs.get('style');
  return style !== undefined && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important)?\s*(;|$)/iu.test(style);
}
