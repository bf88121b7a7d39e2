/**
 * No import circles in src/ or app/: a module that imports, through any chain of relative
 * imports, a module that imports it back cannot be read, tested or moved on its own. Type-only
 * imports and `import()` count too. The graph is walked here with a regular expression over the
 * sources and Tarjan's strongly connected components; no dependency is needed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** `from './x'`, `import './x.css'`, `import('./x')`, `import type … from '../y'`, re-exports. */
const SPECIFIER = /\bfrom\s*['"](\.[^'"]+)['"]|\bimport\s*\(?\s*['"](\.[^'"]+)['"]/g;

function sourcesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourcesUnder(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** The file a relative specifier names, as TypeScript's bundler resolution finds it. */
function resolveModule(from: string, specifier: string, files: Set<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => files.has(candidate),
  );
}

/** Each module and the modules it imports (relative imports between these files only). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const deps = new Set<string>();
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolveModule(file, (m[1] ?? m[2]) as string, known);
      if (target) deps.add(target);
    }
    graph.set(file, [...deps]);
  }
  return graph;
}

/** The import circles of a graph: its strongly connected components of more than one module,
 * and modules that import themselves (Tarjan's algorithm). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || graph.get(v)?.includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('imports', () => {
  it('form no circle in src/ or app/', () => {
    const files = [...sourcesUnder(join(ROOT, 'src')), ...sourcesUnder(join(ROOT, 'app'))];
    const graph = importGraph(files);
    // The walk sees the imports at all: the model's one door imports the simulator.
    expect(graph.get(join(ROOT, 'src/index.ts'))).toContain(join(ROOT, 'src/session/simulate.ts'));
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(ROOT, f)));
    expect(cycles).toEqual([]);
  });

  it('are found in a circle of any length, and only there', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
