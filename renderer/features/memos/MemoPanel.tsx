// The memo panel beside the document. It stays open while coding and follows what is being coded: the
// coded passage under the cursor, else the document; tabs reach the document's, a code's and the
// project's memos. Above them, a search through every memo of the project. With no document open, it
// offers the codes' and the project's memos and the search.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, MemoRecord, MemoTargetType } from '../../../shared/model';
import type { MemoTarget } from '../../../shared/changes/memoChanges';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField } from '../../ui/SelectField';
import { MemoEditor } from './MemoEditor';
import { MemoSearch } from './MemoSearch';
import { OtherCodersMemos } from './OtherCodersMemos';
import { describeTarget, TARGET_TYPE_NAMES } from './memoTargets';
import { useMemoNavigation } from './MemoNavigation';

const ALL_TABS: readonly MemoTargetType[] = ['coding', 'document', 'code', 'project'];
const TABS_WITHOUT_DOCUMENT: readonly MemoTargetType[] = ['code', 'project'];

interface MemoPanelProps {
  /** The open document, if any. */
  doc: DocumentRecord | null;
  /** The coding under the cursor or chosen in the list, if any. */
  activeCoding: CodingRecord | null;
  /** The document's codings the screen shows. */
  codings: readonly CodingRecord[];
  codes: readonly CodeRecord[];
  codesById: ReadonlyMap<string, CodeRecord>;
  codersById: ReadonlyMap<string, CoderRecord>;
  onSelectCoding(coding: CodingRecord): void;
}

export function MemoPanel({ doc, activeCoding, codings, codes, codesById, codersById, onSelectCoding }: MemoPanelProps) {
  const { project, coder } = useProject();
  const navigation = useMemoNavigation();
  const announce = useAnnounce();
  const TABS = doc ? ALL_TABS : TABS_WITHOUT_DOCUMENT;
  const [tab, setTab] = useState<MemoTargetType>(activeCoding ? 'coding' : doc ? 'document' : 'project');
  const [codingId, setCodingId] = useState<string | null>(activeCoding?.id ?? null);
  const [codeId, setCodeId] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const tabRefs = useRef(new Map<MemoTargetType, HTMLButtonElement>());
  const baseId = useId();

  // Follow the coding under the cursor. While the focus is in the panel (writing, or selecting memo
  // text, which takes the selection out of the document) the memo being written stays.
  useEffect(() => {
    if (activeCoding) {
      setCodingId(activeCoding.id);
      setTab('coding');
    } else if (doc && !panelRef.current?.contains(document.activeElement)) {
      setCodingId(null);
      setTab((current) => (current === 'coding' ? 'document' : current));
    }
  }, [activeCoding?.id]);

  const coding = codings.find((c) => c.id === codingId) ?? null;
  const code = codesById.get(codeId ?? '') ?? (coding ? codesById.get(coding.codeId) : undefined) ?? codes[0];
  const names = useMemo(
    () => ({ documentTitle: (id: string) => (doc && id === doc.id ? doc.title : undefined), code: (id: string) => codesById.get(id), coding: (id: string) => codings.find((c) => c.id === id) }),
    [doc, codesById, codings],
  );
  const target: MemoTarget | null =
    tab === 'coding' ? (coding ? { targetType: 'coding', targetId: coding.id } : null)
    : tab === 'document' ? (doc ? { targetType: 'document', targetId: doc.id } : null)
    : tab === 'code' ? (code ? { targetType: 'code', targetId: code.id } : null)
    : { targetType: 'project', targetId: project.id };
  const describe = target ? (target.targetType === 'project' ? `the project “${project.name}”` : describeTarget(target, names)) : '';

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (TABS.indexOf(tab) + step + TABS.length) % TABS.length;
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    setTab(TABS[to]!);
    tabRefs.current.get(TABS[to]!)?.focus();
  };

  const open = (memo: MemoRecord) => {
    if (memo.targetType === 'coding') {
      const here = codings.find((c) => c.id === memo.targetId);
      if (here) {
        // Shown here, not only through the active coding: when the cursor is on this coding already,
        // selecting it changes nothing the panel follows, and another tab would stay open.
        setCodingId(here.id);
        setTab('coding');
        onSelectCoding(here);
      } else
        void navigation.openCoding(memo.targetId).then((found) => {
          if (!found) announce('The passage this memo was on is no longer coded; the memo is kept, and is in the memos export.');
        });
    } else if (memo.targetType === 'document') {
      if (memo.targetId === doc?.id) setTab('document');
      else navigation.openDocument(memo.targetId);
    } else if (memo.targetType === 'code') {
      setCodeId(memo.targetId);
      setTab('code');
    } else setTab('project');
  };

  return (
    <section className="panel memo-panel" aria-labelledby={`${baseId}-heading`} ref={panelRef}>
      <h2 id={`${baseId}-heading`}>Memos</h2>
      <MemoSearch codersById={codersById} onOpen={open} />
      <div role="tablist" aria-label="Memo on" className="memo-tabs" onKeyDown={onTabKey}>
        {TABS.map((type) => (
          <button
            key={type}
            ref={(el) => {
              if (el) tabRefs.current.set(type, el);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${type}`}
            aria-selected={tab === type}
            aria-controls={`${baseId}-tabpanel`}
            tabIndex={tab === type ? 0 : -1}
            onClick={() => setTab(type)}
          >
            {TARGET_TYPE_NAMES[type]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-tabpanel`} aria-labelledby={`${baseId}-tab-${tab}`}>
        {tab === 'code' && codes.length > 0 ? (
          <SelectField label="Code" layout="inline" value={code?.id ?? ''} options={codes.map((c) => ({ value: c.id, label: c.name }))} onChange={setCodeId} />
        ) : null}
        {target ? (
          <>
            <p className="memo-target">
              {coder.name}’s memo on {describe}
            </p>
            <MemoEditor
              key={`${project.id}:${target.targetType}:${target.targetId}:${coder.id}`}
              target={target}
              describe={describe}
              label={`Memo on ${describe}`}
              context={coding && target.targetType === 'coding' ? { docIds: [coding.docId], codeIds: [coding.codeId] } : undefined}
            />
            <OtherCodersMemos target={target} codersById={codersById} />
          </>
        ) : (
          <p className="hint">
            {tab === 'coding' ? 'Put the cursor on a coded passage, or choose one under Coded passages, to write its memo.' : 'The codebook is empty.'}
          </p>
        )}
      </div>
    </section>
  );
}
