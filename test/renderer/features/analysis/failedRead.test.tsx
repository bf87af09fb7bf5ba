// @vitest-environment jsdom
// A read of the project for Retrieve and Compare that fails (IndexedDB refused it, a row it could not
// make sense of) is the place's problem, said there: not an error that takes the whole window down.
// The next read that succeeds after the project's rows change clears it, and another project's reads
// never show it.
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type * as AnalysisRowsModule from '../../../../renderer/db/analysisRows';
import type { AnalysisRows } from '../../../../renderer/db/analysisRows';
import { ensureCoder } from '../../../../renderer/db/coders';
import { useCoalescedRead, type CoalescedRead } from '../../../../renderer/features/analysis/useCoalescedRead';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
const failing = vi.hoisted(() => ({ reads: 0 }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/coders/CoderViewContext', () => ({ useCoderView: () => ({ visibility: { blind: false, hidden: [] } }) }));
vi.mock('../../../../renderer/db/analysisRows', async (actual) => {
  const real = await actual<typeof AnalysisRowsModule>();
  return {
    ...real,
    readAnalysisRows: (db: ProjectDatabase): Promise<AnalysisRows> => {
      if (failing.reads > 0) {
        failing.reads--;
        return Promise.reject(new Error('The transaction was aborted'));
      }
      return real.readAnalysisRows(db);
    },
  };
});
const { useAnalysisRead } = await import('../../../../renderer/features/analysis/useAnalysisIndex');

let caught: unknown = null;
/** Stands in for the window's error boundary: records what reached it. */
class Recording extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidCatch(error: unknown) {
    caught = error;
  }
  override render() {
    return this.state.error ? null : this.props.children;
  }
}

let db: ProjectDatabase;
let other: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  caught = null;
  failing.reads = 0;
  db = await freshProject();
  other = await freshProject();
  view = screen();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await view.unmount();
  vi.restoreAllMocks();
  await db.delete();
  await other.delete();
});

const coder = (id: string) => ({ id, name: id, color: '#000000' });

describe('a read that fails', () => {
  test('is returned to the place, not thrown to the window, and the next read after a write clears it', async () => {
    const shown: { read: CoalescedRead<string> | null } = { read: null };
    let attempts = 0;
    const read = async () => {
      attempts++;
      if (attempts === 1) throw new Error('The transaction was aborted');
      return `read ${attempts}`;
    };
    function Probe({ on }: { on: ProjectDatabase }) {
      shown.read = useCoalescedRead(on, ['coders'], read);
      return null;
    }
    await view.render(
      <Recording>
        <Probe on={db} />
      </Recording>,
    );
    await settle();
    expect(caught).toBeNull();
    expect(shown.read?.value).toBeUndefined();
    expect(String(shown.read?.failure)).toContain('The transaction was aborted');

    // Not read again by itself: only a change to the rows brings another read.
    await settle(30);
    expect(attempts).toBe(1);
    await ensureCoder(db, coder('k1'));
    await settle();
    expect(shown.read).toEqual({ value: 'read 2', failure: null });
  });

  test('of one project is not shown over another project\'s read', async () => {
    const seenForOther: Array<CoalescedRead<string>> = [];
    let last: CoalescedRead<string> | null = null;
    const read = (on: ProjectDatabase) => async () => {
      if (on === db) throw new Error('The transaction was aborted');
      return 'other project';
    };
    function Probe({ on }: { on: ProjectDatabase }) {
      last = useCoalescedRead(on, ['coders'], read(on));
      if (on === other) seenForOther.push(last);
      return null;
    }
    await view.render(
      <Recording>
        <Probe on={db} />
      </Recording>,
    );
    await settle();
    expect(caught).toBeNull();
    expect(last!.failure).not.toBeNull();
    await view.render(
      <Recording>
        <Probe on={other} />
      </Recording>,
    );
    await settle();
    // From the first drawing of the other project on, the first project's failure is never shown.
    expect(seenForOther.length).toBeGreaterThan(1);
    expect(seenForOther.every((seen) => seen.failure === null)).toBe(true);
    expect(last).toEqual({ value: 'other project', failure: null });
  });

  test('of the analysis rows is said in words the place shows, and the stale rows stay until a read succeeds', async () => {
    const shown: { read: ReturnType<typeof useAnalysisRead> | null } = { read: null };
    function Probe() {
      shown.read = useAnalysisRead();
      return null;
    }
    project.value = projectValue(db);
    failing.reads = 1;
    await view.render(
      <Recording>
        <Probe />
      </Recording>,
    );
    await settle();
    expect(caught).toBeNull();
    expect(shown.read?.data).toBeNull();
    expect(shown.read?.error).toBe('Reading the project for analysis failed: The transaction was aborted. It is read again when the project changes.');

    await ensureCoder(db, coder('k1'));
    await settle();
    expect(shown.read?.error).toBeNull();
    expect(shown.read?.data?.index.rows.coders.map((c) => c.id)).toEqual(['k1']);

    // A later failure keeps the rows last read on screen, with the problem beside them.
    failing.reads = 1;
    await ensureCoder(db, coder('k2'));
    await settle();
    expect(shown.read?.error).toContain('Reading the project for analysis failed');
    expect(shown.read?.data?.index.rows.coders.map((c) => c.id)).toEqual(['k1']);
    await ensureCoder(db, coder('k3'));
    await settle();
    expect(shown.read?.error).toBeNull();
    expect(shown.read?.data?.index.rows.coders.map((c) => c.id).sort()).toEqual(['k1', 'k2', 'k3']);
  });
});
