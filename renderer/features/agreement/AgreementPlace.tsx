// The Agreement place: choose coders, codes, documents and the unit, compute the report in a worker,
// read it per code and overall (and per group), export it, and work through the disagreements.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import type { AgreementUnit } from '../../../shared/agreement/agreementReport';
import { blindTallies } from '../../../shared/agreement/blindMode';
import { comparedCodings } from '../../../shared/agreement/agreementInput';
import { codebookVersion } from '../../../shared/agreement/codebookVersion';
import { attributeValueOptions, EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../../../shared/library/documentFilter';
import { methodsParagraph } from '../../../shared/agreement/methodsParagraph';
import { listAttributeDefinitions } from '../../db/attributes';
import { findConsensusCoder, loadAgreementData } from '../../db/agreementData';
import { listCoders } from '../../db/coders';
import { listDocumentSets } from '../../db/documentSets';
import { listDocuments } from '../../db/documents';
import { useExport } from '../../files/exportFile';
import { SelectField } from '../../ui/SelectField';
import { useCodes } from '../codes/useCodes';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { Adjudication } from './Adjudication';
import { agreementTableExport, methodsExport } from './agreementExports';
import { AgreementTable } from './AgreementTable';
import { runAgreement } from './agreementRunner';
import type { AgreementResult } from './agreementWork';
import { useKeptState } from './useKeptState';
import { DocumentFilterFields } from '../analysis/DocumentFilterFields';
import '../analysis/analysis.css';
import './agreement.css';

const UNITS: Array<{ unit: AgreementUnit; label: string; noun: string }> = [
  { unit: 'characters', label: 'Characters', noun: 'characters' },
  { unit: 'segments', label: 'Segments', noun: 'segments' },
  { unit: 'paragraphs', label: 'Paragraphs', noun: 'paragraphs' },
  { unit: 'sentences', label: 'Sentences', noun: 'sentences' },
  { unit: 'documents', label: 'Documents', noun: 'documents' },
];

interface Computed extends AgreementResult {
  methods: string;
  version: string;
}

export function AgreementPlace() {
  const { visibility, setBlind } = useCoderView();
  // Agreement lays every chosen coder's codings side by side (figures, disagreements, adjudication):
  // the very thing blind mode keeps from a coder until their own coding is done.
  if (visibility.blind) {
    return (
      <main className="agreement-main" aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">Agreement</h2>
        <p role="note" className="agreement-blind">
          Blind mode is on. Agreement shows every coder’s codings and where they differ, which blind mode keeps from you while you code. Turn blind mode off once your coding is done to compute agreement.
        </p>
        <button type="button" onClick={() => void setBlind(false)}>
          Turn blind mode off
        </button>
      </main>
    );
  }
  return <AgreementWorkspace />;
}

function AgreementWorkspace() {
  const { db, project } = useProject();
  const codes = useCodes(db);
  // By name: the coders table is in key order, which means nothing to a reader. Read with the consensus
  // coder, so that the default choice never counts it as a coder for a moment.
  const coderList = useLiveQuery(async () => {
    const { consensus, consensusStored } = await findConsensusCoder(db);
    return { coders: (await listCoders(db)).sort((a, b) => a.name.localeCompare(b.name)), consensusId: consensusStored ? consensus.id : null };
  }, [db]);
  const coders = coderList?.coders ?? [];
  const documents = useLiveQuery(() => listDocuments(db), [db]) ?? [];
  const sets = useLiveQuery(() => listDocumentSets(db), [db]) ?? [];
  const attributes = useLiveQuery(() => listAttributeDefinitions(db), [db]) ?? [];
  const attributeOptions = useMemo(() => attributeValueOptions(documents), [documents]);
  const runExport = useExport();

  // Unset choices follow the project: every coder but the consensus one, every code.
  const [chosenCoders, setChosenCoders] = useKeptState<string[] | null>(db, 'chosenCoders', null);
  const [chosenCodes, setChosenCodes] = useKeptState<string[] | null>(db, 'chosenCodes', null);
  const [documentFilter, setDocumentFilter] = useKeptState<DocumentFilter>(db, 'documentFilter', EMPTY_DOCUMENT_FILTER);
  const [groupBy, setGroupBy] = useKeptState(db, 'groupBy', '');
  const [unit, setUnit] = useKeptState<AgreementUnit>(db, 'unit', 'characters');
  const [overlap, setOverlap] = useKeptState(db, 'overlap', '90');
  const [resamples, setResamples] = useKeptState(db, 'resamples', '1000');
  const [seed, setSeed] = useKeptState(db, 'seed', '1');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [computed, setComputed] = useKeptState<Computed | null>(db, 'computed', null);

  // Choices are kept while the researcher works elsewhere: a code merged away or deleted since (a coder
  // undone) is no choice any more, so it neither shows nor counts towards "at least one".
  const coderIds = (chosenCoders ?? coders.filter((c) => c.id !== coderList?.consensusId).map((c) => c.id)).filter((id) => coders.some((c) => c.id === id));
  const codeIds = chosenCodes === null ? null : chosenCodes.filter((id) => codes.some((c) => c.id === id));
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));

  const compute = async (event: FormEvent) => {
    event.preventDefault();
    const share = Number(overlap) / 100;
    const draws = Number(resamples);
    const seedValue = Number(seed);
    const why =
      coderIds.length < 2
        ? 'Choose at least two coders to compare.'
        : codeIds !== null && codeIds.length === 0
          ? 'Choose at least one code, or all codes.'
          : unit === 'segments' && !(share > 0 && share <= 1)
              ? 'The segment overlap must be a percentage above 0 and at most 100.'
              : !(Number.isInteger(draws) && draws >= 0 && draws <= 100_000)
                ? 'Bootstrap resamples must be a whole number from 0 (no intervals) to 100,000.'
                : !Number.isInteger(seedValue)
                  ? 'The bootstrap seed must be a whole number.'
                  : null;
    setProblem(why);
    if (why) return;
    setBusy(true);
    try {
      const order = coders.map((c) => c.id).filter((id) => coderIds.includes(id));
      const data = await loadAgreementData(db, { coderIds: order, codeIds, documents: documentFilter, withText: true, groupBy: groupBy || null });
      if (data.input.documents.length === 0) {
        setComputed(null);
        setProblem('No document passes the document filter: choose other values, sets or text.');
        return;
      }
      const found = await findConsensusCoder(db);
      const consensusCoderId = found.consensusStored ? found.consensus.id : null;
      const options = {
        unit,
        ...(unit === 'segments' ? { segmentOverlap: share } : {}),
        bootstrap: draws > 0 ? { resamples: draws, seed: seedValue } : null,
        ...(data.groups ? { groups: data.groups } : {}),
      };
      const result = await runAgreement({ input: data.input, options, consensusCoderId, disagreements: true });
      setComputed({
        ...result,
        methods: methodsParagraph(result.report, { codebook: codes, blindByCoder: blindTallies(comparedCodings(data.input)) }),
        version: codebookVersion(codes).short,
      });
    } catch (error) {
      setComputed(null);
      setProblem(`Agreement could not be computed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const report = computed?.report;
  const noun = UNITS.find((u) => u.unit === report?.unit)?.noun ?? '';
  return (
    <main className="agreement-main" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      <form className="agreement-form" aria-label="Agreement choices" onSubmit={(event) => void compute(event)}>
        <fieldset>
          <legend>Coders</legend>
          {coders.map((coder) => (
            <label key={coder.id}>
              <input type="checkbox" checked={coderIds.includes(coder.id)} onChange={(event) => setChosenCoders(toggle(coderIds, coder.id, event.target.checked))} />
              {coder.name}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Codes</legend>
          <label>
            <input type="checkbox" checked={chosenCodes === null} onChange={(event) => setChosenCodes(event.target.checked ? null : [])} />
            All codes
          </label>
          {chosenCodes === null
            ? null
            : codes.map((code) => (
                <label key={code.id}>
                  <input type="checkbox" checked={chosenCodes.includes(code.id)} onChange={(event) => setChosenCodes(toggle(codeIds ?? [], code.id, event.target.checked))} />
                  {code.name}
                </label>
              ))}
        </fieldset>
        <DocumentFilterFields filter={documentFilter} onChange={setDocumentFilter} attributes={attributeOptions} sets={sets} />
        <fieldset>
          <legend>Groups</legend>
          <SelectField label="Group by" layout="inline" value={groupBy} options={[{ value: '', label: 'No groups' }, ...attributes.map((a) => ({ value: a.name, label: a.name }))]} onChange={setGroupBy} />
          <p className="agreement-hint">Each document compared counts as coded by every coder chosen: a coder who applied nothing there marked it all absent.</p>
        </fieldset>
        <fieldset>
          <legend>Unit</legend>
          {UNITS.map((u) => (
            <label key={u.unit}>
              <input type="radio" name="agreement-unit" checked={unit === u.unit} onChange={() => setUnit(u.unit)} />
              {u.label}
            </label>
          ))}
          {unit === 'segments' ? (
            <label>
              Segment overlap (%)
              <input type="number" min={1} max={100} value={overlap} onChange={(event) => setOverlap(event.target.value)} />
            </label>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>95% bootstrap interval</legend>
          <label>
            Resamples
            <input type="number" min={0} step={1} value={resamples} onChange={(event) => setResamples(event.target.value)} />
          </label>
          <label>
            Seed
            <input type="number" step={1} value={seed} onChange={(event) => setSeed(event.target.value)} />
          </label>
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? 'Computing agreement…' : 'Compute agreement'}
        </button>
      </form>
      {problem ? (
        <p role="alert" className="agreement-problem">
          {problem}
        </p>
      ) : null}
      {computed && report ? (
        <section className="agreement-report" aria-label="Agreement report">
          <p>
            {report.coders.map((c) => c.name).join(', ')}; unit: {noun}; {report.documents} {report.documents === 1 ? 'document' : 'documents'} compared ({report.completeDocuments} coded by every coder); codebook version {computed.version}.{' '}
            {report.bootstrap
              ? `Intervals: ${Math.round((report.bootstrap.level ?? 0.95) * 100)}% percentile bootstrap, ${report.bootstrap.resamples.toLocaleString('en-US')} resamples of ${report.resampled}, seed ${report.bootstrap.seed}.`
              : 'No bootstrap intervals.'}
          </p>
          {report.matchingRule ? <p>{report.matchingRule}</p> : null}
          <AgreementTable caption="All documents" section={report} unitNoun={noun} />
          {report.groups.map((group) => (
            <AgreementTable key={group.label} caption={`Group: ${group.label}`} section={group} unitNoun={noun} />
          ))}
          <div className="agreement-exports">
            <button type="button" onClick={() => void runExport(agreementTableExport(report, codes, project.name, false))}>
              Export agreement table (CSV)…
            </button>
            <button type="button" onClick={() => void runExport(agreementTableExport(report, codes, project.name, true))}>
              Export agreement table for Excel (CSV)…
            </button>
            <button type="button" onClick={() => void runExport(methodsExport(computed.methods, report.unit, project.name))}>
              Export methods paragraph…
            </button>
          </div>
          <label className="agreement-methods">
            Methods paragraph
            <textarea readOnly rows={6} value={computed.methods} />
          </label>
          <Adjudication disagreements={computed.disagreements} listed={computed.listed} agreed={computed.agreed} input={{ coders: report.coders, codes }} />
        </section>
      ) : null}
    </main>
  );
}
