/**
 * Builds scripts/single/fixture/ with the one-file plugin alone, as `--mode single` builds the
 * app: the proof that workers, modules imported on first use, imported files and public/ files
 * go into the page (plugin.test.ts reads the file, e2e/single-file.spec.ts opens it).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { singleFile } from './plugin.ts';

export const FIXTURE_ROOT = resolve(import.meta.dirname, 'fixture');

export interface BuiltFixture {
  /** The page's path. */
  file: string;
  html: string;
  /** Every file the build wrote. */
  written: string[];
}

/** Builds the fixture into `outDir`, with `plugins` added (a test may break the build with one). */
export async function buildFixture(outDir: string, plugins: Plugin[] = []): Promise<BuiltFixture> {
  await build({
    root: FIXTURE_ROOT,
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [...plugins, singleFile({ outDir, fileName: 'fixture.html' })],
    build: { target: 'es2022', sourcemap: false },
  });
  const file = join(outDir, 'fixture.html');
  return { file, html: await readFile(file, 'utf8'), written: await readdir(outDir) };
}
