import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findScenario, simulate } from '../model';
import { readScenarioFile } from './SharePanel';

describe('readScenarioFile', () => {
  it('reads a scenario file, or says why not: not JSON, or the validator’s first refusal', () => {
    const get = findScenario('get');
    expect(readScenarioFile(JSON.stringify(get))).toEqual({ ok: true, scenario: get });
    expect(readScenarioFile('{"id":')).toMatchObject({ ok: false, notJson: expect.any(Object) });
    const slow = { ...get, link: { ...get?.link, latencyMs: 20_000 } };
    expect(readScenarioFile(JSON.stringify(slow))).toMatchObject({
      ok: false,
      refusal: { path: '/link/latencyMs', code: 'out-of-range', params: { min: 0, max: 10_000 } },
    });
  });

  // The browser's own words ("Unexpected token 'h', …") were in every language's message.
  it('says where a text stops being JSON as a line and a column, not in the browser’s words', () => {
    expect(readScenarioFile('hello')).toEqual({
      ok: false,
      notJson: { offset: 0, line: 1, column: 1 },
    });
    expect(readScenarioFile('{\n  "id": "get",\n  "x": tru\n}')).toMatchObject({
      ok: false,
      notJson: { line: 3, column: 8 },
    });
  });

  // "/version is not a known field": a file Export wrote was refused as a broken scenario.
  it('knows a saved timeline and a HAR, which “Open a capture” opens', () => {
    const get = findScenario('get');
    if (!get) throw new Error('no get');
    expect(readScenarioFile(JSON.stringify(simulate(get)))).toEqual({
      ok: false,
      other: 'timeline',
    });
    const saved = readFileSync('fixtures/captures/cookie-session.json', 'utf8');
    expect(readScenarioFile(saved)).toEqual({ ok: false, other: 'timeline' });
    const har = readFileSync('fixtures/captures/har.har', 'utf8');
    expect(readScenarioFile(har)).toEqual({ ok: false, other: 'har' });
  });
});
