import { describe, expect, it } from 'vitest';
import { FIRST_TIMELINE_ID } from '../app/firstPaint';
import type { Timeline } from '../app/model';
import { FIRST_PAGE_END, jsonInScript, SSR_STYLE_ATTRIBUTE, withFirstPage } from './prerender';
import { FIRST_PAINT_SCRIPT } from './prerender/firstPaint';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Roundtrip</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = {
  html: '<div class="root"><p>Step 0 costs $1 & <b>more</b></p><div class="packets" style="width:616px"></div></div>',
  lang: 'en',
  title: 'A <simple> GET · Roundtrip',
  noscript: 'Turn on JavaScript & step',
  // Only its JSON matters here: a string that would end the script element if written as it is.
  timeline: { title: '</script><!-- & more' } as unknown as Timeline,
};

describe('withFirstPage', () => {
  const html = withFirstPage(INDEX, page, 616);

  it('puts the page into #root, with the width its diagram was drawn at', () => {
    expect(html).toContain(
      '<div id="root" data-first-width="616"><div class="root"><p>Step 0 costs $1 & <b>more</b></p>',
    );
  });

  it('moves inline styles where the CSP leaves them alone, for the app to apply', () => {
    expect(html).toContain(`<div class="packets" ${SSR_STYLE_ATTRIBUTE}="width:616px">`);
    expect(html).not.toContain(' style="');
  });

  it("sets the page's title and a notice for readers without JavaScript, escaped", () => {
    expect(html).toContain('<title>A &lt;simple> GET · Roundtrip</title>');
    expect(html).toContain(
      '<noscript><p class="notice">Turn on JavaScript &amp; step</p></noscript>',
    );
  });

  it('runs the head script right after the charset', () => {
    expect(html).toContain(`<meta charset="utf-8" />\n    <script>${FIRST_PAINT_SCRIPT}</script>`);
  });

  it('renders nothing before the whole first page is parsed', () => {
    expect(html).toContain(`<link rel="expect" href="#${FIRST_PAGE_END}" blocking="render" />`);
    expect(html).toMatch(new RegExp(`</div></div><span id="${FIRST_PAGE_END}" hidden></span>`));
    expect(html.indexOf(`id="${FIRST_PAGE_END}"`)).toBeGreaterThan(html.indexOf('Step 0 costs'));
  });

  it('writes the timeline beside the page as JSON that no string inside can end early', () => {
    const open = `<script type="application/json" id="${FIRST_TIMELINE_ID}">`;
    const start = html.indexOf(open) + open.length;
    const text = html.slice(start, html.indexOf('</script>', start));
    expect(text).toBe(jsonInScript(page.timeline));
    expect(text).not.toMatch(/<\/|<!--/);
    expect(JSON.parse(text)).toEqual(page.timeline);
  });

  it('refuses a page without an empty #root', () => {
    expect(() => withFirstPage('<html lang="en"></html>', page, 616)).toThrow(/no <div id="root">/);
  });
});
