import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../vite.config';
import { firstStyleInline } from './first-style';
import { inlineHashes } from './single/inline';

type Chunk =
  | { type: 'chunk'; isEntry: boolean; code: string; viteMetadata: { importedCss: Set<string> } }
  | { type: 'asset'; source: string };

const chunk = (isEntry: boolean, css: string[]): Chunk => ({
  type: 'chunk',
  isEntry,
  code: '',
  viteMetadata: { importedCss: new Set(css) },
});

const INDEX = `<html><head>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
  </head><body></body></html>`;

/** Runs the plugin's two hooks as Vite does: the bundle first, then the page. */
function build(bundle: Record<string, Chunk>, html = INDEX) {
  const plugin = firstStyleInline();
  const generate = plugin.generateBundle as unknown as {
    handler: (options: unknown, bundle: Record<string, Chunk>) => void;
  };
  const transform = plugin.transformIndexHtml as unknown as { handler: (html: string) => string };
  generate.handler({}, bundle);
  return transform.handler(html);
}

describe('firstStyleInline', () => {
  it("puts the entry's stylesheet into the page's head and takes it out of the build", () => {
    const bundle: Record<string, Chunk> = {
      'assets/index-1.js': chunk(true, ['assets/index-1.css']),
      'assets/index-1.css': { type: 'asset', source: '.root{color:red}' },
      'assets/lazy-2.js': chunk(false, ['assets/lazy-2.css']),
      'assets/lazy-2.css': { type: 'asset', source: '.lazy{color:blue}' },
    };
    const html = build(bundle);
    expect(html).toContain('<style>.root{color:red}</style>\n  </head>');
    expect(html).not.toContain('.lazy');
    expect(bundle['assets/index-1.css']).toBeUndefined();
    // Neither the page's <link> nor a lazy chunk's preload list can name it any more.
    expect(bundle['assets/index-1.js']).toMatchObject({ viteMetadata: { importedCss: new Set() } });
    expect(bundle['assets/lazy-2.css']).toBeDefined();
    expect(bundle['assets/lazy-2.js']).toMatchObject({
      viteMetadata: { importedCss: new Set(['assets/lazy-2.css']) },
    });
  });

  it('writes an end tag inside the stylesheet so that it cannot close the element', () => {
    const html = build({
      'assets/index-1.js': chunk(true, ['assets/index-1.css']),
      'assets/index-1.css': { type: 'asset', source: 'a::after{content:"</style>"}' },
    });
    expect(html).toContain('<style>a::after{content:"<\\/style>"}</style>');
  });

  it('leaves a page without an entry stylesheet as it is', () => {
    expect(build({ 'assets/index-1.js': chunk(true, []) })).toBe(INDEX);
  });

  it('is allowed by the policy by its hash, and nothing else inline is', () => {
    const html = build({
      'assets/index-1.js': chunk(true, ['assets/index-1.css']),
      'assets/index-1.css': { type: 'asset', source: '.root{color:red}' },
    });
    const { styles } = inlineHashes(html);
    expect(styles).toHaveLength(1);
    const policy = contentSecurityPolicy(styles);
    expect(policy).toContain(`style-src 'self' ${styles[0]};`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('is applied to builds only, not to the dev server', () => {
    expect(firstStyleInline().apply).toBe('build');
  });
});
