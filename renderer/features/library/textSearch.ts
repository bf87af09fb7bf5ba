// Search by title and by text across the project, kept off React's render path: the library calls it
// after the researcher stops typing, and it answers from texts it has already read. Texts never change
// under a document (a corrected version is a new import), so each is read from IndexedDB once.
// Title, text and query are compared in one form (foldPhrase): case, accents, typographic quotes and
// hyphens, and line breaks do not stop a phrase being found.
import { foldPhrase as fold } from '../../../shared/search/phraseFold';
import type { ProjectDatabase } from '../../db/projectDatabase';

export class TextSearch {
  private readonly folded = new Map<string, string>();

  constructor(private readonly db: ProjectDatabase) {}

  /** The ids among `documents` whose title or text contains `query`, ignoring case and accents. */
  async search(query: string, documents: ReadonlyArray<{ id: string; title: string }>): Promise<Set<string>> {
    const needle = fold(query.trim());
    const found = new Set<string>();
    if (!needle) return new Set(documents.map((d) => d.id));
    await this.load(documents.map((d) => d.id));
    for (const doc of documents) {
      if (fold(doc.title).includes(needle) || this.folded.get(doc.id)?.includes(needle)) found.add(doc.id);
    }
    return found;
  }

  private async load(ids: readonly string[]): Promise<void> {
    const wanted = new Set(ids);
    for (const id of this.folded.keys()) if (!wanted.has(id)) this.folded.delete(id);
    const missing = ids.filter((id) => !this.folded.has(id));
    // In slices, so that a first search over thousands of documents does not hold one long task.
    for (let i = 0; i < missing.length; i += 200) {
      const slice = missing.slice(i, i + 200);
      const texts = await this.db.texts.bulkGet(slice);
      slice.forEach((id, j) => this.folded.set(id, fold(texts[j]?.text ?? '')));
    }
  }
}
