// Lint, and above all the boundaries between runtimes (ARCHITECTURE.md): shared/ is pure logic that
// runs anywhere, the renderer never reaches into the main process or Node, and the main process never
// into the renderer. A crossing fails `npm test`. (The DOM and Node globals are kept out of shared/ by
// its tsconfig, which includes neither library.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), ...builtinModules.map((m) => `node:${m}`)];

const noNode = { group: ['node:*'], message: 'Node built-ins belong in electron/.' };
const builtinPaths = (message) => nodeBuiltins.map((name) => ({ name, message }));

export const boundaries = {
  shared: [
    'error',
    {
      paths: [
        ...builtinPaths('shared/ is pure: no Node built-ins.'),
        { name: 'electron', message: 'shared/ is pure: no Electron.' },
        { name: 'dexie', message: 'shared/ is pure: storage belongs in renderer/db.' },
        { name: 'dexie-react-hooks', message: 'shared/ is pure: storage belongs in renderer/db.' },
        { name: 'react', message: 'shared/ is pure: no React.' },
        { name: 'react-dom', message: 'shared/ is pure: no React.' },
        { name: 'lexical', message: 'shared/ is pure: no editor.' },
      ],
      patterns: [
        { ...noNode, message: 'shared/ is pure: no Node built-ins.' },
        { regex: '^(react|react-dom|dexie|@lexical)/', message: 'shared/ is pure: no React, Dexie or Lexical.' },
        { regex: '(^|/)(electron|renderer)(/|$)', message: 'shared/ may not import from electron/ or renderer/.' },
      ],
    },
  ],
  renderer: [
    'error',
    {
      paths: [...builtinPaths('The renderer has no Node: ask the main process through shared/ipc.ts.'), { name: 'electron', message: 'The renderer talks to main only through window.framewise (shared/ipc.ts).' }],
      patterns: [
        { ...noNode, message: 'The renderer has no Node: ask the main process through shared/ipc.ts.' },
        { regex: '(^|/)electron/', message: 'The renderer may not import main-process code.' },
      ],
    },
  ],
  electron: [
    'error',
    {
      patterns: [{ regex: '(^|/)renderer(/|$)', message: 'The main process may not import renderer code.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': boundaries.shared } },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser }, rules: { 'no-restricted-imports': boundaries.renderer } },
  { files: ['electron/**/*.ts'], languageOptions: { globals: globals.node }, rules: { 'no-restricted-imports': boundaries.electron } },
  { files: ['test/**/*.ts', '*.config.{ts,js}', '.ci/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
