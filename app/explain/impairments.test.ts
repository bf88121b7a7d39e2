/**
 * The words of TCP steps in sessions made with the workshop's faults (a segment dropped, or
 * held back), which no canned scenario shows: each run is GET / of `get` with one fault, and
 * the step's words must say what its timeline shows, in every language.
 */
import { describe, expect, it } from 'vitest';
import { THIRD_SEGMENT_LOST } from '../../src/session/test-support/impaired';
import {
  type Profile,
  SCENARIOS,
  type Scenario,
  type Step,
  simulate,
  type Timeline,
} from '../model';
import { type Catalogue, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { formatNumber } from '../strings/intl';
import { describeStep } from './describe';
import { loadMessageFacts } from './messageFacts';
import { loadExplainWords } from './words';

const PROFILES: Profile[] = ['textbook', 'linux'];

await loadExplainWords();
await loadMessageFacts();
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));

const get = SCENARIOS.find((s) => s.id === 'get') as Scenario;

function run(impairments: Scenario['impairments'], profile: Profile): Timeline {
  return simulate({ ...get, impairments }, { profile });
}

/** The why of the first step with `reason` after `from`, in each language. */
function whyOf(timeline: Timeline, reason: Step['reason'], from = 0): Record<Lang, string> {
  const step = timeline.steps.find((s) => s.index >= from && s.reason === reason);
  if (!step) throw new Error(`no ${reason}`);
  const words = {} as Record<Lang, string>;
  for (const { code } of LANGUAGES) {
    words[code] = describeStep(step, timeline, catalogues.get(code) as Catalogue, code).why;
  }
  return words;
}

/** "Was lost", as each language's words for a lost answer say it. */
const LOST: Record<Lang, RegExp> = {
  en: /was lost|must have been lost/,
  'zh-CN': /一定是丢失了|ACK 丢失了/,
  'zh-TW': /一定是遺失了|ACK 遺失了/,
};
const DELAYED: Record<Lang, RegExp> = {
  en: /delayed, not lost/,
  'zh-CN': /并没有丢失/,
  'zh-TW': /並沒有遺失/,
};

// RFC 6298 §5: the peer's retransmission timer expired before this end's answer arrived. Held
// back, not dropped, that answer still arrives: the repeat was not needed, and nothing was lost.
// Under textbook the server answers the repeated SYN with a bare ACK, which neither repeats the
// SYN,ACK nor speaks of its fate (RFC 9293 §3.10.7.4; repeated-syn.test.ts).
describe.each(PROFILES)('a repeat sent while the answer was on its way (%s)', (profile) => {
  type Delay = NonNullable<NonNullable<Scenario['impairments']>['delay']>[number];
  const cases: [string, NonNullable<Delay['what']>, Delay['from'], Step['reason']][] = [
    ['the last ACK', 'final-ack', 'client', 'time-wait-ack'],
  ];
  if (profile === 'linux')
    cases.push(['the SYN,ACK', 'syn-ack', 'server', 'duplicate-syn-received']);

  it.each(cases)('%s held back is said to be delayed, not lost', (_name, what, from, reason) => {
    const timeline = run({ delay: [{ from, what, nth: 1, extraMs: 3000 }] }, profile);
    const why = whyOf(timeline, reason);
    for (const { code } of LANGUAGES) {
      expect(why[code]).toMatch(DELAYED[code]);
      expect(why[code]).not.toMatch(LOST[code]);
    }
  });

  it.each(cases)('%s dropped is still said to be lost', (_name, what, from, reason) => {
    const timeline = run({ drop: [{ from, what, nth: 1 }] }, profile);
    const why = whyOf(timeline, reason);
    for (const { code } of LANGUAGES) {
      expect(why[code]).toMatch(LOST[code]);
      expect(why[code]).not.toMatch(DELAYED[code]);
    }
  });
});

// RFC 1337: a RST ends TIME-WAIT. The ACK it answers is the one the words name: here the
// client's first ACK of the server's FIN, held back until the server had closed on a later one.
describe.each(PROFILES)('the RST that ends TIME-WAIT (%s)', (profile) => {
  const OLD: Record<Lang, RegExp> = {
    en: /for an old segment/,
    'zh-CN': /旧报文段/,
    'zh-TW': /舊區段/,
  };

  it('answers the late ACK of the FIN, not an ACK for an old segment', () => {
    const late = run(
      { delay: [{ from: 'client', what: 'final-ack', nth: 1, extraMs: 3000 }] },
      profile,
    );
    const why = whyOf(late, 'time-wait-assassinated');
    for (const { code } of LANGUAGES) expect(why[code]).not.toMatch(OLD[code]);
    expect(why.en).toContain(
      'an earlier ACK of the server’s FIN from the client, which arrived late',
    );
  });

  it('still answers an ACK for an old segment in time-wait-old-segment', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'time-wait-old-segment') as Scenario;
    const why = whyOf(simulate(scenario, { profile }), 'time-wait-assassinated');
    for (const { code } of LANGUAGES) expect(why[code]).toMatch(OLD[code]);
  });
});

