// Working through the disagreements: a list by document and place in the text, each shown with every
// coder's codings side by side on the passage, opened at its place in Code, and settled into the
// consensus coder through the write path (one operation each: it shows in History and undoes).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { agreedPassageHolds, disagreementHolds, type AgreedPassage, type Disagreement, type DisagreementKind } from '../../../shared/agreement/disagreements';
import { consensusFromAgreed, type AdjudicationDecision } from '../../../shared/agreement/adjudication';
import { adoptAgreedChange, settleChange } from '../../../shared/changes/adjudicationChanges';
import type { CodeRecord, CoderRecord, CodingRecord } from '../../../shared/model';
import { standingDecisions } from '../../../shared/agreement/adjudicationLog';
import { CONSENSUS_CODER_NAME } from '../../../shared/coders/consensusCoder';
import { excerpt } from '../../../shared/text/excerpt';
import { graphemeCeil, graphemeFloor } from '../../../shared/text/graphemes';
import { adjudicationSteps, consensusEverywhere, consensusState, findConsensusCoder, storeConsensusCoder } from '../../db/agreementData';
import { commitChange } from '../../db/changes';
import { liveMinting } from '../../db/ids';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField } from '../../ui/SelectField';
import { useMemoNavigation } from '../memos/MemoNavigation';
import { useProject } from '../projects/ProjectContext';
import { useKeptState } from './useKeptState';
import { EditedPassage } from './EditedPassage';
import { codingNames } from '../coding/CodesHerePanel';
import { characterPlace } from '../../../shared/agreement/passagePlace';
import { useDocumentCharacters, type DocumentCharacters } from './useDocumentCharacters';
import { filterDisagreements, shownWords } from './disagreementFilter';

const KIND_WORDS: Record<DisagreementKind, string> = {
  'coded-by-some': 'coded by one coder only',
  'different-codes': 'different codes',
  boundaries: 'boundaries differ',
};

/** UTF-16 units of text shown around a disagreement's passage, widened to whole characters. */
const CONTEXT = 60;

/** Controls whose arrow keys (Alt+arrows too) are their own: a select and the list it opens. */
const DROPDOWN = 'select, [role="combobox"], [aria-haspopup="listbox"], [role="listbox"], [role="option"]';

/** For naming one coder's codings apart: the buttons name the coder themselves. */
const NO_CODERS: ReadonlyMap<string, CoderRecord> = new Map();

interface Props {
  disagreements: readonly Disagreement[];
  /** False when the list was not made: fewer than two coders besides the consensus coder compared. */
  listed: boolean;
  agreed: readonly AgreedPassage[];
  input: { coders: ReadonlyArray<{ id: string; name: string }>; codes: readonly CodeRecord[] };
}

