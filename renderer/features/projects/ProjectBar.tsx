// Switch, create and rename projects; see and change who is coding.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listProjects } from '../../db/registry';
import { useProject } from './ProjectContext';
import { NameDialog } from './NameDialog';

type Asking = 'new' | 'rename' | 'coder' | null;

export function ProjectBar() {
  const { registry, project, coder, switchProject, createEmptyProject, createSampleProject, renameProject, setCoder } = useProject();
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
      <button type="button" className="coder-button" aria-label={`Coder: ${coder.name}. Change coder name`} onClick={() => setAsking('coder')}>
        <span className="swatch" style={{ backgroundColor: coder.color }} aria-hidden="true" />
        {coder.name}
      </button>
      {asking === 'new' ? (
        <NameDialog title="New project" label="Project name" initial="" submitLabel="Create project" onSubmit={(name) => void createEmptyProject(name)} onClose={() => setAsking(null)} />
      ) : null}
      {asking === 'rename' ? (
        <NameDialog title="Rename project" label="Project name" initial={project.name} submitLabel="Rename" onSubmit={(name) => void renameProject(name)} onClose={() => setAsking(null)} />
      ) : null}
      {asking === 'coder' ? (
        <NameDialog title="Coder" label="Your name as coder" initial={coder.name} submitLabel="Save" onSubmit={(name) => void setCoder({ ...coder, name })} onClose={() => setAsking(null)} />
      ) : null}
    </div>
  );
}
