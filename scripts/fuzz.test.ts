/**
 * `npm run fuzz` runs `vitest run .fuzz.test. -t fuzz` with a long budget. This
 * checks the convention it relies on, so that no property is left out of the
 * long run: every test file that reads FUZZ_RUNS is named `*.fuzz.test.ts`,
 * every describe block in such a file has "fuzz" in its name, and each
 * property there takes its run count from FUZZ_RUNS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = ['src', 'app'].flatMap((d) => testFiles(join(root, d)));
const fuzzFiles = files.filter((f) => /\.fuzz\.test\.tsx?$/.test(f));
const name = (f: string) => relative(root, f);

describe('the fuzz convention that npm run fuzz relies on', () => {
  it('has a fuzz file for each input: HTTP, captures, HAR, scenarios, the URL, postMessage, the workshop and its links', () => {
    expect(fuzzFiles.map(name).sort()).toEqual([
      'app/embed/bridge.fuzz.test.ts',
      'app/url/codec.fuzz.test.ts',
      'app/workshop/edit.fuzz.test.ts',
      'app/workshop/link.fuzz.test.ts',
      'src/capture/har.fuzz.test.ts',
      'src/capture/read.fuzz.test.ts',
      'src/http/parse.fuzz.test.ts',
      'src/scenarios/validate.fuzz.test.ts',
    ]);
  });

  it('reads FUZZ_RUNS only in *.fuzz.test.ts files', () => {
    const readers = files.filter((f) => readFileSync(f, 'utf8').includes('FUZZ_RUNS'));
    expect(readers.map(name).sort()).toEqual(fuzzFiles.map(name).sort());
  });

  it.each(fuzzFiles.map((f) => [name(f), f]))('%s: every describe says fuzz', (_n, file) => {
    const source = readFileSync(file, 'utf8');
    const describes = [...source.matchAll(/\bdescribe(?:\.\w+)?\(\s*(['"`])(.*?)\1/g)].map(
      (m) => m[2] ?? '',
    );
    expect(describes.length).toBeGreaterThan(0);
    for (const d of describes) expect(d).toMatch(/fuzz/);
  });

  it.each(fuzzFiles.map((f) => [name(f), f]))('%s: every property runs numRuns', (_n, file) => {
    const source = readFileSync(file, 'utf8');
    const asserts = source.match(/\bfc\.assert\(/g)?.length ?? 0;
    const budgets = source.match(/\{ numRuns(: [^}]*numRuns[^}]*)? \}/g)?.length ?? 0;
    expect(asserts).toBeGreaterThan(0);
    expect(budgets).toBe(asserts);
  });
});
