/**
 * Every explanation a student can meet in the canned scenarios: each step of each scenario,
 * under both profiles, in every language, described from what `simulate()` really emits. None
 * may show a placeholder left unfilled, a value that is not one (`undefined`, `NaN`), or a
 * figure that cannot be: a duration of zero or less, or a TIME-WAIT other than the profile's
 * 2×MSL.
 */
import { describe, expect, it } from 'vitest';
import { type Profile, SCENARIOS, simulate } from '../model';
import { type Catalogue, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { formatDuration } from '../strings/intl';
import { describeStep } from './describe';
import { loadMessageFacts } from './messageFacts';
import { loadExplainWords } from './words';

const PROFILES: Profile[] = ['textbook', 'linux'];

/** 2×MSL: RFC 9293 §3.4.2's MSL of 2 minutes (textbook); Linux's TCP_TIMEWAIT_LEN of 60 s. */
const TIME_WAIT_MS: Record<Profile, number> = { textbook: 240_000, linux: 60_000 };

/** A duration as `formatDuration` writes it in each language: its number and unit. */
const DURATION: Record<Lang, RegExp> = {
  en: /(-?[\d.,]+) (?:ms|sec|min)\b/g,
  'zh-CN': /(-?[\d.,]+) (?:毫秒|秒|分钟)/g,
  'zh-TW': /(-?[\d.,]+) (?:毫秒|秒|分鐘)/g,
};

await loadExplainWords();
await loadMessageFacts();
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));

/**
 * A step number in an explanation: the app's steps are numbered by the cursor, so "step 7" of
 * another list (MDN's seven steps) would name the wrong one.
 */
const STEP_NUMBER: Record<Lang, RegExp> = {
  en: /\bstep \d+/i,
  'zh-CN': /第 ?\d+ ?步/,
  'zh-TW': /第 ?\d+ ?步/,
};

/**
 * An endpoint named with a capital in mid-sentence: `{who}` ("The client") begins a sentence,
 * `{whom}` and `{peer}` ("the client") go anywhere else.
 */
const CAPITAL_MID_SENTENCE: Partial<Record<Lang, RegExp>> = {
  en: /\b[a-z]+,?\s+The (client|server)\b/,
};

function problems(text: string, lang: Lang): string[] {
  const found: string[] = [];
  if (STEP_NUMBER[lang].test(text)) found.push('a step number');
  const capital = CAPITAL_MID_SENTENCE[lang]?.exec(text);
  if (capital) found.push(`“${capital[0]}” in mid-sentence`);
  const unfilled = text.match(/\{\w+\}/g);
  if (unfilled) found.push(`unfilled ${unfilled.join(' ')}`);
  for (const word of ['undefined', 'NaN', 'null', 'Infinity', '[object Object]']) {
    if (text.includes(word)) found.push(word);
  }
  for (const [, figure] of text.matchAll(DURATION[lang])) {
    const n = Number(figure?.replace(/,/g, ''));
    if (!(n > 0)) found.push(`a duration of ${figure}`);
  }
  return found;
}

describe.each(SCENARIOS.flatMap((s) => PROFILES.map((p) => [s.id, p, s] as const)))(
  'every explanation of %s (%s)',
  (_id, profile, scenario) => {
    const timeline = simulate(scenario, { profile });

    it.each(LANGUAGES.map((l) => l.code))('reads true in %s', (lang) => {
      const t = catalogues.get(lang) as Catalogue;
      const wrong: string[] = [];
      for (const step of timeline.steps) {
        const d = describeStep(step, timeline, t, lang);
        for (const text of [d.what, d.why, d.states]) {
          for (const p of problems(text, lang)) wrong.push(`step ${step.index}: ${p} in “${text}”`);
        }
        if (step.reason === 'time-wait-expired') {
          const twice = formatDuration(lang, TIME_WAIT_MS[profile]);
          if (!d.what.includes(twice)) wrong.push(`step ${step.index}: not 2×MSL (${twice})`);
        }
      }
      expect(wrong).toEqual([]);
    });
  },
);

describe('the checks themselves', () => {
  it('catch a TIME-WAIT of 0 ms, and the rest', () => {
    expect(problems('The client has waited 2×MSL (0 ms) in TIME-WAIT.', 'en')).toEqual([
      'a duration of 0',
    ]);
    expect(problems('等待了 2×MSL（-5 秒）', 'zh-CN')).toEqual(['a duration of -5']);
    expect(problems('{who} sends NaN bytes', 'en')).toEqual(['unfilled {who}', 'NaN']);
    expect(problems('timer (undefined ms)', 'en')).toEqual(['undefined']);
    expect(problems('The client waited 4 min.', 'en')).toEqual([]);
    expect(problems('The RST answers the ACK that The client sent.', 'en')).toEqual([
      '“that The client” in mid-sentence',
    ]);
  });
});

// A 3xx the client does not follow is the last response it gets: not "a page shown".
describe('the body of a redirect', () => {
  const redirect = SCENARIOS.find((s) => s.id === 'redirect-301');
  if (!redirect) throw new Error('redirect-301 is canned');
  const t = catalogues.get('en') as Catalogue;
  const whyOfBodies = (client: object) => {
    const timeline = simulate({ ...redirect, client: { ...redirect.client, ...client } });
    return timeline.steps
      .filter((s) => s.reason === 'response-body-parsed')
      .map((s) => describeStep(s, timeline, t, 'en').why);
  };

  it('says the client follows its Location, and then that what the last one carries can be used', () => {
    const [first, last] = whyOfBodies({});
    expect(first).toContain('it follows the Location instead');
    expect(last).toContain('a page shown');
  });

  it('says the client stops there where it follows none', () => {
    const [only, ...rest] = whyOfBodies({ maxRedirects: 0 });
    expect(rest).toEqual([]);
    expect(only).toContain('the client does not follow it');
    expect(only).not.toContain('a page shown');
  });
});

