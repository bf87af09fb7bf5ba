// The open project in the header: a combo box to find and switch to another (type part of its name,
// Enter), and beside it the menu of the commands on projects (New, Rename, Open sample project: rows of
// the command table, so the native menu and the palette run them too; Delete project… among them). The window puts who is coding
// (features/coders, which builds on this folder) after it, as `children`. While the open project is
// held (an import writing into it), switching and creating are refused with the reason, which stands
// beside the combo box; the controls stay focusable, and trying them says the reason. When another
// window deletes the open project, the bar says so in a notice, and closes a dialog that was about it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/commands/commandTable';
import { listProjects, sameProjectName } from '../../db/registry';
import { useProject } from './ProjectContext';
import { NameDialog } from './NameDialog';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { useAnnounce } from '../../ui/Announcer';
import { NoticeDialog } from '../../ui/NoticeDialog';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { CommandMenuButton } from '../../commands/CommandMenuButton';
import { useCommandHandler } from '../../commands/CommandContext';

type Asking = 'new' | 'rename' | 'delete' | null;

const PROJECT_COMMANDS = (COMMANDS as readonly CommandSpec[]).filter((spec) => spec.projectMenu).map((spec) => spec.id as CommandId);

/**
 * `backUpBeforeDeleting`: the window's backup before a destructive step (BackupsContext's
 * backupBefore), handed in by the window so that projects need not import backups (which imports
 * projects); resolves false when the backup failed and nothing may be deleted.
 */
export function ProjectBar({ children, backUpBeforeDeleting }: { children?: ReactNode; backUpBeforeDeleting: () => Promise<boolean> }) {
  const { registry, project, switchProject, createEmptyProject, createSampleProject, renameProject, switchingHeld, deletedElsewhere, dismissDeletedElsewhere } =
    useProject();
  const announce = useAnnounce();
  const listed = useLiveQuery(() => listProjects(registry), [registry]) ?? [];
  // The open project is listed even before the registry's live query has seen it (just created), so
  // that the field always has its name to show.
  const projects = listed.some((p) => p.id === project.id) ? listed : [...listed, project];
  const [asking, setAsking] = useState<Asking>(null);
  // A dialog open here is modal, so the project changes under it only from another window (which
  // deleted it): renaming or deleting would then act on the project opened in its place.
  useEffect(() => setAsking(null), [project.id]);
  // Two projects of one name could not be told apart in the switcher. A rename may change the case of
  // the open project's own name.
  const nameTaken = (name: string) => {
    const other = projects.find((p) => (asking === 'new' || p.id !== project.id) && sameProjectName(p.name, name));
    return other ? `There is already a project named “${other.name}”: choose another name.` : null;
  };
  useCommandHandler('newProject', () => (switchingHeld ? announce(switchingHeld) : setAsking('new')));
  useCommandHandler('renameProject', () => setAsking('rename'));
  // Deleting leaves the project, as switching does: refused with the reason while it is held.
  useCommandHandler('deleteProject', () => (switchingHeld ? announce(switchingHeld) : setAsking('delete')));
  // Refused with the reason while held (ProjectContext says it).
  useCommandHandler('openSampleProject', () => createSampleProject());
  return (
    <div className="project-bar">
      <ComboBoxField
        className="project-switcher"
        label="Project"
        items={projects}
        value={project.id}
        onChange={(id) => void switchProject(id)}
        unavailable={switchingHeld}
        onRefused={() => switchingHeld && announce(switchingHeld)}
      />
      <CommandMenuButton label="Project actions" icon="projectMenu" ids={PROJECT_COMMANDS} iconOnly />
      {children}
      {asking === 'new' ? (
        <NameDialog title="New project" label="Project name" initial="" submitLabel="Create project" problemWith={nameTaken} onSubmit={(name) => void createEmptyProject(name)} onClose={() => setAsking(null)} />
      ) : null}
      {asking === 'rename' ? (
        <NameDialog title="Rename project" label="Project name" initial={project.name} submitLabel="Rename" problemWith={nameTaken} onSubmit={(name) => void renameProject(name)} onClose={() => setAsking(null)} />
      ) : null}
      {asking === 'delete' ? <DeleteProjectDialog onClose={() => setAsking(null)} backUp={backUpBeforeDeleting} /> : null}
      {deletedElsewhere ? (
        <NoticeDialog title="Project deleted in another window" onClose={dismissDeletedElsewhere}>
          <p role="alert">
            “{deletedElsewhere.deletedName}” was deleted in another window; its backups are under Backups.{' '}
            {deletedElsewhere.created ? `A new empty project, “${deletedElsewhere.openName}”, is open now.` : `“${deletedElsewhere.openName}” is open now.`}
          </p>
        </NoticeDialog>
      ) : null}
    </div>
  );
}
