// Switch, create and rename projects; see and change who is coding (features/coders).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listProjects } from '../../db/registry';
import { useProject } from './ProjectContext';
import { NameDialog } from './NameDialog';
import { CoderControls } from '../coders/CoderControls';

type Asking = 'new' | 'rename' | null;

export function ProjectBar() {
  const { registry, project, switchProject, createEmptyProject, createSampleProject, renameProject } = useProject();
  const projects = useLiveQuery(() => listProjects(registry), [registry]) ?? [project];
  const [asking, setAsking] = useState<Asking>(null);
  return (
    <div className="project-bar">
      <label>
        Project
        <select value={project.id} onChange={(event) => void switchProject(event.target.value)}>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setAsking('new')}>
        New project…
      </button>
      <button type="button" onClick={() => setAsking('rename')}>
        Rename project…
      </button>
      <button type="button" onClick={() => void createSampleProject()}>
        Open sample project
      </button>
      <CoderControls />
      {asking === 'new' ? (
        <NameDialog title="New project" label="Project name" initial="" submitLabel="Create project" onSubmit={(name) => void createEmptyProject(name)} onClose={() => setAsking(null)} />
      ) : null}
      {asking === 'rename' ? (
        <NameDialog title="Rename project" label="Project name" initial={project.name} submitLabel="Rename" onSubmit={(name) => void renameProject(name)} onClose={() => setAsking(null)} />
      ) : null}
    </div>
  );
}
