// REFI-QDA exchange and merging, as researchers meet them: a coded project exported as a .qdpx that
// the official schema accepts, and its codebook as a .qdc; that .qdpx imported into another profile
// as a new project holding the same documents, codes, codings and memos, and imported again without
// adding anything; a damaged file refused with its name and reason; and two coders' work on the same
// documents merged, each coding once, a second merge changing nothing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { ProjectTables } from '../../shared/projectFile/projectTables';
import { schemaErrors } from '../shared/interop/xsdValidation';
import { packQdpx, qde, uuid } from '../shared/interop/refiFixtures';
import { launchApp, type App } from './app';
import { openProjectId, projectRows } from './projectRows';
import { scratchFolder } from './teardown';

const status = (app: App, text: string | RegExp) => app.page.getByRole('status', { name: 'Status' }).filter({ hasText: text }).waitFor();

/** A profile whose coder has a name of their own, holding the sample project (four coded texts). */
async function sampleProfile(coder: string): Promise<App> {
  const app = await launchApp({ welcome: 'leave-open' });
  const welcome = app.page.getByRole('dialog', { name: 'Welcome to Framewise' });
  await welcome.getByLabel('Your name as coder').fill(coder);
  await welcome.getByRole('button', { name: 'Open the sample project' }).click();
  await app.page.getByRole('heading', { name: /^Documents/ }).waitFor();
  await expect.poll(async () => (await projectRows(app.page, await openProjectId(app.page))).codings.length).toBeGreaterThan(0);
  return app;
}

async function exportProject(app: App, path: string): Promise<void> {
  app.dialog.willSaveTo(path);
  await app.page.getByRole('button', { name: 'Export', exact: true }).click();
  await app.page.getByRole('menuitem', { name: 'REFI-QDA project (.qdpx)…' }).click();
  const options = app.page.getByRole('dialog', { name: 'Export a REFI-QDA project' });
  await expect.poll(() => options.getByRole('checkbox', { name: /Include the originals/ }).isChecked()).toBe(true);
  await options.getByRole('button', { name: 'Export…' }).click();
  await status(app, /as a REFI-QDA project to/);
}

async function importMenu(app: App, item: string): Promise<void> {
  await app.page.getByRole('button', { name: 'More import options' }).click();
  await app.page.getByRole('menuitem', { name: item }).click();
}

async function currentRows(app: App): Promise<ProjectTables> {
  return projectRows(app.page, await openProjectId(app.page));
}

/** Codings as a researcher sees them: document, code, coder, extent and quote, sorted. */
function codingsSeen(rows: ProjectTables): string[] {
  const title = new Map(rows.documents.map((d) => [d.id, d.title]));
  const code = new Map(rows.codes.map((c) => [c.id, c.name]));
  const coder = new Map(rows.coders.map((c) => [c.id, c.name]));
  return rows.codings.map((c) => `${title.get(c.docId)} | ${code.get(c.codeId)} | ${coder.get(c.coderId)} | ${c.start}-${c.end} | ${c.quote}`).sort();
}

function codeTree(rows: ProjectTables): string[] {
  const byId = new Map(rows.codes.map((c) => [c.id, c]));
  const path = (id: string | null): string => (id ? `${path(byId.get(id)!.parentId)}/${byId.get(id)!.name}` : '');
  return rows.codes.map((c) => `${path(c.id)} ${c.color} ${c.definition}`).sort();
}

function textsByTitle(rows: ProjectTables): string[] {
  const text = new Map(rows.texts.map((t) => [t.docId, t.text]));
  return rows.documents.map((d) => `${d.title}\n${text.get(d.id)}`).sort();
}

