import { describe, expect, it } from 'vitest';
import { findScenario } from '../model';
import { readScenarioFile } from './SharePanel';

describe('readScenarioFile', () => {
  it('reads a scenario file, or says why not: not JSON, or the validator’s first refusal', () => {
    const get = findScenario('get');
    expect(readScenarioFile(JSON.stringify(get))).toEqual({ ok: true, scenario: get });
    expect(readScenarioFile('{"id":')).toMatchObject({ ok: false, notJson: expect.any(String) });
    const slow = { ...get, link: { ...get?.link, latencyMs: 20_000 } };
    expect(readScenarioFile(JSON.stringify(slow))).toMatchObject({
      ok: false,
      refusal: { path: '/link/latencyMs', code: 'out-of-range', params: { min: 0, max: 10_000 } },
    });
  });
});
