// Merging a code into another: choose the target, read what will happen, confirm. The code's own
// subcodes are not offered (a code cannot merge into its own branch). What happens to each subcode is
// said one by one (mergePreview.ts): a subcode named like one of the target's merges into it rather
// than moving beside it, which a researcher must know before confirming.
import { useMemo, useState } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { codePath } from '../../../shared/codebook/codePath';
import { descendantIds } from '../../../shared/codebook/codeTree';
import { CodebookError } from '../../../shared/codebook/codeNames';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { subcodeFates, type SubcodeFate } from './mergePreview';
import { commandKeys } from '../../commands/shownKeys';

interface MergeCodeDialogProps {
  code: CodeRecord;
  /** In tree order. */
  codes: readonly CodeRecord[];
  onConfirm(target: CodeRecord): void;
  onClose(): void;
}

export function MergeCodeDialog({ code, codes, onConfirm, onClose }: MergeCodeDialogProps) {
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const excluded = new Set([code.id, ...descendantIds(codes, code.id)]);
  const targets = codes.filter((c) => !excluded.has(c.id));
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const target = byId.get(targetId);
  // A merge that can no longer be made (Undo took one of the codes away meanwhile) says why, here.
  const preview = useMemo(() => {
    if (!target) return { fates: [], problem: null };
    try {
      return { fates: subcodeFates(codes, code.id, target.id), problem: null };
    } catch (error) {
      if (error instanceof CodebookError) return { fates: [], problem: error.message };
      throw error;
    }
  }, [codes, code.id, target]);
  const { fates, problem } = preview;
  const path = (c: CodeRecord) => `“${codePath(c, byId)}”`;
  return (
    <Dialog title={`Merge “${code.name}” into another code`} onClose={onClose}>
      {targets.length === 0 ? (
        <p>There is no other code to merge it into.</p>
      ) : problem ? (
        <p role="alert">{problem}</p>
      ) : (
        <>
          <SelectField label="Merge into" value={targetId} options={targets.map((c) => ({ value: c.id, label: codePath(c, byId) }))} onChange={setTargetId} />
          <p>
            The codings of “{code.name}” will carry “{target?.name}”; where “{target?.name}” already marks the same passage for the same coder, the two
            become one. Memos go with their codes and codings. “{code.name}” is then deleted{fates.length ? ', and its subcodes:' : '.'}
          </p>
          {fates.length ? (
            <ul className="merge-subcodes">
              {fateLines(fates, path).map((line, i) => (
                // Drawn afresh from the codebook each time, and two could read alike: keyed by place.
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
          <p>You can undo this ({commandKeys('undo')}).</p>
        </>
      )}
      <DialogActions onCancel={onClose}>
        <button
          type="button"
          disabled={!target || problem !== null}
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

/** One line per merge, and one per group of subcodes moving under the same code one after another. */
function fateLines(fates: readonly SubcodeFate[], path: (code: CodeRecord) => string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < fates.length; ) {
    const fate = fates[i]!;
    if (fate.kind === 'merges') {
      lines.push(`${path(fate.code)} merges into ${path(fate.to)}, which has the same name: its codings will carry ${path(fate.to)}.`);
      i++;
      continue;
    }
    const moving: CodeRecord[] = [];
    for (; i < fates.length && fates[i]!.kind === 'moves' && fates[i]!.to.id === fate.to.id; i++) moving.push(fates[i]!.code);
    lines.push(`${listed(moving.map(path))} ${moving.length === 1 ? 'moves' : 'move'} under ${path(fate.to)}.`);
  }
  return lines;
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
