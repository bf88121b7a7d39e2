import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compile-hints.ts';
import { firstStyleInline } from './scripts/first-style.ts';
import { FIRST_PAINT_SCRIPT, scriptHash } from './scripts/prerender/firstPaint.ts';
import { prerender } from './scripts/prerender.ts';
import { inlineHashes } from './scripts/single/inline.ts';
import { singleFile } from './scripts/single/plugin.ts';

/**
 * A strict Content-Security-Policy for the built page: scripts and styles only
 * from our own origin, no eval, and no inline script but the head's one, allowed
 * by its hash (scripts/prerender/firstPaint.ts); no inline style but the first
 * page's stylesheet, allowed by its hash too (scripts/first-style.ts). Added at
 * build time only, because the dev server injects an inline preamble for hot reload.
 * `frame-ancestors` cannot be set from a <meta>; embedding in any course page is
 * intended, so none is set by a header either.
 */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(FIRST_PAINT_SCRIPT)}`,
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'roundtrip:csp',
    apply: 'build',
    transformIndexHtml: {
      // After the first page's stylesheet is in the page, so that its hash can be allowed.
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(inlineHashes(html).styles),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// One config for the dev server, the static build, the one-file build (`--mode single`,
// scripts/single/plugin.ts, which writes its own policy into the page) and the unit tests.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    // V8's streaming compile, which the hint feeds, is for scripts fetched from a file only.
    // The one file inlines every stylesheet itself.
    ...(mode === 'single' ? [singleFile()] : [compileHints(), firstStyleInline()]),
    prerender(),
    contentSecurityPolicyMeta(),
  ],
  // Relative asset paths, so that the build can be served from any folder of a
  // static host or a course platform.
  base: './',
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  // Workers are modules (`new Worker(url, { type: 'module' })`), in either build.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  // The app's one page. Left alone, the dependency scan reads every HTML file in the
  // repository, bench/'s baselines too, whose virtual modules exist only in the bench's builds.
  optimizeDeps: { entries: ['index.html'] },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // The sweeps over every canned scenario, profile and language take up to 2 s on a calm 2-core
    // machine; Vitest's 5 s default left too little room when the machine is shared.
    testTimeout: 15_000,
    // Most tests are plain functions (the model, and the view's geometry, words and layouts):
    // they share each worker's module registry, which halves the suite's time on two cores.
    // Components render in happy-dom, each file with its own modules and document.
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          environment: 'node',
          isolate: false,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'view',
          environment: 'node',
          isolate: false,
          include: ['app/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['app/**/*.test.tsx'],
        },
      },
    ],
  },
}));
