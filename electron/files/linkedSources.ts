// Files outside a REFI-QDA project that it names for its sources (`relative://` beside the .qdpx,
// `absolute://` anywhere): the researcher chose the .qdpx, not these files, so main grants exactly the
// paths that project names, when main itself opens it, and reads nothing else for the window. A
// window taken over by a page could otherwise ask for any file on the disk. A network share is
// neither granted nor read, whoever asks (shared/interop/sourcePaths.ts says why).
import { readFile, stat } from 'node:fs/promises';
import nodePath, { type PlatformPath } from 'node:path';
import type { LinkedSource, LinkedSourceRequest, OpenedFile } from '../../shared/ipc';
import { linkedSourcePaths } from '../../shared/interop/qdpxImport';
import { localPathProblem } from '../../shared/interop/sourcePaths';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/library/fileSizeLimits';
import { formatOfFileName } from '../../shared/library/fileFormats';
import type { Extractor } from '../extract/extractor';
import { UserFacingError } from '../userFacingError';
import { originalText } from './originalText';

export class LinkedSources {
  private readonly granted = new Set<string>();

  /** `paths`: this system's path rules; a test passes Windows' (`path.win32`) or POSIX's. */
  constructor(private readonly paths: PlatformPath = nodePath) {}

  /** Grants the files a .qdpx just opened in main names outside itself; passes the file on. */
  noteOpened<T extends OpenedFile | null>(file: T): T {
    if (file?.as === 'bytes' && /\.qdpx$/iu.test(file.fileName)) {
      // A path of another system (a Windows drive on Linux) is not a path here: it is never read.
      for (const path of linkedSourcePaths(file.bytes, this.paths.dirname(file.path))) {
        if (this.paths.isAbsolute(path) && this.localProblem(path) === null) this.granted.add(this.paths.resolve(path));
      }
    }
    return file;
  }

  /** The file, and its text when it is an original to extract; the reason, for the import report, when it cannot be read. */
  async read({ path, maxFileBytes = DEFAULT_MAX_FILE_BYTES }: LinkedSourceRequest, extractor: Extractor): Promise<LinkedSource> {
    // Refused before anything touches the path: even a stat of a share makes Windows connect to it.
    const problem = this.localProblem(path);
    if (problem) throw new UserFacingError(problem);
    const target = this.paths.resolve(path);
    if (!this.granted.has(target)) throw new UserFacingError('Framewise reads only the files that the chosen REFI-QDA project names');
    const fileName = this.paths.basename(target);
    const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
      throw new UserFacingError(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'the file is not there' : `the file could not be read (${error.code ?? error.message})`);
    });
    if (!info.isFile()) throw new UserFacingError('it is a folder, not a file');
    if (info.size > maxFileBytes) throw new UserFacingError(`the file is larger than the ${Math.round(maxFileBytes / (1024 * 1024))} MB limit of a document (Preferences)`);
    const bytes = new Uint8Array(
      await readFile(target).catch((error: NodeJS.ErrnoException) => {
        throw new UserFacingError(`the file could not be read (${error.code ?? error.message})`);
      }),
    );
    if (formatOfFileName(fileName) === 'txt') return { fileName, bytes, text: null };
    // The extractor's worker takes the buffer it is handed (a transfer): it gets a copy, the window the file.
    return { fileName, bytes, text: await originalText(extractor, fileName, bytes.slice()) };
  }

  /** Why `path` is not read, as written or resolved (`\x` resolves onto the share of a current folder there). */
  private localProblem(path: string): string | null {
    return localPathProblem(path) ?? localPathProblem(this.paths.resolve(path));
  }
}
