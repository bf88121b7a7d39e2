import { describe, expect, it } from 'vitest';
import { inlineWorkers } from './workers';

describe('inlineWorkers', () => {
  it("makes each literal module worker Vite's inline worker, keeping its options", () => {
    const code = [
      "const a = new Worker(new URL('./pcap.worker.ts', import.meta.url), { type: 'module' });",
      'const b = new Worker(new URL("../har.worker.ts", import.meta.url), {',
      "  type: 'module', name: 'har' });",
      "const c = new Worker(new URL('./bare.worker.ts', import.meta.url));",
    ].join('\n');
    expect(inlineWorkers(code)).toBe(
      [
        'import __roundtripInlineWorker0 from "./pcap.worker.ts?worker&inline";',
        'import __roundtripInlineWorker1 from "../har.worker.ts?worker&inline";',
        'import __roundtripInlineWorker2 from "./bare.worker.ts?worker&inline";',
        "const a = new __roundtripInlineWorker0({ type: 'module' });",
        'const b = new __roundtripInlineWorker1({',
        "  type: 'module', name: 'har' });",
        'const c = new __roundtripInlineWorker2();',
      ].join('\n'),
    );
  });

  it('leaves code without such a worker alone', () => {
    expect(inlineWorkers("new Worker('./x.js'); new URL('./y.svg', import.meta.url);")).toBeNull();
    // A path the build cannot see, or options it cannot read, are left for Vite, which then
    // writes a file the one-file build refuses (plugin.test.ts).
    expect(inlineWorkers('new Worker(new URL(path, import.meta.url))')).toBeNull();
    expect(inlineWorkers("new Worker(new URL('./x.ts', import.meta.url), options)")).toBeNull();
    expect(inlineWorkers("new Worker(new URL('https://a.test/x.js', import.meta.url))")).toBeNull();
  });
});
