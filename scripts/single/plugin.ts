/**
 * `npm run build:single` (`vite build --mode single`): the app as one HTML file,
 * dist-single/roundtrip.html, that works opened from disk or uploaded to a course platform as a
 * file, with no request at all. Everything goes into the page:
 *
 * - the JavaScript as one inline module: `codeSplitting: false` puts what the app imports on
 *   first use (the Chinese catalogues, the animation chunk) into it, where `import()` still
 *   evaluates each only when asked for;
 * - the stylesheet as one inline <style>;
 * - every worker as Vite's inline worker, started from a `blob:` URL of its bundled code
 *   (workers.ts), each worker's bundle in one piece, as a classic script;
 * - every asset the code imports as a `data:` URL, and every file of `public/` the HTML names
 *   (the favicon) as one too.
 *
 * The CSP stays strict: `default-src 'none'`, scripts and styles allowed by their hashes only,
 * no 'unsafe-inline' (inline.ts). The build stops, naming them, if any file would be left beside
 * the page, since a page on disk could not load it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { inlineEverything, singleFilePolicy, withPolicy } from './inline.ts';
import { inlineWorkers } from './workers.ts';

export const SINGLE_FILE_NAME = 'roundtrip.html';

export interface SingleFileOptions {
  /** The written file's name. */
  fileName?: string;
  /** The folder it is written to, relative to the root. */
  outDir?: string;
}

export function singleFile(options: SingleFileOptions = {}): Plugin {
  const fileName = options.fileName ?? SINGLE_FILE_NAME;
  let config: ResolvedConfig;
  const publicFile = (path: string): Uint8Array | undefined => {
    if (!config.publicDir || /^([a-z]+:|\/\/|#)/i.test(path)) return undefined;
    const full = normalize(
      join(config.publicDir, path.replace(/^\.?\//, '').replace(/[?#].*$/, '')),
    );
    if (!full.startsWith(config.publicDir + sep)) return undefined;
    try {
      return statSync(full).isFile() ? readFileSync(full) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    name: 'roundtrip:single-file',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      build: {
        outDir: options.outDir ?? 'dist-single',
        emptyOutDir: true,
        // public/ holds the embed demo and such; what the page needs of it goes inside the page.
        copyPublicDir: false,
        cssCodeSplit: false,
        modulePreload: false,
        assetsInlineLimit: () => true,
        rolldownOptions: { output: { codeSplitting: false } },
      },
      // Classic, not module: Chromium starts no module worker from a page opened from disk (its
      // origin is opaque, and a module script's fetch needs one), but a classic one it does.
      worker: { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } },
    }),
    configResolved(resolved) {
      config = resolved;
    },
    transform: {
      // Before Vite's own worker plugin, which would make each worker a file.
      order: 'pre',
      filter: { code: /new\s+Worker\s*\(/ },
      handler(code, id) {
        if (id.includes('/node_modules/')) return null;
        const rewritten = inlineWorkers(code);
        return rewritten === null ? null : { code: rewritten, map: null };
      },
    },
    // Last, once Vite has finished the chunks (its import analysis fills in their preload
    // markers at this hook) and written index.html.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('single file: no index.html was built');
        const inlined = new Set<string>(['index.html']);
        const built = (path: string) => {
          const name = path.replace(/^\.?\//, '');
          const item = bundle[name];
          if (!item) return undefined;
          inlined.add(name);
          return item.type === 'chunk' ? item.code : String(item.source);
        };
        const html = inlineEverything(String(page.source), { built, public: publicFile });
        const left = Object.keys(bundle).filter((name) => !inlined.has(name));
        if (left.length > 0) {
          throw new Error(
            `single file: these would be files beside the page, which a page on disk cannot load: ${left.join(', ')} (docs/single-file.md)`,
          );
        }
        for (const name of inlined) if (name !== 'index.html') delete bundle[name];
        page.source = withPolicy(html, singleFilePolicy(html));
        page.fileName = fileName;
      },
    },
  };
}