export function Adjudication({ disagreements, listed, agreed, input }: Props) {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const { openCoding } = useMemoNavigation();
  // Which disagreements are settled, and how: read from the operations log (each decision is one
  // operation), so that progress travels with the project and follows undo and redo.
  const docIds = useMemo(() => [...new Set(disagreements.map((d) => d.docId))], [disagreements]);
  const steps = useLiveQuery(() => adjudicationSteps(db, docIds), [db, docIds]);
  const decisions = useMemo(() => standingDecisions(steps ?? []), [steps]);
  const titles = useLiveQuery(async () => new Map((await db.documents.toArray()).map((d) => [d.id, d.title])), [db]) ?? new Map<string, string>();
  // Named as it is now: the researcher may have renamed it (or, before the first decision, as it will be).
  const consensusName = useLiveQuery(() => findConsensusCoder(db), [db])?.consensus.name ?? CONSENSUS_CODER_NAME;
  // The selection is kept by id, so that a report computed again keeps it where it still exists.
  const [selectedId, setSelectedId] = useKeptState<string | null>(db, 'disagreement', null);
  const [codeFilter, setCodeFilter] = useKeptState(db, 'disagreementCode', '');
  const [docFilter, setDocFilter] = useKeptState(db, 'disagreementDocument', '');
  const shown = useMemo(() => filterDisagreements(disagreements, { codeId: codeFilter, docId: docFilter }), [disagreements, codeFilter, docFilter]);
  const index = Math.max(0, shown.findIndex((d) => d.id === selectedId));
  const current = shown[index];
  const currentDocument = useDocumentCharacters(db, current?.docId);
  const setIndex = (i: number) => setSelectedId(shown[i]?.id ?? null);
  const codeChoices = input.codes.filter((code) => disagreements.some((d) => d.codeIds.includes(code.id)));
  const docChoices = [...new Set(disagreements.map((d) => d.docId))];
  const coderName = useCallback((id: string) => input.coders.find((c) => c.id === id)?.name ?? 'a coder', [input.coders]);
  const codeName = (id: string) => input.codes.find((c) => c.id === id)?.name ?? 'deleted code';
  const codesById = useMemo(() => new Map(input.codes.map((c) => [c.id, c])), [input.codes]);
  const settledCount = disagreements.filter((d) => decisions.has(d.id)).length;

  const list = useRef<HTMLUListElement>(null);
  // "Show every disagreement" goes with the empty list it stood for: the keyboard goes to the list.
  const listAfterWidening = useRef(false);
  useEffect(() => {
    if (!listAfterWidening.current || !list.current) return;
    listAfterWidening.current = false;
    list.current.focus();
  });
  const go = (step: number) => setIndex(Math.max(0, Math.min(shown.length - 1, index + step)));
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const onList = target === list.current;
    if (onList && (event.key === 'Home' || event.key === 'End') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      setIndex(event.key === 'Home' ? 0 : shown.length - 1);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    // Plain arrows move through the list when it has focus; Alt+arrows from anywhere in the section,
    // except in a dropdown (a filter, its open list, which React carries here through its portal):
    // there Alt+↓ opens the list and the arrows choose in it.
    if (!onList && (!event.altKey || target.closest(DROPDOWN) !== null)) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const stays = shown[index + step] === undefined;
    go(step);
    // The detail shown is replaced by the next disagreement's, and the control that had the keyboard
    // with it: the keyboard goes to the list, as after a decision, so that Alt+arrows go on stepping.
    if (!stays && target.closest('.disagreement') !== null) list.current?.focus();
  };

  const settle = async (disagreement: Disagreement, decision: AdjudicationDecision) => {
    const title = titles.get(disagreement.docId) ?? 'the document';
    try {
      // Read and written in one transaction: a second click (or window) must find what the first wrote.
      const outcome = await db.transaction('rw', [db.coders, db.codings, db.memos, db.texts, db.codingCounts, db.operations], async () => {
        if (!disagreementHolds(disagreement, await db.codings.where('docId').equals(disagreement.docId).toArray())) return 'moved on' as const;
        const state = await consensusState(db, disagreement.docId);
        const standing = standingDecisions(await adjudicationSteps(db, [disagreement.docId])).get(disagreement.id);
        const { change } = settleChange(disagreement, decision, {
          consensus: state.consensus,
          consensusCodings: state.codings,
          consensusMemos: state.memos,
          text: state.text,
          coderName,
          codeName,
          minting: liveMinting(),
          ...(standing ? { standing } : {}),
          otherDisagreements: disagreements,
          agreedPassages: agreed,
        });
        if (change) {
          await storeConsensusCoder(db, state);
          await commitChange(db, change, { coderId: coder.id });
        }
        return { change, standing };
      });
      if (outcome === 'moved on') {
        announce(`The codings of this disagreement in “${title}” changed since the list was computed, so nothing was written. Compute agreement again to settle it as it is now.`);
        return;
      }
      announce(outcome.change ? `${outcome.change.label} in “${title}”.` : `Already settled in “${title}”: ${outcome.standing!.words}.`);
      const next = shown.findIndex((d, i) => i > index && !decisions.has(d.id));
      if (next >= 0) {
        setIndex(next);
        // The decision's buttons go with the disagreement they settled: the keyboard goes to the list,
        // where the arrows (and Alt+arrows) go on through it.
        list.current?.focus();
      }
    } catch (error) {
      announce(`The disagreement in “${title}” could not be settled: ${(error as Error).message}`);
    }
  };

  // The list is computed once and the coders may go on coding: a coding gone since has nowhere to open.
  const open = async (coding: CodingRecord) => {
    if (await openCoding(coding.id)) return;
    const title = titles.get(coding.docId) ?? 'the document';
    announce(`${coderName(coding.coderId)}’s “${codeName(coding.codeId)}” coding on “${excerpt(coding.quote, 40)}” in “${title}” was removed since the list was computed, so it cannot be opened. Compute agreement again to see the disagreements as they are now.`);
  };

  // What every coder compared coded alike goes into the consensus as it is, in one step.
  const adoptAgreed = async () => {
    try {
      const docIds = [...new Set(agreed.map((p) => p.docId))];
      // One transaction, as settling: a double click must find the codings (and coder) the first wrote.
      const outcome = await db.transaction('rw', [db.coders, db.codings, db.texts, db.codingCounts, db.operations], async () => {
        const state = await consensusEverywhere(db, docIds);
        const current = await db.codings.where('docId').anyOf(docIds).toArray();
        const { consensus } = state;
        const parties = input.coders.map((c) => c.id).filter((id) => id !== consensus.id);
        if (!agreed.every((passage) => agreedPassageHolds(passage, parties, current))) return 'moved on' as const;
        const minting = liveMinting();
        const rows = consensusFromAgreed(agreed, (docId) => state.texts.get(docId) ?? '', { consensusCoderId: consensus.id, newId: minting.newId, now: minting.now });
        const change = adoptAgreedChange(rows, { consensus, consensusCodings: state.codings });
        if (change.changes.length > 0) {
          await storeConsensusCoder(db, state);
          await commitChange(db, change, { coderId: coder.id });
        }
        return { change, name: consensus.name };
      });
      if (outcome === 'moved on') announce(`Some agreed passages were recoded since the list was computed, so nothing was taken into ${consensusName}. Compute agreement again to take them as they are now.`);
      else if (outcome.change.changes.length === 0) announce(`${outcome.name} already holds every agreed passage.`);
      else announce(`${outcome.change.label}.`);
    } catch (error) {
      announce(`The agreed passages could not be taken into ${consensusName}: ${(error as Error).message}`);
    }
  };

  return (
    <section className="adjudication" aria-labelledby="adjudication-heading" onKeyDown={onKeyDown}>
      <h3 id="adjudication-heading">Disagreements</h3>
      {agreed.length > 0 ? (
        <p>
          {agreed.length} {agreed.length === 1 ? 'passage was' : 'passages were'} coded alike by every coder compared.{' '}
          <button type="button" onClick={() => void adoptAgreed()}>
            Take agreed passages into {consensusName}
          </button>
        </p>
      ) : null}
      {!listed ? (
        // The consensus coder is where disagreements are settled, not a party to them: compared with one
        // coder, the table shows how far that coder is from it, and there is no list to work through.
        <p>Disagreements are listed between two or more coders other than {consensusName}, to be settled into it. Choose two or more of them to list where they disagree.</p>
      ) : disagreements.length === 0 ? (
        <p>The coders compared do not disagree anywhere in these documents.</p>
      ) : (
        <>
          <p role="status" aria-label="Adjudication progress">
            {settledCount} of {disagreements.length} disagreements settled into {consensusName}.
          </p>
          <div className="adjudication-filters">
            <SelectField
              label="Disagreements on"
              layout="inline"
              value={codeFilter}
              options={[{ value: '', label: 'Every code' }, ...codeChoices.map((code) => ({ value: code.id, label: code.name }))]}
              onChange={setCodeFilter}
            />
            <SelectField
              label="In"
              layout="inline"
              value={docFilter}
              options={[{ value: '', label: 'Every document' }, ...docChoices.map((docId) => ({ value: docId, label: titles.get(docId) ?? 'Document' }))]}
              onChange={setDocFilter}
            />
          </div>
          {/* Always there, so that a screen reader hears what a filter leaves (none, above all). */}
          <p role="status" aria-label="Disagreements shown" className="adjudication-shown">
            {shownWords(shown.length, disagreements.length, { code: codeFilter === '' ? null : codeName(codeFilter), document: docFilter === '' ? null : (titles.get(docFilter) ?? 'Document') })}
          </p>
          {shown.length === 0 ? (
            <button
              type="button"
              onClick={() => {
                setCodeFilter('');
                setDocFilter('');
                listAfterWidening.current = true;
              }}
            >
              Show every disagreement
            </button>
          ) : (
            <>
              <div className="adjudication-layout">
                <ul
                  ref={list}
                  role="listbox"
                  aria-label="Disagreements"
                  tabIndex={0}
                  aria-activedescendant={current ? `disagreement-${current.id}` : undefined}
                  className="adjudication-list"
                >
                  {shown.map((d, i) => (
                    <li
                      key={d.id}
                      id={`disagreement-${d.id}`}
                      role="option"
                      aria-selected={d === current}
                      onClick={() => setIndex(i)}
                    >
                      {titles.get(d.docId) ?? 'Document'}: {d.codeIds.map(codeName).join(' / ')}, {KIND_WORDS[d.kind]}
                      {decisions.has(d.id) ? ` (settled: ${decisions.get(d.id)!.words})` : ''}
                    </li>
                  ))}
                </ul>
                {current ? (
                  <DisagreementDetail
                    key={current.id}
                    disagreement={current}
                    source={currentDocument}
                    title={titles.get(current.docId) ?? 'Document'}
                    coderName={coderName}
                    codeName={codeName}
                    codesById={codesById}
                    onOpen={(coding) => void open(coding)}
                    onSettle={(decision) => void settle(current, decision)}
                  />
                ) : null}
              </div>
              <div className="adjudication-steps">
                <button type="button" aria-keyshortcuts="Alt+ArrowUp" onClick={() => go(-1)} disabled={index <= 0}>
                  Previous disagreement
                </button>
                <button type="button" aria-keyshortcuts="Alt+ArrowDown" onClick={() => go(1)} disabled={index >= shown.length - 1}>
                  Next disagreement
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

interface DetailProps {
  disagreement: Disagreement;
  /** Its document's text and character index; undefined while read. */
  source: DocumentCharacters | undefined;
  title: string;
  coderName(id: string): string;
  codeName(id: string): string;
  codesById: ReadonlyMap<string, CodeRecord>;
  onOpen(coding: CodingRecord): void;
  onSettle(decision: AdjudicationDecision): void;
}

function DisagreementDetail({ disagreement, source, title, coderName, codeName, codesById, onOpen, onSettle }: DetailProps) {
  const text = source?.text;
  const detail = useRef<HTMLElement>(null);
  // On whole characters: cut inside an emoji, the context would begin with half of it.
  const from = text === undefined ? 0 : graphemeFloor(text, Math.max(0, disagreement.start - CONTEXT));
  const to = text === undefined ? 0 : graphemeCeil(text, Math.min(text.length, disagreement.end + CONTEXT));
  return (
    <section ref={detail} className="disagreement" aria-label={`Disagreement in ${title}`}>
      <p>
        “{title}”{source ? `, ${characterPlace(source.index, disagreement.start, disagreement.end)}` : ''}: {KIND_WORDS[disagreement.kind]}.
      </p>
      <div className="disagreement-coders">
        {disagreement.byCoder.map(({ coderId, codings }) => {
          // One coder may have several codings here: each button's name says which, by code and passage
          // (beginning with its visible words, so that it can be called by them).
          const names = codingNames(codings, codesById, NO_CODERS);
          return (
            <section key={coderId} className="disagreement-coder" aria-label={`${coderName(coderId)}’s codings`}>
              <h4>{coderName(coderId)}</h4>
              {text !== undefined ? <MarkedText text={text} from={from} to={to} codings={codings} codeName={codeName} /> : null}
              {codings.length === 0 ? (
                <p>Nothing coded here.</p>
              ) : (
                <ul>
                  {codings.map((coding) => {
                    const named = names.get(coding.id)!;
                    return (
                      <li key={coding.id}>
                        {codeName(coding.codeId)}: “{coding.quote}”{' '}
                        <button type="button" aria-label={`Open in Code: ${coderName(coderId)}’s ${named.code} on ${named.passage}`} onClick={() => onOpen(coding)}>
                          Open in Code
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              {codings.length > 0 ? (
                <button type="button" onClick={() => onSettle({ take: 'coder', coderId })}>
                  Keep {coderName(coderId)}’s coding
                </button>
              ) : null}
            </section>
          );
        })}
      </div>
      <div className="disagreement-decisions" role="group" aria-label="Settle">
        <button type="button" onClick={() => onSettle({ take: 'both' })}>
          Keep every coder’s coding
        </button>
        <button type="button" onClick={() => onSettle({ take: 'neither' })}>
          Keep no coding
        </button>
      </div>
      {source ? (
        <EditedPassage
          source={source}
          initial={disagreement}
          container={detail}
          codes={disagreement.codeIds.map((id) => ({ id, name: codeName(id) }))}
          onKeep={(edited) => onSettle({ take: 'edited', ...edited })}
        />
      ) : null}
    </section>
  );
}

/** The passage with a coder's codings marked, so two coders' readings sit side by side on the text. */
function MarkedText({ text, from, to, codings, codeName }: { text: string; from: number; to: number; codings: readonly CodingRecord[]; codeName(id: string): string }) {
  const cuts = [...new Set([from, to, ...codings.flatMap((c) => [c.start, c.end]).filter((x) => x > from && x < to)])].sort((a, b) => a - b);
  return (
    <p className="disagreement-text">
      {cuts.slice(0, -1).map((at, i) => {
        const next = cuts[i + 1]!;
        const covering = codings.filter((c) => c.start <= at && next <= c.end);
        const piece = text.slice(at, next);
        return covering.length > 0 ? (
          <mark key={at} data-at={at} title={covering.map((c) => codeName(c.codeId)).join(', ')}>
            {piece}
          </mark>
        ) : (
          <span key={at} data-at={at}>
            {piece}
          </span>
        );
      })}
    </p>
  );
}
