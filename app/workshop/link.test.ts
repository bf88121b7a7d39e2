import { describe, expect, it } from 'vitest';
import { findScenario, type ResourceSpec, type Scenario } from '../model';
import { encodeScenarioParam, SCENARIO_FORMAT, toBase64Url } from '../url/scenarioParam';
import { fromBase64Url, readScenarioParam, type ScenarioFormat } from './link';

function withHeader(id: string, header: [string, string]): Scenario {
  const s = structuredClone(findScenario(id) as Scenario);
  const first = s.requests[0];
  if (first) first.headers = [...(first.headers ?? []), header];
  return s;
}

const asParam = (data: unknown, format = SCENARIO_FORMAT) =>
  `${format}.${toBase64Url(new TextEncoder().encode(JSON.stringify(data)))}`;

describe('the scenario link', () => {
  it('reads back what it writes', () => {
    const s = withHeader('get', ['Accept', 'text/html']);
    const reading = readScenarioParam(encodeScenarioParam(s));
    expect(reading).toEqual({ ok: true, scenario: s, format: SCENARIO_FORMAT });
  });

  it('keeps a lightly edited canned scenario under 2,000 characters', () => {
    for (const id of ['get', 'post-form', 'keep-alive', 'lost-segment', 'http-1.0']) {
      const param = encodeScenarioParam(withHeader(id, ['Accept', 'text/html']));
      expect(`?scenario=custom&step=0&s=${param}`.length, id).toBeLessThan(2000);
    }
  });

  it('is URL-safe: nothing in it needs percent-encoding', () => {
    const param = encodeScenarioParam(
      withHeader('post-form', ['X-Ünïcode', 'é'].slice(0, 2) as [string, string]),
    );
    expect(param).toMatch(/^\d+\.[A-Za-z0-9_-]*$/);
    expect(new URLSearchParams(`s=${param}`).get('s')).toBe(param);
  });

  it('says a link is damaged when it is cut, garbled or not JSON', () => {
    const param = encodeScenarioParam(findScenario('get') as Scenario);
    for (const bad of [
      param.slice(0, param.length - 7),
      `${param}!`,
      'x',
      '',
      '1.',
      '1.e30=',
      asParam('{', 1).replace('1.', '1.AA'),
    ]) {
      const r = readScenarioParam(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(['damaged', 'invalid']).toContain(r.problem);
    }
  });

  it('says a link is from a newer Roundtrip rather than damaged', () => {
    expect(readScenarioParam(asParam(findScenario('get'), SCENARIO_FORMAT + 1))).toMatchObject({
      ok: false,
      problem: 'newer',
    });
  });

  it('refuses a well-formed scenario the validator refuses, with the validator’s reason', () => {
    const bad = { ...(findScenario('get') as Scenario), seed: -1 };
    expect(readScenarioParam(asParam(bad))).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringContaining('/seed'),
    });
  });

  it('opens an old format through every upgrade after it, in order', () => {
    // A made-up history: format 1 named the latency `delay`, format 2 `latencyMs`.
    const get = findScenario('get') as Scenario;
    const { latencyMs, ...rest } = get.link;
    const old = { ...get, link: { ...rest, delay: latencyMs } };
    const read = (p: string) => JSON.parse(new TextDecoder().decode(fromBase64Url(p)));
    const formats: Record<number, ScenarioFormat> = {
      1: {
        read,
        upgrade: (d) => {
          const o = d as { link: { delay: number } & Record<string, unknown> };
          const { delay, ...link } = o.link;
          return { ...o, link: { ...link, latencyMs: delay } };
        },
      },
      2: { read },
    };
    expect(readScenarioParam(asParam(old, 1), formats, 2)).toEqual({
      ok: true,
      scenario: get,
      format: 1,
    });
    // A format without its upgrade is said to be damaged, never read as the newer one.
    expect(readScenarioParam(asParam(old, 1), { 1: { read }, 2: { read } }, 2)).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
  });

  it('decodes base64url with or without padding and refuses other alphabets', () => {
    expect([...fromBase64Url('AQID')]).toEqual([1, 2, 3]);
    expect([...fromBase64Url('AQI=')]).toEqual([1, 2]);
    expect([...fromBase64Url('-_8')]).toEqual([251, 255]);
    expect(() => fromBase64Url('A+B/')).toThrow();
    expect(() => fromBase64Url('A')).toThrow();
  });

  it('opens a link written by format 1 as it did: the same scenario', () => {
    // Written by the format 1 writer (before the MSL, the initial RTO and raw responses): `get`
    // with Accept: text/html added. Kept as written, never regenerated.
    const reading = readScenarioParam(FORMAT_1_LINK);
    expect(reading).toEqual({
      ok: true,
      scenario: withHeader('get', ['Accept', 'text/html']),
      format: 1,
    });
  });

  it('refuses a format 1 link that holds a field only format 2 has', () => {
    const get = findScenario('get') as Scenario;
    expect(readScenarioParam(asParam({ ...get, tcp: { mslMs: 1000 } }, 1))).toMatchObject({
      ok: false,
      problem: 'damaged',
      detail: 'format 1 has no field tcp',
    });
  });

  it('carries the MSL, the initial RTO and a response typed by hand (format 2)', () => {
    const get = findScenario('get') as Scenario;
    const [page, ...rest] = get.site.resources;
    const raw = 'HTTP/1.1 418 I’m a teapot\r\nContent-Length: 3\r\n\r\ntea';
    const mine: Scenario = {
      ...get,
      tcp: { mslMs: 2000, initialRtoMs: 500 },
      site: { ...get.site, resources: [{ ...(page as ResourceSpec), raw }, ...rest] },
    };
    const param = encodeScenarioParam(mine);
    expect(param.startsWith('2.')).toBe(true);
    expect(readScenarioParam(param)).toEqual({ ok: true, scenario: mine, format: 2 });
  });
});

