import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from './compile-hints';

type Chunk = { type: 'chunk'; isEntry: boolean; code: string } | { type: 'asset'; source: string };

/** Runs the plugin's generateBundle on a bundle of plain objects, as Vite would after minifying. */
function generate(bundle: Record<string, Chunk>): Record<string, Chunk> {
  const hook = compileHints().generateBundle as unknown as (
    options: unknown,
    bundle: Record<string, Chunk>,
  ) => void;
  hook({}, bundle);
  return bundle;
}

describe('compileHints', () => {
  it('puts the hint on the first line of the entry chunk only', () => {
    const out = generate({
      'index.js': { type: 'chunk', isEntry: true, code: 'var a=1;' },
      'Packet.js': { type: 'chunk', isEntry: false, code: 'var b=2;' },
      'index.css': { type: 'asset', source: 'a{}' },
    });
    expect(out['index.js']).toEqual({
      type: 'chunk',
      isEntry: true,
      code: '//# allFunctionsCalledOnLoad\nvar a=1;',
    });
    expect(out['Packet.js']).toMatchObject({ code: 'var b=2;' });
    expect(out['index.css']).toEqual({ type: 'asset', source: 'a{}' });
  });

  it('adds it once, however often the hook runs', () => {
    const bundle = generate({ 'index.js': { type: 'chunk', isEntry: true, code: 'x();' } });
    generate(bundle);
    expect(bundle['index.js']).toMatchObject({ code: `${COMPILE_HINT}x();` });
  });

  it('is applied to builds only, not to the dev server', () => {
    expect(compileHints().apply).toBe('build');
  });
});
