import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../strings';
import { decodeUrl, defaultUrlState, encodeUrl, type UrlState } from './codec';

const IDS = ['get', 'post-form', 'http-1.0', 'lost-segment'];

describe('the URL codec', () => {
  it('reads the test contract parameters', () => {
    const { state, bad } = decodeUrl('?scenario=post-form&step=7&lang=zh-TW&embed=1', IDS);
    expect(bad).toEqual([]);
    expect(state).toEqual({
      ...defaultUrlState(IDS),
      scenario: 'post-form',
      step: 7,
      lang: 'zh-TW',
      embed: true,
    });
  });

  it('falls back to defaults and names each bad value', () => {
    const { state, bad } = decodeUrl(
      '?scenario=nope&step=-3&lang=fr&embed=yes&seq=x&profile=bsd',
      IDS,
    );
    expect(state).toEqual(defaultUrlState(IDS));
    expect(bad).toEqual(['scenario', 'step', 'lang', 'embed', 'seq', 'profile']);
  });

  it('treats a missing parameter as no choice, not as an error', () => {
    expect(decodeUrl('', IDS)).toEqual({ state: defaultUrlState(IDS), bad: [] });
  });

  it('keeps parameters that are not its own', () => {
    const search = encodeUrl({ ...defaultUrlState(IDS), step: 3 }, '?capture=x&step=9');
    expect(new URLSearchParams(search).get('capture')).toBe('x');
    expect(new URLSearchParams(search).getAll('step')).toEqual(['3']);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { state, bad } = decodeUrl(s, IDS);
        expect(IDS).toContain(state.scenario);
        expect(Number.isInteger(state.step)).toBe(true);
        expect(Array.isArray(bad)).toBe(true);
      }),
    );
  });

  it('never throws on query-shaped noise either', () => {
    const key = fc.constantFrom('scenario', 'step', 'lang', 'embed', 'seq', 'profile', '%', '');
    const pair = fc.tuple(key, fc.string()).map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(pair), (pairs) => {
        expect(() => decodeUrl(`?${pairs.join('&')}`, IDS)).not.toThrow();
      }),
    );
  });

  it('round-trips every valid state: decode(encode(s)) = s', () => {
    const state: fc.Arbitrary<UrlState> = fc.record({
      scenario: fc.constantFrom(...IDS),
      step: fc.nat({ max: 100_000 }),
      lang: fc.constantFrom(null, ...LANGUAGES.map((l) => l.code)),
      embed: fc.boolean(),
      seq: fc.constantFrom('relative' as const, 'absolute' as const),
      profile: fc.constantFrom('textbook' as const, 'linux' as const),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeUrl(encodeUrl(s), IDS)).toEqual({ state: s, bad: [] });
      }),
    );
  });
});
