// The window: a compact header (project and coder), the rail of places on the left, the place's
// toolbar and screen beside it, the status line in its own row at the bottom. Every command comes from
// the command table (shared/commands): the native menu, keys, toolbars and the palette run it alike.
import { useCallback, useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { pathForDroppedFile } from './api';
import { AnnouncerProvider, StatusBar, useAnnounce } from './ui/Announcer';
import { UncaughtFailures } from './ui/UncaughtFailures';
import { SaveBeforeClosing } from './ui/saveBeforeClosing';
import { PlaceErrorBoundary } from './ui/PlaceErrorBoundary';
import { ProjectProvider, useProject } from './features/projects/ProjectContext';
import { ProjectBar } from './features/projects/ProjectBar';
import { WelcomeDialog } from './features/projects/WelcomeDialog';
import { ImportStatus } from './features/library/ImportStatus';
import { useImport } from './features/library/useImport';
import { LibraryCommands } from './features/library/LibraryCommands';
import { LibraryView } from './features/library/LibraryView';
import { useDocumentData } from './features/coding/useDocumentData';
import { useCodes } from './features/codes/useCodes';
import { setCodeColors } from './features/coding/highlightStyles';
import { ExportCommands } from './features/export/ExportCommands';
import { CoderViewProvider } from './features/coders/CoderViewContext';
import { CoderControls } from './features/coders/CoderControls';
import { HistoryProvider } from './features/history/HistoryContext';
import { UndoRedoButtons } from './features/history/UndoRedoButtons';
import { MemoNavigationProvider } from './features/memos/MemoNavigation';
import { BackupsProvider, useBackups } from './features/backups/BackupsContext';
import { BackupsView } from './features/backups/BackupsView';
import { ProjectFileCommands } from './features/backups/ProjectFileCommands';
import { RestoreOffer } from './features/backups/RestoreOffer';
import { backupBeforeUpgrade } from './features/backups/appBackups';
import { PlaceProvider, usePlace } from './places/PlaceContext';
import { PLACE_IDS, PLACE_NAMES, type PlaceId } from './places/places';
import { CommandProvider } from './commands/CommandContext';
import { CommandPalette } from './commands/CommandPalette';
import { PlaceRail } from './shell/PlaceRail';
import { HeaderCommands, PlaceToolbar } from './shell/PlaceToolbar';
import { CodePlace } from './shell/CodePlace';
import { AppearanceDialog } from './shell/AppearanceDialog';
import './shell/shell.css';
import { RetrievePlace } from './features/analysis/RetrievePlace';
import { ComparePlace } from './features/analysis/ComparePlace';
import { InteropDialogs } from './features/interop/InteropDialogs';
import { InteropCommands } from './features/interop/InteropCommands';
import { AgreementPlace } from './features/agreement/AgreementPlace';
import { useHeldCounts } from './features/counts/useCodingCounts';

export function App() {
  return (
    <AnnouncerProvider>
      <UncaughtFailures />
      <SaveBeforeClosing />
      <ProjectProvider fallback={(error) => <StartupMessage error={error} />} beforeUpgrade={backupBeforeUpgrade}>
        <BackupsProvider>
          <CoderViewProvider>
            <CommandProvider>
              <HistoryProvider>
                <PlaceProvider>
                  <Workspace />
                </PlaceProvider>
              </HistoryProvider>
            </CommandProvider>
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
  const { db, showWelcome } = useProject();
  const { backupBefore } = useBackups();
  const importer = useImport();
  const [openDocId, setOpenDocId] = useState<string | null>(null);
  const { place, goTo } = usePlace();
  const data = useDocumentData(db, openDocId);
  // Highlight colours are in place before a document opens (see setCodeColors).
  const codes = useCodes(db);
  useHeldCounts();
  useEffect(() => setCodeColors(codes), [codes]);

  useEffect(() => setOpenDocId(null), [db]);
  // A status message belongs to the place it was said in: leaving the place clears it.
  const announce = useAnnounce();
  const shownPlace = useRef(place);
  useEffect(() => {
    if (shownPlace.current === place) return;
    shownPlace.current = place;
    announce('');
  }, [place, announce]);
  // Opening a document from anywhere (a memo, a retrieved passage) shows it in Code.
  const openDocument = useCallback(
    (docId: string) => {
      setOpenDocId(docId);
      goTo('code');
    },
    [goTo],
  );

  // The places with a screen: the rail shows these, in the order of PLACE_IDS. A new place is one entry.
  const screens: Partial<Record<PlaceId, () => ReactNode>> = {
    library: () => <LibraryView onOpen={openDocument} />,
    code: () => <CodePlace openDocId={openDocId} onOpen={setOpenDocId} data={data} codes={codes} />,
    retrieve: () => <RetrievePlace />,
    compare: () => <ComparePlace />,
    agreement: () => <AgreementPlace />,
    backups: () => <BackupsView />,
  };
  const places = PLACE_IDS.filter((id) => id in screens);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const paths = [...event.dataTransfer.files].map(pathForDroppedFile).filter(Boolean);
    void importer.importPaths(paths);
  };

  return (
    <MemoNavigationProvider openDocument={openDocument}>
      <LibraryCommands importer={importer} />
      <ExportCommands />
      <ProjectFileCommands />
      <CommandPalette />
      <AppearanceDialog />
      <div className="app" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <header className="app-header">
          <h1>Framewise</h1>
          <ProjectBar backUpBeforeDeleting={() => backupBefore({ kind: 'delete-project' }, 'deleted')}>
            <CoderControls />
          </ProjectBar>
          <HeaderCommands />
        </header>
        <div className="app-body">
          <PlaceRail places={places} />
          <div className="place">
            <PlaceToolbar place={place} start={<UndoRedoButtons />} />
            <ImportStatus importer={importer} />
            <RestoreOffer />
            <InteropDialogs />
            <InteropCommands />
            <div className="place-screen">
              {/* Keyed by place: leaving a place that failed and coming back draws it afresh. */}
              <PlaceErrorBoundary key={place} placeName={PLACE_NAMES[place]}>
                {(screens[place] ?? screens.code!)()}
              </PlaceErrorBoundary>
            </div>
          </div>
        </div>
        <StatusBar />
        {showWelcome ? <WelcomeDialog /> : null}
      </div>
    </MemoNavigationProvider>
  );
}
