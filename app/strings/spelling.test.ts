/**
 * One spelling in English, American, as RFC 9293 and MDN write it ("acknowledgment",
 * "synchronize", "behavior"): the main catalogue and every view's own words.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_STRINGS } from '../test-support/featureStrings';
import { en } from './en';

const BRITISH =
  /\b(acknowledgements?|behaviours?|colours?|synchronis\w*|recognis\w*|initialis\w*|analys(?:e|ed|ing)\b|centre|favour\w*|honour\w*|licence|organis\w*|realis\w*|summaris\w*|optimis\w*|minimis\w*|maximis\w*|serialis\w*|normalis\w*|visualis\w*)\b/i;

function english(): [string, string][] {
  const views = FEATURE_STRINGS.flatMap(({ name, strings }) =>
    Object.entries(strings.en).map(([key, value]): [string, string] => [`${name}:${key}`, value]),
  );
  return [...Object.entries(en), ...views];
}

describe('English words', () => {
  it('are spelled the American way', () => {
    const british = english()
      .filter(([, value]) => BRITISH.test(value))
      .map(([key, value]) => `${key}: ${BRITISH.exec(value)?.[0]}`);
    expect(british).toEqual([]);
  });

  it('name an endpoint with a capital only where a sentence starts: {who} there, {whom} within', () => {
    // `who.server` is "The server", `whom.server` "the server" (en.ts).
    const within = english()
      .filter(([, value]) => /(?<!^|[.!?] )\{who\}/.test(value))
      .map(([key]) => key);
    expect(within).toEqual([]);
  });

  it('are all read, the views’ own words too', () => {
    expect(FEATURE_STRINGS.some(({ name }) => name.includes('exportStrings'))).toBe(true);
    expect(english().length).toBeGreaterThan(Object.keys(en).length);
  });
});
