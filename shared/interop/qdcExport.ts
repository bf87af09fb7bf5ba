// Export of the codebook as a REFI-QDA codebook (`.qdc`, Codebook.xsd: CodeBook > Codes > Code, in
// the `urn:QDA-XML:codebook:1.0` namespace), the file tools exchange to share a codebook without data.
import type { CodeRecord } from '../model';
import { codeElements } from './codeTreeXml';
import { xmlDocument } from './xmlWriter';

export function exportQdc(codes: readonly CodeRecord[], app: { name: string; version: string }): string {
  const tree = codeElements(codes);
  // Codebook.xsd requires at least one Code: an empty codebook has no valid file.
  if (tree.length === 0) throw new Error('The codebook has no codes: there is nothing to export.');
  return xmlDocument({
    name: 'CodeBook',
    attributes: [
      ['xmlns', 'urn:QDA-XML:codebook:1.0'],
      ['origin', `${app.name} ${app.version}`],
    ],
    children: [{ name: 'Codes', children: tree }],
  });
}
