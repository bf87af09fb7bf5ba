// Merging a code into another: choose the target, read what will happen, confirm. The code's own
// subcodes are not offered (a code cannot merge into its own branch).
import { useState } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { codePath } from '../../../shared/codebook/codePath';
import { descendantIds } from '../../../shared/codebook/codeTree';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';

interface MergeCodeDialogProps {
  code: CodeRecord;
  /** In tree order. */
  codes: readonly CodeRecord[];
  onConfirm(target: CodeRecord): void;
  onClose(): void;
}

export function MergeCodeDialog({ code, codes, onConfirm, onClose }: MergeCodeDialogProps) {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const excluded = new Set([code.id, ...descendantIds(codes, code.id)]);
  const targets = codes.filter((c) => !excluded.has(c.id));
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const target = byId.get(targetId);
  return (
    <Dialog title={`Merge “${code.name}” into another code`} onClose={onClose}>
      {targets.length === 0 ? (
        <p>There is no other code to merge it into.</p>
      ) : (
        <>
          <SelectField label="Merge into" value={targetId} options={targets.map((c) => ({ value: c.id, label: codePath(c, byId) }))} onChange={setTargetId} />
          <p>
            The codings of “{code.name}” will carry “{target?.name}”; where “{target?.name}” already marks the same passage for the same coder, the two
            become one. “{code.name}” is then deleted and its subcodes move under “{target?.name}”. You can undo this (Ctrl+Z).
          </p>
        </>
      )}
      <DialogActions onCancel={onClose}>
        <button
          type="button"
          disabled={!target}
          onClick={() => {
            onClose();
            if (target) onConfirm(target);
          }}
        >
          Merge
        </button>
      </DialogActions>
    </Dialog>
  );
}
