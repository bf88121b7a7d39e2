/**
 * Prerenders the first page into the built index.html, so that the browser paints the session
 * (the default scenario at step 0, in English) before any script has run, and a reader without
 * JavaScript sees it too; app/main.tsx then hydrates it.
 *
 * English, not a language-neutral shell: the explanation is most of what the first page says,
 * and a page without words would show a reader without JavaScript a diagram and two state names.
 * English is the language of the app's sources (RFCs, MDN's page) and its fallback; a page that
 * will be shown in another language, or that the URL asks to differ in any way, is hidden by the
 * head's script before the first paint and replaced by the app (scripts/prerender/firstPaint.ts).
 *
 * The diagram is drawn at FIRST_DRAW_WIDTH, its width in a 1280 px wide window, the commonest
 * laptop width and the bench's: there the hydrated page is the prerendered page pixel for pixel.
 * In a window of another width the diagram's lanes move to their places when the app measures
 * them, inside the diagram's own box, which keeps its size (nothing around it shifts).
 */
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, runnerImport } from 'vite';
import { FIRST_TIMELINE_ID } from '../app/firstPaint.ts';
import type { FirstPage } from './prerender/firstPage.tsx';
import { FIRST_PAINT_SCRIPT } from './prerender/firstPaint.ts';

/** The diagram's width in a 1280 px wide window (e2e/first-paint.spec.ts measures it). */
export const FIRST_DRAW_WIDTH = 616;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * React writes a `style` prop as an attribute on the server, which the CSP's `style-src 'self'`
 * does not apply; app/main.tsx applies each through the CSSOM, which the CSP allows, before
 * hydrating. (React escapes `"` in text and attribute values, so ` style="` only starts one.)
 */
export const SSR_STYLE_ATTRIBUTE = 'data-ssr-style';
const withStylesDeferred = (html: string) => html.replace(/ style="/g, ` ${SSR_STYLE_ATTRIBUTE}="`);

/**
 * The element after the prerendered page. The head asks the browser not to render before it is
 * parsed (`<link rel="expect" blocking="render">`): on a slow machine the parser stops half way
 * through the page to paint what it has, and the page is then styled and laid out twice.
 */
export const FIRST_PAGE_END = 'first-page-end';

/**
 * JSON as the text of a `<script type="application/json">`: `<` escaped, so that no `</script>`
 * or `<!--` inside a string can end or change the element (HTML's script data state).
 */
export const jsonInScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Puts the prerendered page, its timeline, its head script and its no-script notice into the
 * page's HTML. The timeline is data, not script: the CSP's `script-src` does not apply to it.
 */
export function withFirstPage(html: string, page: FirstPage, firstWidth: number): string {
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`prerender: index.html has no ${root}`);
  const body = withStylesDeferred(page.html);
  return html
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeAttr(page.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(page.title)}</title>`)
    .replace(/<meta charset="utf-8" \/>/, (charset) => {
      return (
        `${charset}\n    <script>${FIRST_PAINT_SCRIPT}</script>` +
        `\n    <link rel="expect" href="#${FIRST_PAGE_END}" blocking="render" />`
      );
    })
    .replace(
      root,
      () =>
        `<noscript><p class="notice">${escapeText(page.noscript)}</p></noscript>\n    ` +
        `<div id="root" data-first-width="${firstWidth}">${body}</div>` +
        `<span id="${FIRST_PAGE_END}" hidden></span>\n    ` +
        `<script type="application/json" id="${FIRST_TIMELINE_ID}">${jsonInScript(page.timeline)}</script>`,
    );
}

/** Each `import './x.css'` as an empty module. */
function withoutStylesheets(): Plugin {
  const EMPTY = '\0roundtrip:no-css';
  return {
    name: 'roundtrip:prerender-no-css',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export default "";' : null),
  };
}

export function prerender(): Plugin {
  let root = '';
  return {
    name: 'roundtrip:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // The app's modules as Node runs them, with React, zustand and the rest as Node's own
        // copies; their stylesheets are the client build's business.
        const { module } = await runnerImport<typeof import('./prerender/firstPage.tsx')>(
          join(root, 'scripts/prerender/firstPage.tsx'),
          { root, logLevel: 'error', plugins: [react(), withoutStylesheets()] },
        );
        return withFirstPage(html, module.renderFirstPage(FIRST_DRAW_WIDTH), FIRST_DRAW_WIDTH);
      },
    },
  };
}