// RFC 5681 §2: a duplicate ACK needs data outstanding. The first ACK that acknowledges nothing
// new answers a handshake segment repeated: under linux the client's ACK of a SYN,ACK that came
// after its handshake (RFC 9293 §3.10.7.4, RFC 5961 §4), which arrives before the server has
// sent any data; under textbook the server's ACK of the repeated SYN (§3.10.7.4, first check).
describe.each(PROFILES)('the answer to a handshake segment repeated (%s)', (profile) => {
  const MISSING: Record<Lang, RegExp> = {
    en: /still missing/,
    'zh-CN': /仍缺少/,
    'zh-TW': /仍缺少/,
  };

  const cases: [string, Scenario['impairments']][] = [
    ['dropped', { drop: [{ from: 'server', what: 'syn-ack', nth: 1 }] }],
    ['held back', { delay: [{ from: 'server', what: 'syn-ack', nth: 1, extraMs: 1500 }] }],
  ];
  it.each(cases)('reports no missing bytes, the first SYN,ACK %s', (_how, impairments) => {
    const timeline = run(impairments, profile);
    const step = timeline.steps.find((s) => s.reason === 'duplicate-ack-received');
    const sender = timeline.steps.find(
      (s) => step?.segmentIn !== null && s.segmentsOut.includes(step?.segmentIn ?? -1),
    );
    expect(sender?.reason).toBe(profile === 'linux' ? 'challenge-ack-sent' : 'duplicate-ack-sent');
    const why = whyOf(timeline, 'duplicate-ack-received');
    for (const { code } of LANGUAGES) expect(why[code]).not.toMatch(MISSING[code]);
    expect(why.en).toContain(
      profile === 'linux'
        ? 'answers a SYN, ACK of the server'
        : 'answers a segment that the server could not accept',
    );
  });
});

// RFC 9293 §3.4: a bare ACK takes no sequence number and is never sent again. What it said
// reaches the peer with the sender's next segment, acknowledgments being cumulative, unless the
// peer's retransmission timer expires first (the lost final ACK of why-time-wait).
describe.each(PROFILES)('a lost ACK (%s)', (profile) => {
  const RESENT: Record<Lang, RegExp> = {
    en: /will send that segment again/,
    'zh-CN': /得不到确认/,
    'zh-TW': /得不到確認/,
  };

  it('whose acknowledgment the next segment carries is not said to make the peer resend', () => {
    const timeline = run({ drop: [{ from: 'server', what: 'ack', nth: 1 }] }, profile);
    const why = whyOf(timeline, 'segment-lost');
    for (const { code } of LANGUAGES) expect(why[code]).not.toMatch(RESENT[code]);
    expect(why.en).toContain('a later segment from the server carries the same acknowledgment');
  });

  it('that the peer’s timer answers is still said to make it resend', () => {
    const timeline = run({ drop: [{ from: 'client', what: 'final-ack', nth: 1 }] }, profile);
    expect(timeline.steps.some((s) => s.reason === 'retransmission-timeout')).toBe(true);
    const why = whyOf(timeline, 'segment-lost');
    for (const { code } of LANGUAGES) expect(why[code]).toMatch(RESENT[code]);
  });
});

// RFC 5681 §3.1 (eq. 2): in slow start an ACK grows the congestion window by min(N, SMSS), the
// textbook profile's rule; Linux adds all N. An ACK after a hole is filled acknowledges several
// segments at once, and the window grows by one of them under textbook, not by all it covers.
// The response's first segment lost: the two after it draw two duplicate ACKs, too few for a
// fast retransmit (RFC 5681 §3.2), so the timer resends it and the ACK that fills the hole
// acknowledges all three in slow start (cwnd one segment, ssthresh two).
describe('an ACK of several segments in slow start (textbook)', () => {
  const large = SCENARIOS.find((s) => s.id === 'large-response') as Scenario;
  const timeline = simulate(
    { ...large, impairments: { drop: [{ from: 'server', what: 'data', nth: 1 }] } },
    { profile: 'textbook' },
  );
  const smss = 1460;

  it('is not said to grow the window by about the data it acknowledges', () => {
    const step = timeline.steps.find(
      (s) =>
        s.reason === 'ack-received' &&
        s.detail.cwnd === 'slow-start' &&
        s.detail.acked > smss &&
        whyOf(timeline, 'ack-received', s.index).en.includes('In slow start'),
    );
    if (!step) throw new Error('no ACK of several segments in slow start');
    const why = whyOf(timeline, 'ack-received', step.index);
    expect(why.en).not.toContain('by about the data it acknowledges');
    expect(why.en).toContain('at most one full-sized segment per ACK');
    expect(why['zh-CN']).not.toContain('约等于');
    expect(why['zh-TW']).not.toContain('約等於');
  });
});

