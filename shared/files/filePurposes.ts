// What a file going in or out through a dialog is for. The window names a purpose, never a title or a
// list of file types: main takes those from here, so a page that went wrong cannot dress a save dialog
// as something else or offer a type the app never writes. One row per purpose, for the exports of today
// and the files of the floors to come (project files, REFI-QDA, charts, reports).

export interface SavePurpose {
  /** The save dialog's title. */
  title: string;
  /** The file types offered, without the dot; the first is the default. */
  extensions: readonly string[];
}

export interface OpenPurpose {
  title: string;
  extensions: readonly string[];
  /** What the file is, in a sentence: “too large for a codebook”. */
  noun: string;
  /**
   * The largest file read, in bytes. Manifests and codebooks are small, so a larger file is almost
   * certainly the wrong one; a project file carries its originals and may be large, up to what Node
   * reads of one file in one piece (just under 2 GiB).
   */
  maxBytes: number;
}

const MB = 1024 * 1024;
/** Node's readFile refuses larger files (ERR_FS_FILE_TOO_LARGE). */
export const LARGEST_READABLE_BYTES = 2 ** 31 - 1;

export const SAVE_PURPOSES = {
  codedSegmentsCsv: { title: 'Export coded segments (CSV)', extensions: ['csv'] },
  memosMarkdown: { title: 'Export memos (Markdown)', extensions: ['md'] },
  codebookCsv: { title: 'Export the codebook (CSV)', extensions: ['csv'] },
  projectFile: { title: 'Save a copy of the project', extensions: ['framewise'] },
  refiProject: { title: 'Export the project for other QDA programs (REFI-QDA)', extensions: ['qdpx'] },
  refiCodebook: { title: 'Export the codebook for other QDA programs (REFI-QDA)', extensions: ['qdc'] },
  chartSvg: { title: 'Save the chart as SVG', extensions: ['svg'] },
  chartPng: { title: 'Save the chart as PNG', extensions: ['png'] },
  reportCsv: { title: 'Export the table (CSV)', extensions: ['csv'] },
  reportHtml: { title: 'Export the report (HTML)', extensions: ['html'] },
  reportMarkdown: { title: 'Export the report (Markdown)', extensions: ['md'] },
  agreementCsv: { title: 'Export the agreement table (CSV)', extensions: ['csv'] },
  methodsText: { title: 'Export the methods paragraph (text)', extensions: ['txt'] },
} as const satisfies Record<string, SavePurpose>;

export const OPEN_PURPOSES = {
  manifest: { title: 'Choose a manifest of document attributes (CSV or JSON)', extensions: ['csv', 'json', 'tsv', 'txt'], noun: 'manifest', maxBytes: 20 * MB },
  codebook: { title: 'Choose a codebook (CSV)', extensions: ['csv', 'tsv', 'txt'], noun: 'codebook', maxBytes: 20 * MB },
  projectFile: { title: 'Open a project file', extensions: ['framewise'], noun: 'project file', maxBytes: LARGEST_READABLE_BYTES },
  refiProject: { title: 'Import a REFI-QDA project', extensions: ['qdpx'], noun: 'REFI-QDA project', maxBytes: LARGEST_READABLE_BYTES },
  refiCodebook: { title: 'Import a REFI-QDA codebook', extensions: ['qdc'], noun: 'REFI-QDA codebook', maxBytes: 50 * MB },
  /** Another coder's work to merge into the open project: a project file or a REFI-QDA project. */
  mergeProject: { title: 'Merge a project into this one', extensions: ['framewise', 'qdpx'], noun: 'project to merge', maxBytes: LARGEST_READABLE_BYTES },
} as const satisfies Record<string, OpenPurpose>;

export type SavePurposeName = keyof typeof SAVE_PURPOSES;
export type OpenPurposeName = keyof typeof OPEN_PURPOSES;

export const SAVE_PURPOSE_NAMES = Object.keys(SAVE_PURPOSES) as [SavePurposeName, ...SavePurposeName[]];
export const OPEN_PURPOSE_NAMES = Object.keys(OPEN_PURPOSES) as [OpenPurposeName, ...OpenPurposeName[]];
