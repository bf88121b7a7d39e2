import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136+): `//# allFunctionsCalledOnLoad` as
 * the first line of a script makes V8 compile every function in it eagerly, on
 * the background thread that streams the script in, instead of lazily, on the
 * main thread, at each function's first call. The entry chunk is the code that
 * draws the first page (React, the simulator, the views), so nearly all of it
 * runs on load; chunks loaded later (framer-motion, the other languages) are
 * left lazy. Other engines read the line as a comment.
 *
 * Added after minification (generateBundle), which would drop it as a comment.
 * The benchmark builds its bare React baselines with the same plugin, so that
 * only the app's own code differs (bench/lib/build.ts).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(): Plugin {
  return {
    name: 'roundtrip:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && !chunk.code.startsWith(COMPILE_HINT)) {
          chunk.code = COMPILE_HINT + chunk.code;
        }
      }
    },
  };
}
