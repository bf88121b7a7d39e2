import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  asElementText,
  dataUrl,
  inlineEverything,
  inlineHashes,
  singleFilePolicy,
  withPolicy,
} from './inline';

const sha = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const PAGE = `<html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<script>early()</script>
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<link rel="icon" href="https://elsewhere.test/x.svg" />
<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/dep-2.js">
<link rel="stylesheet" crossorigin href="./assets/index-3.css">
</head><body></body></html>`;

const FILES = {
  built: (path: string) =>
    ({
      './assets/index-1.js': 'const s = "</script><!- -";run(s)',
      './assets/dep-2.js': 'dep()',
      './assets/index-3.css': 'a::after{content:"</style>"}',
    })[path],
  public: (path: string) =>
    path === './favicon.svg' ? new TextEncoder().encode('<svg/>') : undefined,
};

describe('the one-file page', () => {
  const html = inlineEverything(PAGE, FILES);

  it('holds each script and stylesheet it names, and names no file', () => {
    expect(html).toContain('<script type="module">const s = "<\\/script><!- -";run(s)</script>');
    expect(html).toContain('<style>a::after{content:"<\\/style>"}</style>');
    expect(html).not.toContain('./assets/');
    expect(html).not.toContain('modulepreload');
  });

  it("holds public/'s files as data: URLs, and leaves addresses elsewhere alone", () => {
    expect(html).toContain(`href="${dataUrl('x.svg', new TextEncoder().encode('<svg/>'))}"`);
    expect(dataUrl('x.svg', new TextEncoder().encode('<svg/>'))).toBe(
      'data:image/svg+xml;base64,PHN2Zy8+',
    );
    expect(html).toContain('href="https://elsewhere.test/x.svg"');
  });

  it('refuses a script the build does not have', () => {
    expect(() =>
      inlineEverything('<script type="module" src="./assets/gone.js"></script>', FILES),
    ).toThrow(/the script \.\/assets\/gone\.js is not in the build/);
  });

  it('refuses text that HTML would misread inside the element', () => {
    expect(asElementText('a</SCRIPT>b', 'script')).toBe('a<\\/SCRIPT>b');
    expect(() => asElementText('x = "<!--"', 'script')).toThrow(/<!--/);
  });

  it('allows exactly its own scripts and styles, by hash, and nothing from anywhere', () => {
    const policy = singleFilePolicy(html);
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('early()'), sha('const s = "<\\/script><!- -";run(s)')],
      styles: [sha('a::after{content:"<\\/style>"}')],
    });
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(
      `script-src ${sha('early()')} ${sha('const s = "<\\/script><!- -";run(s)')};`,
    );
    expect(policy).not.toMatch(/'self'|unsafe-|\*/);
    expect(singleFilePolicy('<p>no style</p>')).toContain("style-src 'none'");
  });

  it('writes the policy into the page, escaped for the attribute', () => {
    expect(withPolicy(html, "script-src 'sha256-a'")).toContain(
      '<meta http-equiv="Content-Security-Policy" content="script-src &#39;sha256-a&#39;">',
    );
    expect(() => withPolicy('<html></html>', 'x')).toThrow(/no CSP <meta>/);
  });
});
