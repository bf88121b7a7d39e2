/**
 * The first load's budget (issue 18): the built index.html, with the first page prerendered in it,
 * and the scripts and stylesheets it names, at most 120 kB gzip, counted as the bench counts them
 * (bench/lib/build.ts). A byte count, not a timing: the same build gives the same figure on any
 * machine, so it is a test; the bench prints it beside the bare React app's.
 */
import { resolve } from 'node:path';
import { measureSizes } from '../bench/lib/build';
import { expect, test } from './fixtures';

const BUDGET = 120 * 1024;

test('the first load is within its budget of 120 kB gzip', async () => {
  const sizes = await measureSizes({
    name: 'roundtrip',
    outDir: resolve(import.meta.dirname, '..', 'dist'),
  });
  const files = sizes.files.map((f) => `${f.path} ${f.gzip} B`).join(', ');
  test.info().annotations.push({ type: 'first load, gzip', description: files });
  expect(sizes.total.gzip, files).toBeLessThanOrEqual(BUDGET);
});