test('an exported REFI-QDA project and codebook are valid against the official schemas', async () => {
  const folder = await scratchFolder();
  const app = await sampleProfile('Ana');
  const qdpx = join(folder, 'sample.qdpx');
  await exportProject(app, qdpx);
  const files = unzipSync(new Uint8Array(await readFile(qdpx)));
  const qde = strFromU8(files['project.qde']!);
  expect(await schemaErrors(qde, 'Project.xsd')).toEqual([]);
  const rows = await currentRows(app);
  // One plain-text source per document, exactly its text.
  for (const { docId, text } of rows.texts) expect(strFromU8(files[`sources/${docId}.txt`]!)).toBe(text);
  expect(qde.match(/<PlainTextSelection /gu)).toHaveLength(rows.codings.length);

  const qdc = join(folder, 'codebook.qdc');
  app.dialog.willSaveTo(qdc);
  await app.page.getByRole('button', { name: 'Export', exact: true }).click();
  await app.page.getByRole('menuitem', { name: 'REFI-QDA codebook (.qdc)…' }).click();
  await status(app, /as a REFI-QDA codebook to/);
  expect(await schemaErrors(await readFile(qdc, 'utf8'), 'Codebook.xsd')).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('a .qdpx imported as a new project holds the same documents, codes and codings, and importing it again adds nothing', async () => {
  const folder = await scratchFolder();
  const ana = await sampleProfile('Ana');
  const qdpx = join(folder, 'from-ana.qdpx');
  await exportProject(ana, qdpx);
  const original = await currentRows(ana);

  const other = await launchApp();
  const emptyProjectId = await openProjectId(other.page);
  other.dialog.willOpen([qdpx]);
  await importMenu(other, 'REFI-QDA project (.qdpx)…');
  const preview = other.page.getByRole('dialog', { name: 'Import from-ana.qdpx' });
  await expect.poll(() => preview.textContent()).toContain(`holds ${original.documents.length} documents`);
  await preview.getByRole('button', { name: 'Import as a new project' }).click();
  const report = other.page.getByRole('dialog', { name: 'Import report' });
  await expect.poll(() => report.textContent()).toMatch(/was created from from-ana\.qdpx/);
  await report.getByRole('button', { name: 'Close' }).click();

  await expect.poll(() => openProjectId(other.page)).not.toBe(emptyProjectId);
  const imported = await currentRows(other);
  expect(textsByTitle(imported)).toEqual(textsByTitle(original));
  expect(codeTree(imported)).toEqual(codeTree(original));
  expect(codingsSeen(imported)).toEqual(codingsSeen(original));
  expect(imported.codings).toHaveLength(original.codings.length);
  expect(imported.memos.map((m) => m.text).sort()).toEqual(original.memos.map((m) => m.text).sort());
  // Ids are kept: the documents and codings are the same rows as Ana's.
  expect(imported.codings.map((c) => c.id).sort()).toEqual(original.codings.map((c) => c.id).sort());

  // The same file again, into the project it made: everything is matched by GUID.
  other.dialog.willOpen([qdpx]);
  await importMenu(other, 'REFI-QDA project (.qdpx)…');
  const again = other.page.getByRole('dialog', { name: 'Import from-ana.qdpx' });
  await expect.poll(() => again.textContent()).toContain('adds nothing');
  await again.getByRole('button', { name: 'Cancel' }).click();
  expect(codingsSeen(await currentRows(other))).toEqual(codingsSeen(original));
  expect(ana.pageErrors).toEqual([]);
  expect(other.pageErrors).toEqual([]);
});

test('a damaged .qdpx is refused with its name and the reason, and nothing changes', async () => {
  const folder = await scratchFolder();
  const app = await sampleProfile('Ana');
  const before = await currentRows(app);
  const broken = join(folder, 'broken.qdpx');
  await writeFile(broken, 'this is not a zip archive');
  app.dialog.willOpen([broken]);
  await importMenu(app, 'REFI-QDA project (.qdpx)…');
  const refusal = app.page.getByRole('dialog', { name: 'Not imported' });
  await expect.poll(() => refusal.getByRole('alert').textContent()).toMatch(/“broken\.qdpx” cannot be imported: .+\. Nothing in your projects was changed\./);
  await refusal.getByRole('button', { name: 'Close' }).click();
  const after = await currentRows(app);
  expect(codingsSeen(after)).toEqual(codingsSeen(before));
  expect(after.documents).toEqual(before.documents);
  expect(app.pageErrors).toEqual([]);
});

test('two coders’ work on the same documents merges with each coding once, and merging again changes nothing', async () => {
  const folder = await scratchFolder();
  const ana = await sampleProfile('Ana');
  const fromAna = join(folder, 'ana.qdpx');
  await exportProject(ana, fromAna);
  const anaRows = await currentRows(ana);

  const ben = await sampleProfile('Ben');
  const benBefore = await currentRows(ben);
  ben.dialog.willOpen([fromAna]);
  await importMenu(ben, 'Merge a project…');
  const preview = ben.page.getByRole('dialog', { name: 'Merge ana.qdpx' });
  // The same four texts (matched by their SHA-256) and the same codebook (matched by path).
  await expect.poll(() => preview.textContent()).toContain(`finds already there ${benBefore.documents.length} documents, ${benBefore.codes.length} codes`);
  await preview.getByRole('button', { name: /^Merge into / }).click();
  const report = ben.page.getByRole('dialog', { name: 'Merge report' });
  await expect.poll(() => report.textContent()).toContain('Merged ana.qdpx into');
  await report.getByRole('button', { name: 'Close' }).click();

  const merged = await currentRows(ben);
  const asBen = (rows: ProjectTables) => codingsSeen(rows);
  const anaSeen = codingsSeen(anaRows);
  // Ben's codings and Ana's, each once, on Ben's documents and codes: the sample's second coder, the
  // same person in both samples, coded the same passages in both, and they are there once.
  expect(asBen(merged)).toEqual([...new Set([...codingsSeen(benBefore), ...anaSeen])].sort());
  expect(new Set(asBen(merged)).size).toBe(merged.codings.length);
  expect(merged.documents).toHaveLength(benBefore.documents.length);
  expect(merged.codes).toHaveLength(benBefore.codes.length);
  expect(merged.coders.map((c) => c.name).sort()).toEqual(['Ana', 'Ben', 'Jordan Ellis']);

  // Merging the same file again finds everything there.
  ben.dialog.willOpen([fromAna]);
  await importMenu(ben, 'Merge a project…');
  const again = ben.page.getByRole('dialog', { name: 'Merge ana.qdpx' });
  await expect.poll(() => again.textContent()).toContain('adds nothing');
  await again.getByRole('button', { name: 'Cancel' }).click();
  expect(asBen(await currentRows(ben))).toEqual(asBen(merged));

  // The merge was backed up before, and is one step of Undo.
  await ben.page.getByRole('button', { name: 'Undo Merged ana.qdpx' }).click();
  await expect.poll(async () => codingsSeen(await currentRows(ben))).toEqual(codingsSeen(benBefore));
  await ben.page.getByRole('button', { name: 'Backups', exact: true }).click();
  await expect.poll(() => ben.page.getByRole('region', { name: /^Backups of / }).getByRole('row').allInnerTexts()).toContainEqual(expect.stringContaining('before importing another project'));
  expect(ben.pageErrors).toEqual([]);
});

test('another coder’s Framewise project file merges the same way: their codings added with their coder, conflicts none', async () => {
  const folder = await scratchFolder();
  const ana = await sampleProfile('Ana');
  const copy = join(folder, 'ana.framewise');
  ana.dialog.willSaveTo(copy);
  await ana.page.getByRole('button', { name: 'Save a copy…' }).click();
  await status(ana, /Saved a copy of/);
  const anaRows = await currentRows(ana);

  const ben = await sampleProfile('Ben');
  const benBefore = await currentRows(ben);
  ben.dialog.willOpen([copy]);
  await ben.page.getByRole('button', { name: 'More import options' }).click();
  await ben.page.getByRole('menuitem', { name: 'Merge a project…' }).click();
  const preview = ben.page.getByRole('dialog', { name: 'Merge ana.framewise' });
  // Ana's own codings: the sample's second coder's are Ben's already.
  const benSeen = new Set(codingsSeen(benBefore));
  const anaOwn = codingsSeen(anaRows).filter((seen) => !benSeen.has(seen));
  await expect.poll(() => preview.textContent()).toContain(`adds 0 documents, 0 codes, ${anaOwn.length} codings`);
  await expect.poll(() => preview.getByRole('list', { name: 'Conflicts and items not imported' }).count()).toBe(0);
  await preview.getByRole('button', { name: /^Merge into / }).click();
  await ben.page.getByRole('dialog', { name: 'Merge report' }).getByRole('button', { name: 'Close' }).click();
  expect(codingsSeen(await currentRows(ben))).toEqual([...benSeen, ...anaOwn].sort());
  expect(ben.pageErrors).toEqual([]);
});

test('an RTF document travels with its original when asked, and its text comes back identical', async () => {
  const folder = await scratchFolder();
  const rtfPath = join(folder, 'speech.rtf');
  const rtf = '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Jobs first, said the mayor.\\par Security matters more, said the caf\\u233?\\u0301? owners.\\par}';
  await writeFile(rtfPath, rtf);
  const ana = await launchApp();
  ana.dialog.willOpen([rtfPath]);
  await ana.page.getByRole('button', { name: 'Import documents…' }).click();
  await expect.poll(async () => (await currentRows(ana)).documents.length).toBe(1);
  const original = await currentRows(ana);
  expect(original.documents[0]!.format).toBe('rtf');

  const qdpx = join(folder, 'speech.qdpx');
  await exportProject(ana, qdpx);
  const files = unzipSync(new Uint8Array(await readFile(qdpx)));
  const docId = original.documents[0]!.id;
  expect(Buffer.from(files[`sources/${docId}.rtf`]!).toString('utf8')).toBe(rtf);
  expect(strFromU8(files[`sources/${docId}.txt`]!)).toBe(original.texts[0]!.text);
  expect(await schemaErrors(strFromU8(files['project.qde']!), 'Project.xsd')).toEqual([]);

  const other = await launchApp();
  other.dialog.willOpen([qdpx]);
  await importMenu(other, 'REFI-QDA project (.qdpx)…');
  await other.page.getByRole('dialog', { name: 'Import speech.qdpx' }).getByRole('button', { name: 'Import as a new project' }).click();
  await other.page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => textsByTitle(await currentRows(other))).toEqual(textsByTitle(original));
  expect(ana.pageErrors).toEqual([]);
  expect(other.pageErrors).toEqual([]);
});

test('a source whose text is only in its RTF original is read by the library’s extractor, and its codings quote what they point to', async () => {
  const folder = await scratchFolder();
  const source = uuid('rtf-only source').toUpperCase();
  const code = uuid('rtf-only code');
  const user = uuid('rtf-only user');
  // The library's RTF reader separates paragraphs with a blank line; the tool counted over that text.
  const text = 'Jobs first, said the mayor.\n\nSecurity matters more, said the owners.';
  const selection = (quote: string, i: number) => {
    const start = text.indexOf(quote);
    return `<PlainTextSelection guid="${uuid(`rtf sel ${i}`)}" startPosition="${start}" endPosition="${start + quote.length}" creatingUser="${user}"><Coding guid="${uuid(`rtf coding ${i}`)}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
  };
  const xml = qde(
    `<Users><User guid="${user}" name="Nia"/></Users><CodeBook><Codes><Code guid="${code}" name="Claims" isCodable="true"/></Codes></CodeBook>` +
      `<Sources><TextSource guid="${source}" name="Speech" richTextPath="internal://${source}.rtf">${['Jobs first', 'Security matters more'].map(selection).join('')}</TextSource></Sources>`,
    'NVivo 14 for Windows',
  );
  const path = join(folder, 'nvivo.qdpx');
  await writeFile(path, packQdpx(xml, { [`sources/${source}.rtf`]: '{\\rtf1\\ansi Jobs first, said the mayor.\\par Security matters more, said the owners.\\par}' }));

  const app = await launchApp();
  app.dialog.willOpen([path]);
  await importMenu(app, 'REFI-QDA project (.qdpx)…');
  const preview = app.page.getByRole('dialog', { name: 'Import nvivo.qdpx' });
  await expect.poll(() => preview.textContent()).toContain('holds 1 document, 1 code, 2 codings');
  await preview.getByRole('button', { name: 'Import as a new project' }).click();
  await app.page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Close' }).click();
  const rows = await currentRows(app);
  expect(rows.texts.map((t) => t.text)).toEqual([text]);
  expect(codingsSeen(rows)).toEqual([`Speech | Claims | Nia | 0-10 | Jobs first`, `Speech | Claims | Nia | 29-50 | Security matters more`]);
  // The RTF in sources/ is the document's original in the library, as an imported RTF's would be.
  expect(rows.documents[0]).toMatchObject({ format: 'rtf', storedName: expect.stringMatching(/^[0-9a-f]{64}\.rtf$/) });
  expect(app.pageErrors).toEqual([]);
});

test('a zip bomb is refused whole, and an entry whose path escapes the archive is skipped with its reason, from the keyboard', async () => {
  const folder = await scratchFolder();
  const source = uuid('bomb source');
  const xml = qde(`<Sources><TextSource guid="${source}" name="Notes" plainTextPath="internal://${source}.txt"/></Sources>`);
  const bomb = join(folder, 'bomb.qdpx');
  await writeFile(bomb, packQdpx(xml, { [`sources/${source}.txt`]: new Uint8Array(8 * 1024 * 1024) }));
  const escaping = join(folder, 'escaping.qdpx');
  await writeFile(escaping, packQdpx(xml, { [`sources/${source}.txt`]: 'Some notes to code.', '../../outside.txt': 'where it must not go' }));

  const app = await launchApp();
  const before = await currentRows(app);
  /** Presses `key` until the control is focused (at most ten times), then Enter. */
  const pressUntil = async (key: string, control: ReturnType<typeof app.page.getByRole>) => {
    for (let i = 0; i < 10 && !(await control.evaluate((el) => el === document.activeElement)); i++) await app.page.keyboard.press(key);
    await expect.poll(() => control.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
  };
  const chooseImport = async () => {
    await app.page.getByRole('button', { name: 'More import options' }).focus();
    await app.page.keyboard.press('ArrowDown');
    await pressUntil('ArrowDown', app.page.getByRole('menuitem', { name: 'REFI-QDA project (.qdpx)…' }));
  };

  app.dialog.willOpen([bomb]);
  await chooseImport();
  const refusal = app.page.getByRole('dialog', { name: 'Not imported' });
  await expect.poll(() => refusal.getByRole('alert').textContent()).toMatch(/“bomb\.qdpx” cannot be imported: .*zip bomb/);
  await app.page.keyboard.press('Enter');
  await refusal.waitFor({ state: 'detached' });
  expect(await currentRows(app)).toEqual(before);

  app.dialog.willOpen([escaping]);
  await chooseImport();
  const preview = app.page.getByRole('dialog', { name: 'Import escaping.qdpx' });
  await expect.poll(() => preview.getByRole('list', { name: 'Conflicts and items not imported' }).textContent()).toContain('archive entry “../../outside.txt”');
  await pressUntil('Tab', preview.getByRole('button', { name: 'Import as a new project' }));
  const report = app.page.getByRole('dialog', { name: 'Import report' });
  await pressUntil('Tab', report.getByRole('button', { name: 'Close' }));
  await report.waitFor({ state: 'detached' });
  expect((await currentRows(app)).texts.map((t) => t.text)).toEqual(['Some notes to code.']);
  expect(app.pageErrors).toEqual([]);
});

test('sources beside the .qdpx are read and keep their originals, a missing one is reported with its path, and the import into the open project is one step of Undo and Redo', async () => {
  const folder = await scratchFolder();
  const team = join(folder, 'team');
  const elsewhere = join(folder, 'else where');
  await mkdir(join(team, 'texts'), { recursive: true });
  await mkdir(elsewhere);
  const text = 'Jobs first, said the mayor.\nSecurity matters more, said the owners.';
  // As MAXQDA writes it: a BOM, CRLF, offsets in code points over that text.
  const written = text.replace('\n', '\r\n');
  await writeFile(join(team, 'texts', 'interview one.txt'), `\ufeff${written}`);
  const rtfPath = join(elsewhere, 'speech.rtf');
  const rtf = '{\\rtf1\\ansi Housing comes before everything, said the tenants.\\par}';
  await writeFile(rtfPath, rtf);
  const code = uuid('linked code');
  const user = uuid('linked user');
  const start = text.indexOf('Security matters more');
  const writtenStart = written.indexOf('Security matters more');
  const source = (name: string, attributes: string, selections = '') => `<TextSource guid="${uuid(`linked ${name}`)}" name="${name}" ${attributes}>${selections}</TextSource>`;
  const coding = `<PlainTextSelection guid="${uuid('linked sel')}" startPosition="${writtenStart}" endPosition="${writtenStart + 21}" creatingUser="${user}"><Coding guid="${uuid('linked coding')}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
  const xml = qde(
    `<Users><User guid="${user}" name="Nia"/></Users><CodeBook><Codes><Code guid="${code}" name="Claims" isCodable="true"/></Codes></CodeBook><Sources>` +
      source('Interview one', 'plainTextPath="relative://texts/interview%20one.txt"', coding) +
      source('Speech', `richTextPath="${pathToFileURL(rtfPath).href.replace(/^file:/u, 'absolute:')}"`) +
      source('Gone', 'plainTextPath="relative://texts/gone.txt"') +
      '</Sources>',
    'MAXQDA 24',
  );
  const qdpx = join(team, 'team.qdpx');
  await writeFile(qdpx, packQdpx(xml));

  const app = await launchApp();
  const before = await currentRows(app);
  app.dialog.willOpen([qdpx]);
  await importMenu(app, 'REFI-QDA project (.qdpx)…');
  const preview = app.page.getByRole('dialog', { name: 'Import team.qdpx' });
  await expect.poll(() => preview.textContent()).toContain('holds 2 documents, 1 code, 1 coding');
  await expect.poll(() => preview.getByRole('list', { name: 'Conflicts and items not imported' }).textContent()).toContain(`its text could not be read from ${join(team, 'texts', 'gone.txt')}: the file is not there`);
  // The files read from outside the archive are named before anything is imported.
  expect(await preview.getByRole('list', { name: 'Files from elsewhere on this computer, read as its documents' }).getByRole('listitem').allTextContents()).toEqual([join(team, 'texts', 'interview one.txt'), rtfPath]);
  await preview.getByRole('button', { name: /^Import into / }).click();
  const report = app.page.getByRole('dialog', { name: 'Import report' });
  await expect.poll(() => report.textContent()).toContain('Imported team.qdpx into');
  await report.getByRole('button', { name: 'Close' }).click();

  const imported = await currentRows(app);
  expect(textsByTitle(imported)).toEqual([`Interview one\n${text}`, 'Speech\nHousing comes before everything, said the tenants.']);
  expect(codingsSeen(imported)).toEqual([`Interview one | Claims | Nia | ${start}-${start + 21} | Security matters more`]);
  // The RTF is kept as the original, by its SHA-256, as an import keeps one. It came in an archive,
  // not from a file imported on this computer: Show original shows it in its folder, and says why.
  const speech = imported.documents.find((d) => d.title === 'Speech')!;
  expect(speech).toMatchObject({ format: 'rtf', fileName: 'speech.rtf', storedName: expect.stringMatching(/^[0-9a-f]{64}\.rtf$/) });
  expect(await readFile(join(app.dataDir, 'library', speech.storedName), 'utf8')).toBe(rtf);
  await app.page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Library' }).click();
  await app.page.getByRole('button', { name: 'Show original of Speech' }).click();
  await expect.poll(() => app.revealedOriginals).toEqual([expect.stringMatching(/[0-9a-f]{64}\.rtf$/)]);
  expect(app.openedOriginals).toEqual([]);
  await app.page.getByRole('status', { name: 'Status' }).filter({ hasText: 'cannot tell that this original came from a file imported on this computer' }).waitFor();

  // One step of Undo takes back everything the import added, documents included; Redo puts it back.
  await app.page.getByRole('button', { name: 'Undo Imported team.qdpx' }).click();
  await expect.poll(async () => (await currentRows(app)).documents).toEqual([]);
  const undone = await currentRows(app);
  expect(undone.texts).toEqual([]);
  expect(codeTree(undone)).toEqual(codeTree(before));
  expect(undone.codings).toEqual([]);
  await app.page.getByRole('button', { name: 'Redo Imported team.qdpx' }).click();
  await expect.poll(async () => textsByTitle(await currentRows(app))).toEqual(textsByTitle(imported));
  expect(codingsSeen(await currentRows(app))).toEqual(codingsSeen(imported));
  expect(app.pageErrors).toEqual([]);
});

test('each exchange dialog opens with focus on its primary choice, Escape cancels it, and focus returns to the menu button that opened it', async () => {
  const folder = await scratchFolder();
  const app = await sampleProfile('Ana');
  const { page } = app;
  const before = await currentRows(app);
  const isFocused = (control: ReturnType<typeof page.getByRole>) => expect.poll(() => control.evaluate((el) => el === document.activeElement)).toBe(true);
  /** Opens `item` of the menu behind `button` from the keyboard. */
  const fromMenu = async (button: ReturnType<typeof page.getByRole>, item: string) => {
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menuItem = page.getByRole('menuitem', { name: item });
    for (let i = 0; i < 10 && !(await menuItem.evaluate((el) => el === document.activeElement).catch(() => false)); i++) await page.keyboard.press('ArrowDown');
    await isFocused(menuItem);
    await page.keyboard.press('Enter');
  };
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  const importButton = page.getByRole('button', { name: 'More import options' });
  /** The dialog shows with focus on `primary`; Escape closes it and focus is back on `opener`. */
  const escapes = async (title: string, primary: string | RegExp, opener: ReturnType<typeof page.getByRole>) => {
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    await isFocused(dialog.getByRole('button', { name: primary }));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await isFocused(opener);
  };

  await fromMenu(exportButton, 'REFI-QDA project (.qdpx)…');
  await escapes('Export a REFI-QDA project', 'Export…', exportButton);

  const qdpx = join(folder, 'sample.qdpx');
  await exportProject(app, qdpx);
  app.dialog.willOpen([qdpx]);
  await fromMenu(importButton, 'REFI-QDA project (.qdpx)…');
  await escapes('Import sample.qdpx', 'Import as a new project', importButton);

  const other = join(folder, 'other.qdpx');
  await writeFile(other, packQdpx(qde(`<Sources><TextSource guid="${uuid('focus source')}" name="Notes"><PlainTextContent>Some notes to code.</PlainTextContent></TextSource></Sources>`)));
  app.dialog.willOpen([other]);
  await fromMenu(importButton, 'Merge a project…');
  await escapes('Merge other.qdpx', /^Merge into /, importButton);

  const qdc = join(folder, 'codebook.qdc');
  await writeFile(qdc, `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${uuid('focus code')}" name="Brand new" isCodable="true"/></Codes></CodeBook>`);
  app.dialog.willOpen([qdc]);
  await fromMenu(importButton, 'REFI-QDA codebook (.qdc)…');
  await escapes('Import the codebook codebook.qdc', 'Add to the codebook', importButton);

  const broken = join(folder, 'broken.qdpx');
  await writeFile(broken, 'not a zip');
  app.dialog.willOpen([broken]);
  await fromMenu(importButton, 'REFI-QDA project (.qdpx)…');
  await escapes('Not imported', 'Close', importButton);

  expect(codingsSeen(await currentRows(app))).toEqual(codingsSeen(before));
  expect((await currentRows(app)).codes).toEqual(before.codes);
  expect(app.pageErrors).toEqual([]);
});
