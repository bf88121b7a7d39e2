import { describe, expect, it } from 'vitest';
import { decodeUrl, defaultUrlState, encodeUrl } from './codec';

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

  it('leaves the profile to the scenario unless the link names one', () => {
    const base = defaultUrlState(IDS);
    expect(base.profile).toBeNull();
    expect(encodeUrl(base)).not.toContain('profile=');
    for (const profile of ['textbook', 'linux'] as const) {
      const search = encodeUrl({ ...base, profile });
      expect(search).toContain(`profile=${profile}`);
      expect(decodeUrl(search, IDS).state.profile).toBe(profile);
    }
  });

  it('writes the numbers only where the reader chose them, either way', () => {
    const base = defaultUrlState(IDS);
    expect(base.seq).toBeNull();
    expect(encodeUrl(base)).not.toContain('seq=');
    for (const [seq, param] of [
      ['absolute', 'abs'],
      ['relative', 'rel'],
    ] as const) {
      const search = encodeUrl({ ...base, seq });
      expect(search).toContain(`seq=${param}`);
      expect(decodeUrl(search, IDS).state.seq).toBe(seq);
    }
  });

  it('reads the classroom parameters, and names each bad one', () => {
    const { state, bad } = decodeUrl(
      '?scenario=get&moment=status-line&granularity=segment&projector=1',
      IDS,
    );
    expect(bad).toEqual([]);
    expect(state).toMatchObject({ moment: 'status-line', granularity: 'segment', projector: true });
    const wrong = decodeUrl('?moment=Status%20Line&granularity=word&projector=on', IDS);
    expect(wrong.bad).toEqual(['moment', 'granularity', 'projector']);
    expect(wrong.state).toEqual(defaultUrlState(IDS));
    const search = encodeUrl({
      ...defaultUrlState(IDS),
      moment: 'time-wait-ends',
      projector: true,
    });
    expect(search).toBe('?scenario=get&step=0&moment=time-wait-ends&projector=1');
  });

  it('treats a missing parameter as no choice, not as an error', () => {
    expect(decodeUrl('', IDS)).toEqual({ state: defaultUrlState(IDS), bad: [] });
  });

  it('keeps parameters that are not its own', () => {
    const search = encodeUrl({ ...defaultUrlState(IDS), step: 3 }, '?capture=x&step=9');
    expect(new URLSearchParams(search).get('capture')).toBe('x');
    expect(new URLSearchParams(search).getAll('step')).toEqual(['3']);
  });
});

describe('a custom scenario in the URL', () => {
  it('reads scenario=custom with its s, and writes it back', () => {
    const { state, bad } = decodeUrl('?scenario=custom&s=1.abc&step=4', IDS);
    expect(bad).toEqual([]);
    expect(state).toMatchObject({ scenario: 'custom', custom: '1.abc', step: 4 });
    expect(new URLSearchParams(encodeUrl(state)).get('s')).toBe('1.abc');
  });

  it('refuses scenario=custom without s, and drops s from a canned scenario’s URL', () => {
    expect(decodeUrl('?scenario=custom', IDS).bad).toEqual(['scenario']);
    const search = encodeUrl({ ...defaultUrlState(IDS), scenario: 'get' }, '?s=1.abc&edit=0');
    expect(new URLSearchParams(search).has('s')).toBe(false);
    expect(new URLSearchParams(search).get('edit')).toBe('0');
  });
});
