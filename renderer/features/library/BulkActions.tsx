// What can be done to the selected rows at once: set an attribute, add to or remove from a set, delete.
import { useState } from 'react';
import type { AttributeDefinition, DocumentRecord, DocumentSetRecord } from '../../../shared/model';
import { SetAttributeDialog } from '../metadata/SetAttributeDialog';
import { SetMembershipDialog } from '../sets/SetMembershipDialog';
import { DeleteDocumentsDialog } from './DeleteDocumentsDialog';

type Asking = 'attribute' | 'add' | 'remove' | 'delete' | null;

interface BulkActionsProps {
  documents: readonly DocumentRecord[];
  definitions: readonly AttributeDefinition[];
  sets: readonly DocumentSetRecord[];
  onDeleted(): void;
}

export function BulkActions({ documents, definitions, sets, onDeleted }: BulkActionsProps) {
  const [asking, setAsking] = useState<Asking>(null);
  // The dialog keeps the documents it was opened for, whatever happens to the selection meanwhile.
  const [target, setTarget] = useState<readonly DocumentRecord[]>([]);
  const ask = (what: Asking) => {
    setTarget(documents);
    setAsking(what);
  };
  const close = () => setAsking(null);
  const none = documents.length === 0;
  return (
    <section className="bulk-actions" aria-label="Selected documents">
      <span className="meta">{none ? 'Select documents to act on several at once.' : `${documents.length} selected`}</span>
      <button type="button" disabled={none} onClick={() => ask('attribute')}>
        Set attribute…
      </button>
      <button type="button" disabled={none} onClick={() => ask('add')}>
        Add to set…
      </button>
      <button type="button" disabled={none || sets.length === 0} onClick={() => ask('remove')}>
        Remove from set…
      </button>
      <button type="button" disabled={none} onClick={() => ask('delete')}>
        Delete…
      </button>
      {asking === 'attribute' ? <SetAttributeDialog documents={target} definitions={definitions} onClose={close} /> : null}
      {asking === 'add' || asking === 'remove' ? <SetMembershipDialog mode={asking} docIds={target.map((d) => d.id)} sets={sets} onClose={close} /> : null}
      {asking === 'delete' ? <DeleteDocumentsDialog documents={target} onDeleted={onDeleted} onClose={close} /> : null}
    </section>
  );
}
