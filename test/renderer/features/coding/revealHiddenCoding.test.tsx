// @vitest-environment jsdom
// Opening a coding from elsewhere ("Open in Code" in Agreement, a memo on a coding) when its coder's
// codings are hidden in the coding view: the coding must be shown and selected, the researcher told
// that its coder is shown again; unless blind mode is on, which no other place may get round. The real
// coding workspace over a real project database; jsdom has no layout, constructed style sheets or
// backups, so those are stood in for (where highlights land is tested in Chromium, test/e2e).
import { act, type ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { ensureCoder } from '../../../../renderer/db/coders';
import { createCode } from '../../../../renderer/db/codes';
import { applyCode } from '../../../../renderer/db/codings';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { getSetting, setSetting, type RegistryDatabase } from '../../../../renderer/db/registry';
import { splitParagraphs } from '../../../../shared/text/paragraphs';
import type { CodeRecord, CodingRecord, DocumentRecord } from '../../../../shared/model';
import type * as SelectionPluginModule from '../../../../renderer/features/coding/SelectionPlugin';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { loadAgreementData } from '../../../../renderer/db/agreementData';
import { computeAgreement } from '../../../../renderer/features/agreement/agreementWork';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => {
  // highlightStyles.ts and BoundaryHandlesPlugin.tsx adopt a constructed style sheet when they load.
  class KeptSheet {
    replaceSync() {}
  }
  Object.defineProperty(globalThis, 'CSSStyleSheet', { value: KeptSheet, writable: true });
  Object.defineProperty(globalThis, 'CSS', { value: { escape: (id: string) => id, highlights: new Map() }, writable: true });
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
  // No layout: a passage's highlight has no boxes.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Element.prototype.scrollIntoView = () => {};
  return { value: null as unknown };
});
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
// The passages the workspace selected in the text, as it asked: jsdom does not keep a selection in
// Lexical's text (it collapses to the start once the editor draws again).
const selected = vi.hoisted(() => [] as string[]);
vi.mock('../../../../renderer/features/coding/SelectionPlugin', async (original) => {
  const real = await original<typeof SelectionPluginModule>();
  return {
    ...real,
    selectInDocument: (...args: Parameters<typeof real.selectInDocument>) => {
      selected.push(TEXT.slice(args[1], args[2]));
      return real.selectInDocument(...args);
    },
  };
});
// The codebook panel asks for a backup before deleting a code; nothing here deletes one.
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));
const { CodingWorkspace } = await import('../../../../renderer/features/coding/CodingWorkspace');
const { CoderViewProvider, coderViewSetting } = await import('../../../../renderer/features/coders/CoderViewContext');
const { MemoNavigationProvider, useMemoNavigation } = await import('../../../../renderer/features/memos/MemoNavigation');
const { AnnouncerProvider, StatusBar } = await import('../../../../renderer/ui/Announcer');
const { CommandProvider } = await import('../../../../renderer/commands/CommandContext');
const { Adjudication } = await import('../../../../renderer/features/agreement/Adjudication');

const TEXT = 'The mayor promised jobs. Critics called it a stunt.';
const BEN = { id: 'ben', name: 'Ben', color: '#2ca02c' };
const ANA = { id: 'ana', name: 'Ana', color: '#ff7f0e' };

let db: ProjectDatabase;
let registry: RegistryDatabase;
let view: Screen;
let doc: DocumentRecord;
let pledge: CodeRecord;
let bens: CodingRecord;
let navigation: ReturnType<typeof useMemoNavigation>;
function Navigation() {
  navigation = useMemoNavigation();
  return null;
}

