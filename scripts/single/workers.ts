/**
 * Workers in the one-file build. Vite bundles a worker created as
 *
 *   new Worker(new URL('./name.worker.ts', import.meta.url), { type: 'module' })
 *
 * into a file of its own; a page opened from disk (`file://`) can load no file, not even its own
 * folder's, so in the one-file build that expression becomes Vite's inline worker
 * (`./name.worker.ts?worker&inline`): the worker's bundle as a string in the page, started from
 * a `blob:` URL. Only this literal form is rewritten (a path in quotes, `import.meta.url`, and an
 * optional options object without parentheses); anything else is left for Vite, and the build
 * then stops if it would write a second file (plugin.ts). docs/single-file.md says how a worker
 * must be written.
 */

const WORKER =
  /new\s+Worker\s*\(\s*new\s+URL\s*\(\s*(['"])(\.{1,2}\/[^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*(\{[^()]*\})\s*)?\)/g;

/**
 * The module's code with each worker it starts made inline, or null if it starts none. The
 * options object stays; Vite's wrapper reads its `name`, and the worker's type is the build's
 * (`worker.format`): the one-file build makes it classic (plugin.ts), bundled in one piece, so
 * that the worker's own imports need nothing at run time.
 */
export function inlineWorkers(code: string): string | null {
  const imports: string[] = [];
  const rewritten = code.replace(
    WORKER,
    (_whole, _quote: string, path: string, options?: string) => {
      const name = `__roundtripInlineWorker${imports.length}`;
      imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
      return `new ${name}(${options ?? ''})`;
    },
  );
  return imports.length === 0 ? null : `${imports.join('\n')}\n${rewritten}`;
}
