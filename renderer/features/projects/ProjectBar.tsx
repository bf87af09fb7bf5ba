// Switch, create and rename projects; beside them, the window puts who is coding (features/coders,
// which builds on this folder and so is passed in as `children`). While the open project is held (an
// import writing into it), switching and creating are marked unavailable with the reason beside them;
// they stay focusable, and trying them says the reason.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { listProjects } from '../../db/registry';
import { useProject } from './ProjectContext';
import { NameDialog } from './NameDialog';
import { useAnnounce } from '../../ui/Announcer';

type Asking = 'new' | 'rename' | null;

export function ProjectBar({ children }: { children?: ReactNode }) {
  const { registry, project, switchProject, createEmptyProject, createSampleProject, renameProject, switchingHeld } = useProject();
  const announce = useAnnounce();
  const projects = useLiveQuery(() => listProjects(registry), [registry]) ?? [project];
  const [asking, setAsking] = useState<Asking>(null);
  const heldId = useId();
  const held = switchingHeld !== null;
  const unavailable = { 'aria-disabled': held || undefined, 'aria-describedby': held ? heldId : undefined };
  return (
    <div className="project-bar">
      <label>
        Project
        {/* Controlled: a choice refused while held snaps back to the open project. */}
        <select value={project.id} {...unavailable} onChange={(event) => void switchProject(event.target.value)}>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" {...unavailable} onClick={() => (switchingHeld ? announce(switchingHeld) : setAsking('new'))}>
        New project…
      </button>
      <button type="button" onClick={() => setAsking('rename')}>
        Rename project…
      </button>
      <button type="button" {...unavailable} onClick={() => void createSampleProject()}>
        Open sample project
      </button>
      {held ? (
        <span id={heldId} className="hint">
          {switchingHeld}
        </span>
      ) : null}
      {children}
      {asking === 'new' ? (
        <NameDialog title="New project" label="Project name" initial="" submitLabel="Create project" onSubmit={(name) => void createEmptyProject(name)} onClose={() => setAsking(null)} />
      ) : null}
      {asking === 'rename' ? (
        <NameDialog title="Rename project" label="Project name" initial={project.name} submitLabel="Rename" onSubmit={(name) => void renameProject(name)} onClose={() => setAsking(null)} />
      ) : null}
    </div>
  );
}