beforeEach(async () => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.framewise = { setEnabledCommands: async () => ({ ok: true, value: null }), on: () => () => {} } as never;
  db = await freshProject();
  [doc] = (await addImportedDocuments(db, [importedDocument('Courier', { text: TEXT })])) as [DocumentRecord];
  for (const coder of [KIM, ANA, BEN]) await ensureCoder(db, coder);
  pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  const start = TEXT.indexOf('Critics');
  expect(await applyCode(db, TEXT, { docId: doc.id, codeId: pledge.id, start, end: start + 'Critics called it a stunt.'.length, coderId: BEN.id }, 'pledge')).toBe('done');
  bens = (await db.codings.toArray())[0]!;
  project.value = projectValue(db);
  ({ registry } = project.value as { registry: RegistryDatabase });
  view = screen();
  selected.length = 0;
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

async function openWorkspace(visibility: { blind: boolean; hidden: string[] }, beside: ReactNode = null) {
  await setSetting(registry, coderViewSetting('project-1'), visibility);
  await view.render(
    <AnnouncerProvider>
      <CoderViewProvider>
        <CommandProvider>
          <MemoNavigationProvider openDocument={() => {}}>
            <Navigation />
            {beside}
            <CodingWorkspace data={{ document: doc, text: TEXT, paragraphs: splitParagraphs(TEXT) }} codes={[pledge]} />
          </MemoNavigationProvider>
        </CommandProvider>
      </CoderViewProvider>
      <StatusBar />
    </AnnouncerProvider>,
  );
  await settle(100);
}

/** The coded passages listed. */
const passages = () => [...view.host.querySelectorAll('[role="listbox"][aria-labelledby="passages-heading"] [role="option"]')].map((o) => o.textContent);
const said = () => view.host.querySelector('[aria-label="Status"]')?.textContent ?? '';
const stored = async () => getSetting<{ blind: boolean; hidden: string[] }>(registry, coderViewSetting('project-1'));

async function open(coding: CodingRecord) {
  await act(async () => void (await navigation.openCoding(coding.id)));
  await settle(100);
}

test('opening a coding by a coder shown selects it, and says nothing of coders', async () => {
  await openWorkspace({ blind: false, hidden: [] });
  await open(bens);
  expect(passages()).toEqual(['pledge: Critics called it a stunt.']);
  expect(selected).toEqual(['Critics called it a stunt.']);
  expect(said()).toBe('');
});

test('opening a coding by a coder hidden in the coding view shows that coder again, says so, and selects the coding', async () => {
  await openWorkspace({ blind: false, hidden: [BEN.id] });
  expect(passages()).toEqual([]);
  await open(bens);
  expect(passages()).toEqual(['pledge: Critics called it a stunt.']);
  expect(selected).toEqual(['Critics called it a stunt.']);
  expect(said()).toMatch(/Ben’s codings are shown again/);
  expect((await stored())?.hidden).toEqual([]);
});

test('in blind mode, opening another coder’s coding leaves it hidden and says why', async () => {
  await openWorkspace({ blind: true, hidden: [] });
  await open(bens);
  expect(passages()).toEqual([]);
  expect(selected).toEqual([]);
  expect(said()).toMatch(/blind mode/i);
  expect(said()).not.toMatch(/Ben/);
  expect(await stored()).toEqual({ blind: true, hidden: [] });
  // Nothing is left waiting to be selected: when blind mode is turned off later, the coding is not
  // chosen out of the blue.
  expect(navigation.pending).toBeNull();
});

test('“Open in Code” in Agreement on a hidden coder’s coding shows that coder again and selects the coding', async () => {
  const start = TEXT.indexOf('Critics');
  expect(await applyCode(db, TEXT, { docId: doc.id, codeId: pledge.id, start, end: start + 'Critics called it'.length, coderId: ANA.id }, 'pledge')).toBe('done');
  const data = await loadAgreementData(db, { coderIds: [ANA.id, BEN.id], codeIds: null, documents: EMPTY_DOCUMENT_FILTER, withText: true, groupBy: null });
  const result = computeAgreement({ input: data.input, options: { unit: 'characters', bootstrap: null }, consensusCoderId: null, disagreements: true });
  await openWorkspace(
    { blind: false, hidden: [BEN.id] },
    <Adjudication disagreements={result.disagreements} listed={result.listed} agreed={result.agreed} input={{ coders: data.input.coders, codes: [pledge] }} />,
  );
  expect(passages()).toEqual(['pledge: Critics called it']);
  const openBens = [...view.host.querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Open in Code: Ben’s'))!;
  await act(async () => openBens.click());
  await settle(100);
  // Both begin at one place: their order in the list is not the point here.
  expect(passages().sort()).toEqual(['pledge: Critics called it', 'pledge: Critics called it a stunt.']);
  expect(selected).toEqual(['Critics called it a stunt.']);
  expect(said()).toMatch(/Ben’s codings are shown again/);
});
