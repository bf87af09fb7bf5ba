// The boundary rules are only worth something if they fire: lint a few crossings and see them fail.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('runtime boundaries', () => {
  test.each([
    ['shared/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import Dexie from 'dexie';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/text/x.ts', "import { handle } from '../../electron/ipc';"],
    ['shared/x.ts', "import { call } from '../renderer/api';"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.ts', "import { readFile } from 'fs';"],
    ['renderer/features/x.ts', "import { createHandlers } from '../../electron/handlers';"],
    ['electron/x.ts', "import { App } from '../renderer/App';"],
  ])('%s may not %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  test.each([
    ['shared/x.ts', "import { z } from 'zod';"],
    ['renderer/x.ts', "import Dexie from 'dexie';"],
    ['renderer/x.ts', "import { CHANNELS } from '../shared/ipc';"],
    ['electron/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/x.ts', "import { CHANNELS } from '../shared/ipc';"],
  ])('%s may %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
