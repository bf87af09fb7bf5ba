// A document's date is a calendar date with no time: it leaves Framewise as the day it is, whatever
// the researcher's zone (never through a Date, where "2017-05-04" is UTC midnight and so 3 May in the
// Americas). Times the app recorded leave as UTC ISO 8601 instants, which R, Stata and pandas read.
import { describe, expect, test } from 'vitest';
import { codedSegmentsTable } from '../../../shared/export/codedSegments';
import { exportQdpx } from '../../../shared/interop/qdpxExport';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import { inTimeZone } from '../dates/timeZone';
import { ANA, APP, NOW, PROJECT_ID, TEXT_ONE, TEXT_TWO, importOptions, roundTripProject } from '../interop/refiFixtures';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;

describe.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo'])('dates leaving Framewise in %s', (zone) => {
  inTimeZone(zone);

  test('the coded-segments table gives the document’s day and its partial dates as stored, and each coding’s instant in UTC', () => {
    const rows = roundTripProject();
    const table = codedSegmentsTable({
      projectName: 'Riverton',
      documents: rows.documents.map((record, i) => ({ record, text: [TEXT_ONE, TEXT_TWO][i]! })),
      codes: rows.codes,
      coders: rows.coders,
      codings: rows.codings,
      codingMemos: new Map(),
    });
    const first = table.rows.find((row) => row.document_title === 'Mayor interview')!;
    expect([first.document_date, first.attr_published, first.attr_month]).toEqual(['2017-05-04', '2017-05-04', '2017-05']);
    expect(table.rows.every((row) => typeof row.created_at === 'string' && INSTANT.test(row.created_at))).toBe(true);
  });

  test('a REFI-QDA round trip brings back the document’s day and each coding’s instant', () => {
    const rows = roundTripProject();
    const { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'Riverton' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
    const result = planQdpxImport(bytes, importOptions());
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.rows.documents.map((d) => [d.date, d.attributes.published, d.attributes.month])).toEqual(rows.documents.map((d) => [d.date, d.attributes.published, d.attributes.month]));
    expect(result.plan.rows.codings.map((c) => c.createdAt).sort()).toEqual(rows.codings.map((c) => c.createdAt).sort());
  });
});
