/**
 * `npm start` on a fresh checkout: the dev server with the project's own config prints its
 * address and nothing alarming, no warning about the config and no failed dependency scan.
 * The scan runs once the server listens; its cache goes to a fresh folder, so that it really
 * runs instead of reading a cache an earlier start left in node_modules/.vite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLogger, createServer, type Logger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');

/** A logger that keeps what it is given, by level. */
function recordingLogger(): { logger: Logger; said: { level: string; text: string }[] } {
  const said: { level: string; text: string }[] = [];
  const base = createLogger('info', { allowClearScreen: false });
  const logger: Logger = {
    ...base,
    info: (text) => said.push({ level: 'info', text }),
    warn: (text) => said.push({ level: 'warn', text }),
    warnOnce: (text) => said.push({ level: 'warn', text }),
    error: (text) => said.push({ level: 'error', text }),
  };
  return { logger, said };
}

describe('npm start', () => {
  let cacheDir = '';
  afterAll(async () => {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  it('serves the app with no warning and no error, once the dependency scan is done', async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'roundtrip-start-'));
    const { logger, said } = recordingLogger();
    const server = await createServer({
      root: REPO,
      configFile: join(REPO, 'vite.config.ts'),
      customLogger: logger,
      cacheDir,
      server: { port: 0, strictPort: false, open: false },
    });
    try {
      await server.listen();
      const optimizer = server.environments.client.depsOptimizer;
      // The scan starts once the optimizer has looked for a cache; wait for it, then for the scan.
      for (let i = 0; i < 200 && optimizer?.initState !== 'initialized'; i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      await optimizer?.scanProcessing;
      expect(server.resolvedUrls?.local[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.resolvedUrls?.local[0] ?? '');
      expect(page.status).toBe(200);
    } finally {
      await server.close();
    }
    expect(said.filter((s) => s.level !== 'info')).toEqual([]);
  }, 30_000);
});
