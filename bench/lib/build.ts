import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type PluginOption, type PreviewServer, preview } from 'vite';
import { compileHints } from '../../scripts/compile-hints';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const OUT = join(REPO, 'bench', 'out');
export const BASELINE_ROOT = join(REPO, 'bench', 'baseline');
export const PAGE_ROOT = join(REPO, 'bench', 'baseline-page');

export interface Built {
  /**
   * roundtrip, the bare app, or the bare app showing Roundtrip's page: its
   * first page, or each step that step latency presses through (lib/page.ts).
   */
  name: 'roundtrip' | 'baseline' | 'page' | 'page-steps' | 'page-edit';
  outDir: string;
}

/** Roundtrip's production build, with the project's own vite.config.ts, into bench/out. */
export async function buildRoundtrip(): Promise<Built> {
  const outDir = join(OUT, 'builds', 'roundtrip');
  await rm(outDir, { recursive: true, force: true });
  await build({
    root: REPO,
    configFile: join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return { name: 'roundtrip', outDir };
}

/**
 * The bare React 19 app: same Vite, same plugin-react, and the build options
 * Roundtrip's config sets (relative base, es2022, no sourcemaps, no
 * modulepreload polyfill, V8's compile hint on the entry chunk), so that only
 * the app's own code differs.
 */
export async function buildBaseline(): Promise<Built> {
  return buildBare('baseline', BASELINE_ROOT);
}

/** A bare app at `root` (bench/baseline*), built as described for buildBaseline. */
export async function buildBare(
  name: 'baseline' | 'page' | 'page-steps' | 'page-edit',
  root: string,
  plugins: PluginOption[] = [],
): Promise<Built> {
  const outDir = join(OUT, 'builds', name);
  await rm(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [react(), compileHints(), ...plugins],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
    },
  });
  return { name, outDir };
}

export interface Sizes {
  files: { path: string; raw: number; gzip: number; brotli: number }[];
  /** index.html itself, which holds the prerendered first page (scripts/prerender.ts). */
  html: { raw: number; gzip: number; brotli: number };
  js: { raw: number; gzip: number; brotli: number };
  css: { raw: number; gzip: number; brotli: number };
  total: { raw: number; gzip: number; brotli: number };
}

/** The JS and CSS that the built index.html loads before anything else. */
export function firstLoadAssets(html: string): string[] {
  const assets = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) assets.add(src);
    } else {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr('href');
      if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) assets.add(href);
    }
  }
  return [...assets].filter((a) => !/^(https?:)?\/\//.test(a));
}

/** A file's size as it is, gzipped (level 9) and brotli-compressed (quality 11). */
function compressed(path: string, bytes: Buffer): Sizes['files'][number] {
  return {
    path,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

export async function measureSizes(built: Built): Promise<Sizes> {
  const page = await readFile(join(built.outDir, 'index.html'));
  const html = page.toString('utf8');
  const files: Sizes['files'] = [compressed('index.html', page)];
  for (const asset of firstLoadAssets(html)) {
    const path = join(built.outDir, asset.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
    files.push(compressed(asset, await readFile(path)));
  }
  const sum = (pick: (p: string) => boolean) => {
    const chosen = files.filter((f) => pick(f.path));
    return {
      raw: chosen.reduce((a, f) => a + f.raw, 0),
      gzip: chosen.reduce((a, f) => a + f.gzip, 0),
      brotli: chosen.reduce((a, f) => a + f.brotli, 0),
    };
  };
  return {
    files,
    html: sum((p) => p === 'index.html'),
    js: sum((p) => /\.m?js$/.test(p)),
    css: sum((p) => /\.css$/.test(p)),
    total: sum(() => true),
  };
}

/** `vite preview` of a build on a loopback port chosen by the system. */
export async function serve(built: Built): Promise<{ url: string; close: () => Promise<void> }> {
  const root = {
    roundtrip: REPO,
    baseline: BASELINE_ROOT,
    page: PAGE_ROOT,
    'page-steps': PAGE_ROOT,
    'page-edit': PAGE_ROOT,
  }[built.name];
  const server: PreviewServer = await preview({
    root,
    configFile: built.name === 'roundtrip' ? join(REPO, 'vite.config.ts') : false,
    logLevel: 'warn',
    base: './',
    build: { outDir: built.outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address !== null && typeof address === 'object' ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
