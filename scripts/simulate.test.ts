import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../src/index';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run simulate -- --file', () => {
  it('runs a scenario file, and refuses one the validator refuses, saying where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtrip-'));
    const good = join(dir, 'my-scenario.json');
    const scenario = {
      ...findScenario('get'),
      impairments: { drop: [{ from: 'server', what: 'fin', nth: 1 }] },
    };
    writeFileSync(good, JSON.stringify(scenario));
    const ok = run('--file', good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('outcome: client CLOSED, server CLOSED');
    expect(ok.stdout).toMatch(/retransmission-timeout .*FIN/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...scenario, seed: -1 }));
    const refused = run('--file', bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('/seed must be between');
  }, 30_000);
});