// RFC 5681 §3.2: the response's third segment lost, the segments after it draw duplicate ACKs,
// and the third of them makes the server resend it at once. The words say so, with the
// acknowledgment number it resends from and the windows it sets, and say no timer resends it.
describe.each(PROFILES)('a segment resent on the third duplicate ACK (%s)', (profile) => {
  const timeline = simulate(THIRD_SEGMENT_LOST, { profile });
  const FAST: Record<Lang, RegExp> = {
    en: /fast retransmit/,
    'zh-CN': /快速重传/,
    'zh-TW': /快速重傳/,
  };
  const TIMER: Record<Lang, RegExp> = {
    en: /timer will send it again/,
    'zh-CN': /重传计时器超时后会重传/,
    'zh-TW': /重傳計時器逾時後會重傳/,
  };
  const describeIn = (step: Step) =>
    LANGUAGES.map(({ code }) => ({
      code,
      ...describeStep(step, timeline, catalogues.get(code) as Catalogue, code),
    }));

  it('says what the fast retransmit does, from the duplicate ACK’s number, in every language', () => {
    const step = timeline.steps.find((s) => s.reason === 'fast-retransmit');
    if (step?.reason !== 'fast-retransmit') throw new Error('no fast retransmit');
    const dup = timeline.segments[step.segmentIn ?? -1];
    const resent = timeline.segments[step.segmentsOut[0] ?? -1];
    expect(resent?.relSeq).toBe(dup?.relAck);
    for (const { code, what, why } of describeIn(step)) {
      expect(what).toContain(`Ack=${dup?.relAck}`);
      expect(what).toMatch(FAST[code]);
      expect(why).toContain('RFC 5681 §3.2');
      expect(why).toContain(formatNumber(code, step.detail.ssthresh));
      expect(why).toContain(formatNumber(code, step.detail.cwnd));
    }
    expect(describeIn(step)[0]?.what).toBe(
      `The server receives a third duplicate ACK (Ack=${dup?.relAck}) and at once resends the segment from byte ${dup?.relAck}, without waiting for its retransmission timer (fast retransmit).`,
    );
  });

  it('says the lost segment is resent on the third duplicate ACK, not by the timer', () => {
    const why = whyOf(timeline, 'segment-lost');
    for (const { code } of LANGUAGES) {
      expect(why[code]).toMatch(FAST[code]);
      expect(why[code]).not.toMatch(TIMER[code]);
    }
  });

  it('says how many duplicate ACKs came before the third, and that the third resends', () => {
    const fast = timeline.steps.find((s) => s.reason === 'fast-retransmit');
    const counted = timeline.steps.filter(
      (s) =>
        s.reason === 'duplicate-ack-received' &&
        s.endpoint === 'server' &&
        s.index < (fast?.index ?? 0),
    );
    expect(counted).toHaveLength(2);
    const COUNT: Record<Lang, [RegExp, RegExp]> = {
      en: [
        /It is the first duplicate ACK.*at the third in a row/,
        /^A second duplicate ACK.*One more, and/,
      ],
      'zh-CN': [/第一个重复确认：连续收到第三个时/, /^第二个重复确认.*再收到一个/],
      'zh-TW': [/第一個重複確認：連續收到第三個時/, /^第二個重複確認.*再收到一個/],
    };
    for (const [i, step] of counted.entries()) {
      for (const { code, why } of describeIn(step)) {
        expect(why).toMatch(COUNT[code][i] as RegExp);
        expect(why).toMatch(FAST[code]);
      }
    }
  });

  it('says a duplicate ACK in fast recovery enlarges the window, and no other', () => {
    const RECOVERY: Record<Lang, RegExp> = {
      en: /In fast recovery each one enlarges the congestion window/,
      'zh-CN': /在快速恢复期间/,
      'zh-TW': /在快速恢復期間/,
    };
    const fast = timeline.steps.find((s) => s.reason === 'fast-retransmit');
    const ended = timeline.steps.find(
      (s) => s.reason === 'ack-received' && s.detail.cwnd === 'fast-recovery-ended',
    );
    const duplicates = timeline.steps.filter(
      (s) => s.reason === 'duplicate-ack-received' && s.endpoint === 'server',
    );
    const during = duplicates.filter(
      (s) => s.index > (fast?.index ?? 0) && s.index < (ended?.index ?? 0),
    );
    expect(during.length).toBeGreaterThan(0);
    for (const step of duplicates) {
      const inRecovery = during.includes(step);
      for (const { code, why } of describeIn(step)) {
        if (inRecovery) expect(why).toMatch(RECOVERY[code]);
        else expect(why).not.toMatch(RECOVERY[code]);
      }
    }
  });

  it('says the next ACK of new data ends fast recovery', () => {
    const step = timeline.steps.find(
      (s) => s.reason === 'ack-received' && s.detail.cwnd === 'fast-recovery-ended',
    );
    if (!step) throw new Error('no end of fast recovery');
    const RECOVERY: Record<Lang, RegExp> = {
      en: /fast recovery ends/,
      'zh-CN': /快速恢复结束/,
      'zh-TW': /快速恢復結束/,
    };
    for (const { code, why } of describeIn(step)) expect(why).toMatch(RECOVERY[code]);
  });
});
