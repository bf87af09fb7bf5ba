// The text of an original a REFI-QDA project brings (a DOCX, RTF or PDF inside the archive or beside
// it), read by the library's own extractors, so that it is the text an import of that file would give.
import type { Extractor } from '../extract/extractor';
import { formatOfFileName, TABLE_FORMATS } from '../../shared/library/fileFormats';
import { UserFacingError } from '../userFacingError';

export async function originalText(extractor: Extractor, fileName: string, bytes: Uint8Array): Promise<string> {
  const format = formatOfFileName(fileName);
  if (!format || TABLE_FORMATS.has(format)) throw new UserFacingError(`“${fileName}” is not a document whose text Framewise reads.`);
  try {
    const { value } = await extractor.extract({ fileName, format, bytes });
    return value.text;
  } catch (error) {
    // The import names the file and the source; the extractor's reason completes the sentence.
    throw new UserFacingError((error as Error).message, { cause: error });
  }
}
