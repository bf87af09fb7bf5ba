// The drawing of each icon key of the command table (lucide-react).
import {
  FolderX,
  Archive,
  BookOpenText,
  Command,
  Download,
  FileCog,
  FileInput,
  FolderCog,
  FolderInput,
  FolderOpen,
  FolderPlus,
  GitCompare,
  Highlighter,
  LibraryBig,
  PencilLine,
  Redo2,
  Save,
  Search,
  SlidersHorizontal,
  SquareDashedMousePointer,
  SunMoon,
  TextSearch,
  Undo2,
  UsersRound,
  type LucideIcon,
} from 'lucide-react';
import type { IconKey } from '../../shared/commands/commandTable';

const ICONS: Record<IconKey, LucideIcon> = {
  import: FileInput,
  importFolder: FolderInput,
  manifest: FileCog,
  preferences: SlidersHorizontal,
  export: Download,
  saveCopy: Save,
  openFile: FolderOpen,
  undo: Undo2,
  redo: Redo2,
  palette: Command,
  find: Search,
  selectAll: SquareDashedMousePointer,
  theme: SunMoon,
  newProject: FolderPlus,
  rename: PencilLine,
  deleteProject: FolderX,
  sample: BookOpenText,
  projectMenu: FolderCog,
  library: LibraryBig,
  code: Highlighter,
  retrieve: TextSearch,
  compare: GitCompare,
  agreement: UsersRound,
  backups: Archive,
};

/** The icon, hidden from assistive technology: the control it sits in carries the name. */
export function CommandIcon({ icon, size = 18 }: { icon: IconKey; size?: number }) {
  const Icon = ICONS[icon];
  return <Icon size={size} aria-hidden="true" focusable="false" strokeWidth={1.75} />;
}
