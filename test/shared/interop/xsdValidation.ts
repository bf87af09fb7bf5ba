// Validation of exported REFI-QDA XML against the official schemas, copied into the test fixtures so
// that the suite needs nothing beside the clone. xmllint-wasm is libxml2's xmllint compiled to
// WebAssembly: the same validator as Debian's libxml2-utils, without a native build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const schemaPath = (name: string) => fileURLToPath(new URL(`../../fixtures/refi-qda/xsd/${name}`, import.meta.url));

export async function schemaErrors(xml: string, schema: 'Project.xsd' | 'Codebook.xsd'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: schema === 'Project.xsd' ? 'project.qde' : 'codebook.qdc', contents: xml }],
    schema: [{ fileName: schema, contents: readFileSync(schemaPath(schema), 'utf8') }],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
