// A project.qde read into plain typed data (the parts Framewise uses), before any decision about
// rows: GUIDs already normalized to keys (lower case, no braces), everything else as the file says.
// Elements without a usable GUID are left out and listed with the reason; unknown elements and
// attributes are ignored. The result is plain JSON, so an import plan can keep it and be completed
// later with texts the app fetched.
import { childNamed, childrenNamed, type XmlNode } from './xmlTree';
import { guidToId } from './refiGuid';

export interface RefiUser {
  id: string;
  name: string;
}

export interface RefiCode {
  id: string;
  name: string;
  color: string | undefined;
  description: string;
  noteIds: string[];
  children: RefiCode[];
}

export interface RefiValue {
  variableId: string;
  /** The typed element's name: TextValue, IntegerValue… */
  element: string;
  text: string;
}

export interface RefiCase {
  id: string;
  name: string;
  values: RefiValue[];
  sourceIds: string[];
}

export interface RefiCoding {
  id: string | null;
  codeId: string;
  creatingUser: string | null;
  creationDateTime: string | undefined;
  noteIds: string[];
}

export interface RefiSelection {
  id: string;
  start: number;
  end: number;
  creatingUser: string | null;
  creationDateTime: string | undefined;
  description: string;
  codings: RefiCoding[];
  noteIds: string[];
}

export type RefiSourceKind = 'TextSource' | 'PDFSource' | 'PictureSource' | 'AudioSource' | 'VideoSource';

export interface RefiSource {
  kind: RefiSourceKind;
  id: string;
  name: string;
  plainTextPath: string | undefined;
  richTextPath: string | undefined;
  /** Media and PDF sources name their file in `path`. */
  path: string | undefined;
  plainTextContent: string | undefined;
  description: string;
  creatingUser: string | null;
  creationDateTime: string | undefined;
  selections: RefiSelection[];
  /** Selections of other kinds (PDF regions, picture areas, audio spans): counted, not read. */
  otherSelections: number;
  noteIds: string[];
  values: RefiValue[];
}

export interface RefiNote {
  id: string;
  name: string;
  text: string | undefined;
  plainTextPath: string | undefined;
  creatingUser: string | null;
  creationDateTime: string | undefined;
  modifiedDateTime: string | undefined;
}

export interface RefiSet {
  id: string;
  name: string;
  description: string;
  sourceIds: string[];
  codeIds: string[];
}

export interface RefiVariable {
  id: string;
  name: string;
  type: string;
}

export interface RefiProject {
  name: string;
  origin: string;
  basePath: string | undefined;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  /** Notes on the project as a whole. */
  noteIds: string[];
  links: number;
  graphs: number;
  skipped: Array<{ kind: string; name: string; reason: string }>;
}

const SOURCE_KINDS: readonly RefiSourceKind[] = ['TextSource', 'PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'];

