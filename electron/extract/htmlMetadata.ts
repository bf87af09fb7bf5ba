// Bibliographic facts a web page states about itself: meta tags (Open Graph, Dublin Core, Highwire
// `citation_*` as Google Scholar reads them, news sites' own) and schema.org JSON-LD. The JSON-LD is
// parsed as data (JSON.parse), never run.
import type { DocumentMetadata } from '../../shared/model';
import { toIsoDate } from './isoDate';

const AUTHOR_KEYS = ['author', 'citation_author', 'dc.creator', 'dcterms.creator', 'article:author', 'parsely-author', 'sailthru.author', 'byl'];
const DATE_KEYS = [
  'article:published_time', 'datepublished', 'citation_publication_date', 'citation_date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'date', 'pubdate', 'publish-date', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'og:published_time',
];
const SOURCE_KEYS = ['og:site_name', 'citation_journal_title', 'citation_publisher', 'dc.publisher', 'dcterms.publisher', 'application-name'];
const URL_KEYS = ['canonical', 'og:url'];

export function htmlMetadata(meta: Map<string, string>, jsonLd: string[]): Partial<DocumentMetadata> {
  const linked = fromJsonLd(jsonLd);
  const pick = (keys: string[], accept: (v: string) => boolean = () => true) => keys.map((k) => meta.get(k)).find((v) => v !== undefined && accept(v));
  const result: Partial<DocumentMetadata> = {};
  // `article:author` is often a profile URL rather than a name.
  const author = pick(AUTHOR_KEYS, (v) => !/^https?:/iu.test(v))?.replace(/^by\s+/iu, '') ?? linked.author;
  const date = toIsoDate(pick(DATE_KEYS, (v) => toIsoDate(v) !== '') ?? linked.date ?? '');
  const source = pick(SOURCE_KEYS) ?? linked.source;
  const url = pick(URL_KEYS, (v) => /^https?:\/\//iu.test(v)) ?? linked.url;
  if (author) result.author = author;
  if (date) result.date = date;
  if (source) result.source = source;
  if (url) result.url = url;
  return result;
}

interface Linked {
  author?: string;
  date?: string;
  source?: string;
  url?: string;
}

/** The first schema.org object that says when it was published (an Article, NewsArticle, BlogPosting…). */
function fromJsonLd(scripts: string[]): Linked {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    // Breadth-first over arrays and @graph, never deeper than two levels: no recursion on page data.
    const queue: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of [...queue]) if (isObject(item) && Array.isArray(item['@graph'])) queue.push(...item['@graph']);
    const article = queue.find((item): item is Record<string, unknown> => isObject(item) && typeof item.datePublished === 'string');
    if (!article) continue;
    const linked: Linked = { date: article.datePublished as string };
    const author = nameOf(Array.isArray(article.author) ? article.author[0] : article.author);
    const source = nameOf(article.publisher);
    const url = typeof article.url === 'string' ? article.url : undefined;
    if (author) linked.author = author;
    if (source) linked.source = source;
    if (url) linked.url = url;
    return linked;
  }
  return {};
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObject(value) && typeof value.name === 'string' ? value.name : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
