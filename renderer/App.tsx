// The window: project bar and commands on top, documents on the left, the open document in the
// middle, coding tools on the right, the status line at the bottom.
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { onMainEvent, pathForDroppedFile } from './api';
import { AnnouncerProvider, StatusBar } from './ui/Announcer';
import { UnhandledRejections } from './ui/UnhandledRejections';
import { MenuButton } from './ui/MenuButton';
import { ProjectProvider, useProject } from './features/projects/ProjectContext';
import { ProjectBar } from './features/projects/ProjectBar';
import { WelcomeDialog } from './features/projects/WelcomeDialog';
import { DocumentList } from './features/library/DocumentList';
import { ImportStatus } from './features/library/ImportStatus';
import { useImport } from './features/library/useImport';
import { LibraryCommands } from './features/library/LibraryCommands';
import { LibraryView } from './features/library/LibraryView';
import { CodingWorkspace } from './features/coding/CodingWorkspace';
import { CodebookWithoutDocument } from './features/codebook/CodebookWithoutDocument';
import { useCodings, useDocumentData } from './features/coding/useDocumentData';
import { useCodes } from './features/codes/useCodes';
import { setCodeColors } from './features/coding/highlightStyles';
import { codedSegmentsExport } from './features/export/exportCodedSegments';
import { useExport } from './files/exportFile';
import { useMemosExport } from './features/export/useMemosExport';
import { CoderViewProvider } from './features/coders/CoderViewContext';
import { CoderControls } from './features/coders/CoderControls';
import { HistoryProvider } from './features/history/HistoryContext';
import { UndoRedoButtons } from './features/history/UndoRedoButtons';
import { MemoNavigationProvider } from './features/memos/MemoNavigation';
// Backups (issue 11): until the shell's place registry lands, its place is a view beside Code and Library.
import { BackupsProvider } from './features/backups/BackupsContext';
import { BackupsView } from './features/backups/BackupsView';
import { ProjectFileCommands } from './features/backups/ProjectFileCommands';
import { RestoreOffer } from './features/backups/RestoreOffer';
import { backupBeforeUpgrade } from './features/backups/appBackups';
import { PlaceProvider, usePlace } from './places/PlaceContext';
import { RetrievePlace } from './features/analysis/RetrievePlace';
import { ComparePlace } from './features/analysis/ComparePlace';
import { InteropDialogs } from './features/interop/InteropDialogs';
import { INTEROP_EXPORT_COMMANDS, runInteropMenuCommand } from './features/interop/interopCommands';
import { AgreementPlace } from './features/agreement/AgreementPlace';

export function App() {
  return (
    <AnnouncerProvider>
      <UnhandledRejections />
      <ProjectProvider fallback={(error) => <StartupMessage error={error} />} beforeUpgrade={backupBeforeUpgrade}>
        <BackupsProvider>
          <CoderViewProvider>
            <HistoryProvider>
              <PlaceProvider>
                <Workspace />
              </PlaceProvider>
            </HistoryProvider>
          </CoderViewProvider>
        </BackupsProvider>
      </ProjectProvider>
    </AnnouncerProvider>
  );
}

function StartupMessage({ error }: { error: Error | null }) {
  return (
    <main className="startup" role={error ? 'alert' : 'status'}>
      {error ? `Framewise could not open its projects: ${error.message}` : 'Opening your projects…'}
    </main>
  );
}