export function readRefiProject(root: XmlNode): RefiProject {
  const skipped: RefiProject['skipped'] = [];
  const idOf = (node: XmlNode, kind: string, attribute = 'guid'): string | null => {
    const id = guidToId(node.attributes[attribute]);
    if (!id) skipped.push({ kind, name: node.attributes.name ?? '', reason: `its GUID “${node.attributes[attribute] ?? ''}” is missing or not a GUID` });
    return id;
  };
  const refs = (node: XmlNode, name: string) =>
    childrenNamed(node, name)
      .map((ref) => guidToId(ref.attributes.targetGUID))
      .filter((id): id is string => id !== null);
  const values = (node: XmlNode): RefiValue[] =>
    childrenNamed(node, 'VariableValue').flatMap((value) => {
      const variableId = guidToId(childNamed(value, 'VariableRef')?.attributes.targetGUID);
      const typed = value.children.find((child) => child.name.endsWith('Value'));
      return variableId && typed ? [{ variableId, element: typed.name, text: typed.text }] : [];
    });

  const readCode = (node: XmlNode): RefiCode | null => {
    const id = idOf(node, 'code');
    if (!id) return null;
    return {
      id,
      name: node.attributes.name ?? '',
      color: node.attributes.color,
      description: childNamed(node, 'Description')?.text ?? '',
      noteIds: refs(node, 'NoteRef'),
      children: childrenNamed(node, 'Code').map(readCode).filter((code): code is RefiCode => code !== null),
    };
  };

  const readCoding = (node: XmlNode): RefiCoding | null => {
    const codeId = guidToId(childNamed(node, 'CodeRef')?.attributes.targetGUID);
    if (!codeId) {
      skipped.push({ kind: 'coding', name: node.attributes.guid ?? '', reason: 'it names no code (no CodeRef with a GUID)' });
      return null;
    }
    return {
      id: guidToId(node.attributes.guid),
      codeId,
      creatingUser: guidToId(node.attributes.creatingUser),
      creationDateTime: node.attributes.creationDateTime,
      noteIds: refs(node, 'NoteRef'),
    };
  };

  const readSelection = (node: XmlNode, sourceName: string): RefiSelection | null => {
    const id = idOf(node, 'selection');
    if (!id) return null;
    const start = Number(node.attributes.startPosition);
    const end = Number(node.attributes.endPosition);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
      skipped.push({ kind: 'selection', name: sourceName, reason: `its positions (${node.attributes.startPosition}, ${node.attributes.endPosition}) are not whole numbers` });
      return null;
    }
    return {
      id,
      start,
      end,
      creatingUser: guidToId(node.attributes.creatingUser),
      creationDateTime: node.attributes.creationDateTime,
      description: childNamed(node, 'Description')?.text ?? '',
      codings: childrenNamed(node, 'Coding').map(readCoding).filter((c): c is RefiCoding => c !== null),
      noteIds: refs(node, 'NoteRef'),
    };
  };

  const readSource = (node: XmlNode): RefiSource | null => {
    const id = idOf(node, 'source');
    if (!id) return null;
    const kind = node.name as RefiSourceKind;
    // A PDF's text representation (Project.xsd: PDFSource > Representation, a TextSource) is where
    // its text selections live.
    const textNode = kind === 'PDFSource' ? childNamed(node, 'Representation') : kind === 'PictureSource' ? childNamed(node, 'TextDescription') : node;
    const name = node.attributes.name ?? '';
    const selections = childrenNamed(textNode, 'PlainTextSelection').map((s) => readSelection(s, name)).filter((s): s is RefiSelection => s !== null);
    const otherSelections = node.children.filter((child) => /^(PDF|Picture|Audio|Video)Selection$/u.test(child.name)).length;
    const wholeCodings = childrenNamed(node, 'Coding').length;
    if (wholeCodings > 0) skipped.push({ kind: 'coding', name, reason: `${wholeCodings} coding(s) of the whole source “${name}” (not of a passage) are not imported` });
    return {
      kind,
      id,
      name,
      plainTextPath: textNode?.attributes.plainTextPath,
      richTextPath: textNode?.attributes.richTextPath,
      path: node.attributes.path ?? node.attributes.currentPath,
      plainTextContent: childNamed(textNode, 'PlainTextContent')?.text,
      description: childNamed(node, 'Description')?.text ?? '',
      creatingUser: guidToId(node.attributes.creatingUser),
      creationDateTime: node.attributes.creationDateTime,
      selections,
      otherSelections,
      noteIds: [...refs(node, 'NoteRef'), ...(textNode && textNode !== node ? refs(textNode, 'NoteRef') : [])],
      values: values(node),
    };
  };

  const users = childrenNamed(childNamed(root, 'Users'), 'User').flatMap((node) => {
    const id = idOf(node, 'user');
    return id ? [{ id, name: node.attributes.name ?? node.attributes.id ?? '' }] : [];
  });
  const codes = childrenNamed(childNamed(childNamed(root, 'CodeBook'), 'Codes'), 'Code')
    .map(readCode)
    .filter((code): code is RefiCode => code !== null);
  const variables = childrenNamed(childNamed(root, 'Variables'), 'Variable').flatMap((node) => {
    const id = idOf(node, 'variable');
    return id ? [{ id, name: node.attributes.name ?? '', type: node.attributes.typeOfVariable ?? 'Text' }] : [];
  });
  const cases = childrenNamed(childNamed(root, 'Cases'), 'Case').flatMap((node) => {
    const id = idOf(node, 'case');
    return id ? [{ id, name: node.attributes.name ?? '', values: values(node), sourceIds: refs(node, 'SourceRef') }] : [];
  });
  const sources = (childNamed(root, 'Sources')?.children ?? [])
    .filter((node) => SOURCE_KINDS.includes(node.name as RefiSourceKind))
    .map(readSource)
    .filter((source): source is RefiSource => source !== null);
  const notes = childrenNamed(childNamed(root, 'Notes'), 'Note').flatMap((node) => {
    const id = idOf(node, 'note');
    if (!id) return [];
    return [
      {
        id,
        name: node.attributes.name ?? '',
        text: childNamed(node, 'PlainTextContent')?.text,
        plainTextPath: node.attributes.plainTextPath,
        creatingUser: guidToId(node.attributes.creatingUser),
        creationDateTime: node.attributes.creationDateTime,
        modifiedDateTime: node.attributes.modifiedDateTime,
      },
    ];
  });
  const sets = childrenNamed(childNamed(root, 'Sets'), 'Set').flatMap((node) => {
    const id = idOf(node, 'set');
    if (!id) return [];
    return [{ id, name: node.attributes.name ?? '', description: childNamed(node, 'Description')?.text ?? '', sourceIds: refs(node, 'MemberSource'), codeIds: refs(node, 'MemberCode') }];
  });

  return {
    name: root.attributes.name ?? '',
    origin: root.attributes.origin ?? '',
    basePath: root.attributes.basePath,
    users,
    codes,
    variables,
    cases,
    sources,
    notes,
    sets,
    noteIds: refs(root, 'NoteRef'),
    links: childrenNamed(childNamed(root, 'Links'), 'Link').length,
    graphs: childrenNamed(childNamed(root, 'Graphs'), 'Graph').length,
    skipped,
  };
}