// RFC 9293 §3.10.7.1: a closed endpoint answers the repeated FIN too, with a RST, and its peer's
// close ends in a reset. What only TIME-WAIT can do is acknowledge it again.
describe('the repeated FIN of why-time-wait', () => {
  const scenario = SCENARIOS.find((s) => s.id === 'why-time-wait');
  if (!scenario) throw new Error('why-time-wait is canned');
  const ONLY: Record<Lang, RegExp> = {
    en: /only an endpoint still in TIME-WAIT can answer/i,
    'zh-CN': /只有仍处于 TIME-WAIT 的一端/,
    'zh-TW': /只有仍在 TIME-WAIT 的一端/,
  };

  it.each(PROFILES)(
    'is answered with a RST by a client that had closed, as the words say (%s)',
    (profile) => {
      const closed = simulate(
        { ...scenario, client: { ...scenario.client, timeWait: 'cut-short' } },
        { profile },
      );
      const refused = closed.steps.find((s) => s.reason === 'rst-sent');
      expect(refused?.endpoint).toBe('client');
      expect(refused?.states.client).toBe('CLOSED');
      expect(closed.steps.at(-1)?.reason).toBe('rst-received');

      const timeline = simulate(scenario, { profile });
      const again = timeline.steps.find((s) => s.reason === 'time-wait-ack');
      if (!again) throw new Error('no repeated FIN');
      for (const { code } of LANGUAGES) {
        const t = catalogues.get(code) as Catalogue;
        for (const text of [
          describeStep(again, timeline, t, code).why,
          t['scenario.why-time-wait.desc'],
        ]) {
          expect(text).not.toMatch(ONLY[code]);
          expect(text).toContain('RST');
        }
      }
    },
  );
});

// What if TIME-WAIT is cut short: the old connection's segment is taken as this one's data.
describe('the ACKs after an old segment is taken as new data (time-wait-cut-short)', () => {
  const scenario = SCENARIOS.find((s) => s.id === 'time-wait-cut-short');
  if (!scenario) throw new Error('time-wait-cut-short is canned');

  it.each(PROFILES)(
    'say the old bytes were acknowledged, and that the repeated ACKs report no gap (%s)',
    (profile) => {
      const timeline = simulate(scenario, { profile });
      const t = catalogues.get('en') as Catalogue;
      const accepted = timeline.steps.find((s) => s.reason === 'old-segment-accepted');
      const ackOfOld = timeline.steps.find(
        (s) =>
          s.reason === 'ack-received' &&
          s.segmentIn !== null &&
          accepted?.segmentsOut.includes(s.segmentIn),
      );
      if (!ackOfOld) throw new Error('no ACK of the old segment');
      // Its ACK made the server forget its own response, which never arrived as such.
      const why = describeStep(ackOfOld, timeline, t, 'en').why;
      expect(why).toContain('old connection’s delayed segment');
      expect(why).not.toMatch(/^Acknowledged bytes can be forgotten/);

      // The ACKs that answered the unacceptable copies (RFC 9293 §3.10.7.4) are no sign of a gap:
      // the server never sent a byte 136, only its FIN, after them.
      const repeated = timeline.steps.filter((s) => s.reason === 'duplicate-ack-received');
      expect(repeated.length).toBeGreaterThan(0);
      for (const step of repeated) {
        for (const { code } of LANGUAGES) {
          const words = describeStep(step, timeline, catalogues.get(code) as Catalogue, code);
          expect(words.why).toContain('RFC 9293 §3.10.7.4');
          expect(words.why).not.toMatch(/still missing|仍缺少/);
        }
      }
    },
  );
});

// RFC 9110 §15.4: after a 303, and after a 301 or 302 to a POST, the request that follows is a GET.
describe('a redirect followed with another method', () => {
  const post = SCENARIOS.find((s) => s.id === 'post-form');
  if (!post) throw new Error('post-form is canned');
  const t = catalogues.get('en') as Catalogue;
  const whyOfFollow = (status: 301 | 303 | 307, method = 'POST') => {
    const timeline = simulate({
      ...post,
      site: {
        ...post.site,
        resources: [
          ...post.site.resources,
          { path: '/sent', methods: ['GET', 'HEAD', 'POST'], redirect: { status, location: '/' } },
        ],
      },
      requests: post.requests.map((r) => ({ ...r, method, target: '/sent' })),
    });
    const step = timeline.steps.find((s) => s.reason === 'redirect-followed');
    if (!step) throw new Error(`no redirect followed after a ${status}`);
    return describeStep(step, timeline, t, 'en').why;
  };

  it('says the user agent asks again with GET and without the body', () => {
    for (const status of [301, 303] as const) {
      expect(whyOfFollow(status)).toContain('with GET and without the body');
    }
  });

  it('says no such thing where the method stays', () => {
    expect(whyOfFollow(307)).not.toContain('with GET');
    expect(whyOfFollow(303, 'GET')).not.toContain('with GET');
  });
});