function Workspace() {
  const { db, project, showWelcome } = useProject();
  const importer = useImport();
  const [openDocId, setOpenDocId] = useState<string | null>(null);
  const { place: view, goTo: setView } = usePlace();
  const data = useDocumentData(db, openDocId);
  // Asked for once the text is in, and before the text is drawn (CodingWorkspace draws it a render
  // later): read at the same time, thousands of codings hold a long text back by ~80 ms; read while
  // the text is laid out, they cost nothing.
  const codings = useCodings(db, data ? data.document.id : null);
  // Highlight colours are in place before a document opens (see setCodeColors).
  const codes = useCodes(db);
  useEffect(() => setCodeColors(codes), [codes]);
  const exportMemosFile = useMemosExport();

  useEffect(() => setOpenDocId(null), [db]);
  // Opening a document from anywhere (a memo, a retrieved passage) shows it in Code.
  const openDocument = useCallback(
    (docId: string) => {
      setOpenDocId(docId);
      setView('code');
    },
    [setView],
  );

  const runExport = useExport();
  const exportCsv = useCallback((spreadsheetSafe: boolean) => runExport(codedSegmentsExport(db, project.name, spreadsheetSafe)), [db, project.name, runExport]);

  useEffect(
    () =>
      onMainEvent('menuCommand', ({ command }) => {
        if (command === 'importFiles') void importer.chooseAndImport();
        else if (command === 'importFolder') void importer.chooseFolderAndImport();
        else if (command === 'exportCsv') void exportCsv(false);
        else if (command === 'exportCsvSpreadsheet') void exportCsv(true);
        else if (command === 'exportMemos') void exportMemosFile();
        else runInteropMenuCommand(command);
      }),
    [importer.chooseAndImport, importer.chooseFolderAndImport, exportCsv, exportMemosFile],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const paths = [...event.dataTransfer.files].map(pathForDroppedFile).filter(Boolean);
    void importer.importPaths(paths);
  };

  return (
    <MemoNavigationProvider openDocument={openDocument}>
      <div className="app" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <header className="top-bar">
          <h1>Framewise</h1>
          <ProjectBar>
            <CoderControls />
          </ProjectBar>
          <ProjectFileCommands />
          <div className="view-switch" role="group" aria-label="View">
            <button type="button" aria-pressed={view === 'code'} onClick={() => setView('code')}>
              Code
            </button>
            <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
              Library
            </button>
            <button type="button" aria-pressed={view === 'retrieve'} onClick={() => setView('retrieve')}>
              Retrieve
            </button>
            <button type="button" aria-pressed={view === 'compare'} onClick={() => setView('compare')}>
              Compare
            </button>
            <button type="button" aria-pressed={view === 'backups'} onClick={() => setView('backups')}>
              Backups
            </button>
            <button type="button" aria-pressed={view === 'agreement'} onClick={() => setView('agreement')}>
              Agreement
            </button>
          </div>
          <div className="commands">
            <UndoRedoButtons />
            <button type="button" onClick={() => void importer.chooseAndImport()}>
              Import documents…
            </button>
            <LibraryCommands importer={importer} />
            <MenuButton
              label="Export"
              items={[
                { label: 'Coded segments (CSV)', onSelect: () => void exportCsv(false) },
                { label: 'Coded segments for Excel (CSV, spreadsheet-safe)', onSelect: () => void exportCsv(true) },
                { label: 'Memos (Markdown)', onSelect: () => void exportMemosFile() },
                ...INTEROP_EXPORT_COMMANDS.map((c) => ({ label: c.name, onSelect: c.run })),
              ]}
            />
          </div>
        </header>
        <ImportStatus importer={importer} />
        <RestoreOffer />
        <InteropDialogs />
        {view === 'backups' ? (
          <BackupsView />
        ) : view === 'retrieve' ? (
          <RetrievePlace />
        ) : view === 'compare' ? (
          <ComparePlace />
        ) : view === 'agreement' ? (
          <AgreementPlace />
        ) : view === 'library' ? (
          <LibraryView onOpen={openDocument} />
        ) : (
          <main className="main">
            <DocumentList openId={openDocId} onOpen={setOpenDocId} />
            {data ? (
              <CodingWorkspace key={data.document.id} data={data} codes={codes} allCodings={codings} />
            ) : (
              <CodebookWithoutDocument />
            )}
          </main>
        )}
        <StatusBar />
        {showWelcome ? <WelcomeDialog /> : null}
      </div>
    </MemoNavigationProvider>
  );
}
