/**
 * The model/view boundary, checked by tools rather than by hope.
 * - Biome's lint (biome.json, override for src/**) refuses React, zustand,
 *   framer-motion, app/ and DOM globals in src/. The first tests feed it
 *   offending files and expect a failure, so the rule itself is tested.
 * - src/tsconfig.json has no DOM library (checked by `npm run typecheck`).
 * - Determinism: no wall clock and no Math.random anywhere in src/.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

/** Lints one file placed at `path` in a scratch tree that has the project's biome.json. */
function lintAs(path: string, source: string): { status: number | null; rules: string[] } {
  const tree = mkdtempSync(join(tmpdir(), 'roundtrip-boundary-'));
  copyFileSync(join(root, 'biome.json'), join(tree, 'biome.json'));
  mkdirSync(join(tree, dirname(path)), { recursive: true });
  writeFileSync(join(tree, path), source);
  const result = spawnSync(biome, ['lint', '--reporter=json', path], {
    cwd: tree,
    encoding: 'utf8',
  });
  const report = JSON.parse(result.stdout) as { diagnostics: { category: string }[] };
  return { status: result.status, rules: report.diagnostics.map((d) => d.category) };
}

describe('the lint rule that keeps src/ pure', () => {
  it.each([
    ["import React from 'react';\nexport const x = React;\n", 'React'],
    ["import { create } from 'zustand';\nexport const x = create;\n", 'zustand'],
    ["import { m } from 'framer-motion';\nexport const x = m;\n", 'framer-motion'],
    ["import { App } from '../app/App';\nexport const x = App;\n", 'app/'],
    ['export const x = document.title;\n', 'document'],
    ['export const x = setTimeout;\n', 'setTimeout'],
  ])('fails a src/ file that reaches %#: %s', (source, what) => {
    const result = lintAs('src/tcp/offender.ts', source);
    expect(result.status, `${what} should be refused in src/`).toBe(1);
    expect(result.rules.some((r) => /noRestricted(Imports|Globals)/.test(r))).toBe(true);
  });

  it('accepts the same import in app/', () => {
    const result = lintAs('app/ok.ts', "import React from 'react';\nexport const x = React;\n");
    expect(result).toEqual({ status: 0, rules: [] });
  });
});

// Word-boundary patterns for what makes a simulation depend on when or where it runs.
const NONDETERMINISM = [
  /\bMath\.random\b/,
  /\bDate\.now\b/,
  /\bnew Date\(\s*\)/,
  /\bperformance\.now\b/,
  /\bcrypto\.getRandomValues\b/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name) ? [path] : [];
  });
}

function findNondeterminism(source: string): string[] {
  return NONDETERMINISM.filter((re) => re.test(source)).map((re) => re.source);
}

describe('determinism of src/', () => {
  it('the scan finds what it looks for', () => {
    expect(findNondeterminism('const r = Math.random();')).toHaveLength(1);
    expect(findNondeterminism('const t = Date.now();')).toHaveLength(1);
    expect(findNondeterminism('const d = new Date();')).toHaveLength(1);
    expect(findNondeterminism('const d = new Date(0);')).toHaveLength(0);
  });

  it('no file in src/ uses the wall clock or Math.random', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .map((file) => ({
        file: relative(root, file),
        found: findNondeterminism(readFileSync(file, 'utf8')),
      }))
      .filter((o) => o.found.length > 0);
    expect(offenders).toEqual([]);
  });
});