const FORMAT_1_LINK =
  '1.eyJpZCI6ImdldCIsInRpdGxlIjoiR0VUIC8gd2l0aCBBY2NlcHQtTGFuZ3VhZ2U6IGZyIiwicHJvZmlsZSI6InRleHRib29rIiwic2VlZCI6MSwibGluayI6eyJsYXRlbmN5TXMiOjIwLCJiaXRzUGVyU2Vjb25kIjoxMDAwMDAwMCwibG9zc1JhdGUiOjB9LCJzaXRlIjp7Imhvc3QiOiJkZXZlbG9wZXIubW96aWxsYS5vcmciLCJyZXNvdXJjZXMiOlt7InBhdGgiOiIvIiwiY29udGVudFR5cGUiOiJ0ZXh0L2h0bWw7IGNoYXJzZXQ9dXRmLTgiLCJsYW5ndWFnZSI6ImZyIiwiYm9keSI6IjwhRE9DVFlQRSBodG1sPlxuPGh0bWwgbGFuZz1cImZyXCI-XG48aGVhZD5cbiAgPG1ldGEgY2hhcnNldD1cInV0Zi04XCI-XG4gIDx0aXRsZT5VbmUgcGFnZSB3ZWIgc2ltcGxlPC90aXRsZT5cbjwvaGVhZD5cbjxib2R5PlxuICA8aDE-UGFnZSB3ZWIgSFRNTCBzaW1wbGU8L2gxPlxuICA8cD5Cb25qb3VyLCBsZSBtb25kZSAhPC9wPlxuPC9ib2R5PlxuPC9odG1sPlxuIn0seyJwYXRoIjoiL2NvbnRhY3RfZm9ybS5waHAiLCJtZXRob2RzIjpbIlBPU1QiXSwiZm9ybSI6dHJ1ZSwiYm9keSI6IjwhRE9DVFlQRSBodG1sPlxuPGh0bWwgbGFuZz1cImVuXCI-XG48aGVhZD48dGl0bGU-VGhhbmsgeW91PC90aXRsZT48L2hlYWQ-XG48Ym9keT5cbiAgPHA-VGhhbmsgeW91LCB7e25hbWV9fS4gV2UgcmVjZWl2ZWQgeW91ciByZXF1ZXN0OiB7e3JlcXVlc3R9fS48L3A-XG48L2JvZHk-XG48L2h0bWw-XG4ifV19LCJyZXF1ZXN0cyI6W3sibWV0aG9kIjoiR0VUIiwidGFyZ2V0IjoiLyIsImhlYWRlcnMiOltbIkFjY2VwdC1MYW5ndWFnZSIsImZyIl0sWyJBY2NlcHQiLCJ0ZXh0L2h0bWwiXV19XX0';
