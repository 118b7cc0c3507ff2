import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The process boundaries of DESIGN.md, checked on the source files themselves (this backs the
 * ESLint `no-restricted-imports` rules, so a disabled or mis-scoped lint rule cannot hide a breach):
 * shared/ runs unchanged everywhere, the renderer never touches electron or node, main knows no React.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const sourceExtensions = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Every module a file imports, exports from, requires or loads with `import()`, comments excluded. */
export function importedModules(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [...info.importedFiles, ...info.typeReferenceDirectives].map((f) => f.fileName);
}

const builtins = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0] ?? '') || spec === 'node';
const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const isReact = (spec: string) => /^react(-dom)?(\/|$)/.test(spec);

interface Rule {
  name: string;
  /** Why `spec`, imported from `file`, breaks the boundary; null when it does not. */
  check: (spec: string, file: string) => string | null;
}

const rules = {
  shared: {
    name: 'shared/',
    check: (spec, file) => {
      if (isElectron(spec)) return 'electron';
      if (isNodeBuiltin(spec)) return 'a node builtin';
      if (isReact(spec)) return 'React';
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(join(root, 'shared') + sep)) return 'code outside shared/';
      }
      return null;
    },
  },
  renderer: {
    name: 'renderer/src',
    check: (spec) => (isElectron(spec) ? 'electron' : isNodeBuiltin(spec) ? 'a node builtin' : null),
  },
  main: {
    name: 'electron/main',
    check: (spec) => (isReact(spec) ? 'React' : /(^|\/)renderer(\/|$)/.test(spec) ? 'renderer code' : null),
  },
} satisfies Record<string, Rule>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && sourceExtensions.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.split(sep).includes('node_modules'))
    .sort();
}

function violations(files: string[], rule: Rule, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): string[] {
  return files.flatMap((file) =>
    importedModules(read(file)).flatMap((spec) => {
      const reason = rule.check(spec, file);
      return reason ? [`${relative(root, file)} imports '${spec}' (${reason})`] : [];
    }),
  );
}

describe.each([
  ['shared', rules.shared],
  ['renderer/src', rules.renderer],
  ['electron/main', rules.main],
] as const)('%s', (dir, rule) => {
  const files = sourceFiles(join(root, dir));

  it('has source files to check (a scan of nothing cannot fail)', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it(`stays inside its boundary`, () => {
    expect(violations(files, rule)).toEqual([]);
  });
});

describe('the import scanner', () => {
  const fake = (source: string, rule: Rule, file = join(root, 'shared/model/x.ts')) => violations([file], rule, () => source);

  it('finds every form of import', () => {
    const source = [
      '/// <reference types="node" />',
      "import { app } from 'electron';",
      "import type { IpcMainEvent } from 'electron/main';",
      "import fs from 'node:fs';",
      "import * as path from 'path';",
      "export { readFile } from 'fs/promises';",
      "export * from 'os';",
      "import 'child_process';",
      "const crypto = require('crypto');",
      "const react = await import('react');",
      "import { createRoot } from 'react-dom/client';",
      "import {\n  useState,\n  type FC,\n} from 'react';",
    ].join('\n');
    expect(fake(source, rules.shared).map((v) => v.split("'")[1]).sort()).toEqual(
      ['electron', 'electron/main', 'node:fs', 'path', 'fs/promises', 'os', 'child_process', 'crypto', 'react', 'react-dom/client', 'react', 'node'].sort(),
    );
  });

  it('ignores comments, strings and look-alike packages', () => {
    const source = [
      "// import fs from 'fs';",
      "/* import { app } from 'electron'; */",
      "const url = 'app://groundwork/index.html';",
      "const text = \"import React from 'react'\";",
      "import { z } from 'zod';",
      "import Store from 'electron-store';",
      "import { create } from 'zustand';",
      "import { useTranslation } from 'react-i18next';",
      "import { limits } from './limits';",
    ].join('\n');
    expect(fake(source, rules.shared)).toEqual([]);
  });

  it('keeps shared/ from reaching into the other folders by relative path', () => {
    expect(fake("import { App } from '../../renderer/src/app/app';", rules.shared)).toEqual([
      "shared/model/x.ts imports '../../renderer/src/app/app' (code outside shared/)",
    ]);
  });

  it('applies the renderer and main rules', () => {
    const rendererFile = join(root, 'renderer/src/host/electron.ts');
    expect(fake("import { ipcRenderer } from 'electron';", rules.renderer, rendererFile)).toHaveLength(1);
    expect(fake("import { join } from 'node:path';", rules.renderer, rendererFile)).toHaveLength(1);
    expect(fake("import { useState } from 'react';", rules.renderer, rendererFile)).toEqual([]);
    const mainFile = join(root, 'electron/main/window.ts');
    expect(fake("import { renderToString } from 'react-dom/server';", rules.main, mainFile)).toHaveLength(1);
    expect(fake("import { i18n } from '../../renderer/src/i18n';", rules.main, mainFile)).toHaveLength(1);
    expect(fake("import { app } from 'electron';\nimport { join } from 'node:path';", rules.main, mainFile)).toEqual([]);
  });
});
