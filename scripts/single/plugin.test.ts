/**
 * The one-file build on a fixture with each thing it must put inside the page (fixture/). That
 * the page works from disk with the network blocked is e2e/single-file.spec.ts's part.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture';

const dirs: string[] = [];
const outDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roundtrip-single-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the one-file build', () => {
  it('writes one file holding the worker, the later module, the imported file and the icon', async () => {
    const { written, html } = await buildFixture(await outDir());
    expect(written).toEqual(['fixture.html']);
    // The worker's own bundle, with the module it imports, is a string in the page.
    expect(html).toMatch(/self\.onmessage=.*reduce/);
    expect(html).toContain('new Worker(');
    expect(html).toContain('loaded later');
    expect(html).toContain(`data:text/plain;base64,${btoa('hello from a file\n')}`);
    expect(html).toContain('rel="icon" href="data:image/svg+xml;base64,');
    expect(html).not.toMatch(/\s(src|href)="\.?\//);
  }, 60_000);

  it('stops, naming them, when a file would be left beside the page', async () => {
    const stray: Plugin = {
      name: 'stray-file',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'assets/stray.bin', source: 'x' });
      },
    };
    await expect(buildFixture(await outDir(), [stray])).rejects.toThrow(
      /files beside the page.*assets\/stray\.bin/,
    );
  }, 60_000);
});
