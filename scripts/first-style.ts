import type { Plugin } from 'vite';
import { asElementText } from './single/inline.ts';

/**
 * The first page's stylesheet inside the built index.html, as a <style> in its head, instead of
 * a <link> to a file. The page is prerendered (scripts/prerender.ts) and can paint as soon as it
 * is parsed, but a linked stylesheet holds the first paint until it has been fetched: at 4× CPU on
 * the bench's machine the parser was done a hundred milliseconds and more before the stylesheet
 * arrived (bench/README.md). Inside the page it costs the same bytes and no request.
 *
 * The entry chunk's stylesheet is taken out of the chunk's metadata before Vite writes the HTML
 * and the chunks' preload lists (both read `viteMetadata.importedCss` in their generateBundle):
 * otherwise Vite would link it from the page as well, and a lazy chunk that imports from the
 * entry would add it to the page again when loaded, after the lazy views' own stylesheets, whose
 * rules it would then override. The CSP allows the <style> by its hash (vite.config.ts).
 */
export function firstStyleInline(): Plugin {
  let css = '';
  return {
    name: 'roundtrip:first-style-inline',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          const imported = chunk.viteMetadata?.importedCss;
          if (!imported) continue;
          for (const name of imported) {
            const asset = bundle[name];
            if (asset?.type !== 'asset')
              throw new Error(`first style: ${name} is not in the build`);
            css += String(asset.source);
            delete bundle[name];
          }
          imported.clear();
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (css === '') return html;
        if (!html.includes('</head>')) throw new Error('first style: index.html has no </head>');
        return html.replace(
          '</head>',
          () => `  <style>${asElementText(css, 'style')}</style>\n  </head>`,
        );
      },
    },
  };
}
