// Edits of documents' fields and attributes from any screen (the library table, the info panel, bulk
// actions): each is one operation through commitChange, so undo and the audit trail cover it, and the
// researcher hears what changed.
import { useCallback } from 'react';
import type { AttributeDefinition, AttributeType, AttributeValue, DocumentMetadata, DocumentRecord } from '../../../shared/model';
import { coerceAttributeValue } from '../../../shared/attributes/attributeTypes';
import { storedName } from '../../../shared/attributes/nameForms';
import { withAttributes } from '../../../shared/changes/documentChanges';
import { editDocuments } from '../../db/documents';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { typedDate } from '../../../shared/attributes/typedDate';

export type EditableField = 'title' | keyof DocumentMetadata;

export const FIELD_NAMES: Record<EditableField, string> = { title: 'Title', author: 'Author', date: 'Date', source: 'Source', url: 'URL' };

export function useDocumentEdits() {
  const { db, coder } = useProject();
  const announce = useAnnounce();

  // The screen's rows say which documents to edit, not what they hold now: `edit` is applied to the
  // stored rows (editDocuments), so that it changes only its own field.
  const commit = useCallback(
    async (label: string, docs: readonly DocumentRecord[], edit: (doc: DocumentRecord) => DocumentRecord, newDefinition?: AttributeDefinition) => {
      try {
        if (await editDocuments(db, label, docs.map((doc) => doc.id), edit, coder.id, newDefinition)) announce(`${label}.`);
      } catch (error) {
        announce(`The change could not be saved: ${(error as Error).message}. Nothing was changed.`);
      }
    },
    [db, coder.id, announce],
  );

  /** Sets a bibliographic field (or the title) of documents. */
  const setField = useCallback(
    (docs: readonly DocumentRecord[], field: EditableField, value: string) => {
      // A date is kept as the day written in ISO form (`2017-05-16T08:30+02:00` and `16.05.2017` as
      // `2017-05-16`), as an import and the table store it: exports and sorting then give one form.
      // Text that is no date stays as typed.
      const date = field === 'date' ? typedDate(value) : null;
      const text = date?.ok ? date.day : value.trim();
      if (field === 'title' && !text) {
        announce('A document needs a title; the title was kept.');
        return Promise.resolve();
      }
      return commit(`${FIELD_NAMES[field]} of ${describe(docs)} ${text ? `set to “${text}”` : 'cleared'}`, docs, (doc) => ({ ...doc, [field]: text }));
    },
    [commit, announce],
  );

  /**
   * Sets an attribute of documents; `type` declares it when the project does not have it yet. The
   * value is stored as the attribute's type (text that does not fit stays text, never lost).
   */
  const setAttribute = useCallback(
    (docs: readonly DocumentRecord[], name: string, value: AttributeValue, type: AttributeType, isNew = false) => {
      // A new attribute's name is stored composed (nameForms.ts); an existing one keeps its stored spelling, its key.
      const key = isNew ? storedName(name) : name;
      const stored = coerceAttributeValue(value, type);
      const shown = stored === null ? 'cleared' : `set to “${typeof stored === 'boolean' ? (stored ? 'yes' : 'no') : stored}”`;
      return commit(`${key} of ${describe(docs)} ${shown}`, docs, (doc) => withAttributes(doc, { [key]: stored }), isNew ? { name: key, type } : undefined);
    },
    [commit],
  );

  return { setField, setAttribute };
}

function describe(docs: readonly DocumentRecord[]): string {
  return docs.length === 1 ? `“${docs[0]!.title}”` : `${docs.length} documents`;
}
