// What the import of one file comes to, and how the files of one import claim their content in the
// order they were given: the types the pipeline (importFiles.ts), the batching of its documents
// (importBatches.ts) and the rows of a spreadsheet (tableDocuments.ts) share.
import type { FileProblem, ImportedDocument } from '../../shared/ipc';
import type { AttributeType } from '../../shared/model';

export type Outcome =
  /** `attributeTypes`: for the rows of a spreadsheet, the type of each column, decided on all of them. */
  | { kind: 'imported'; documents: ImportedDocument[]; duplicate?: FileProblem; attributeTypes?: Record<string, AttributeType> }
  | { kind: 'duplicate'; problem: FileProblem }
  | { kind: 'refused'; problem: FileProblem }
  /** Cancel came before the file was read (it waited, or the extractor gave up on it): it was not imported, and is not reported. */
  | { kind: 'cancelled' };

/** SHA-256 -> the outcome of the file that claimed it first ('' = already in the project). */
export type SeenContent = Map<string, { fileName: string; imported: Promise<boolean> }>;

export interface ClaimOrder {
  /** Resolves once every earlier file of the batch has claimed its content (or was refused). */
  waitTurn(): Promise<void>;
  passTurn(): void;
}
