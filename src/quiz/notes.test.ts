/**
 * What a wrong choice is said to mean must be true of the step it is asked at (RFC 9293). These
 * pin the steps where a note once said something false, and state, over every canned timeline,
 * the condition each of those notes needs.
 */
import { describe, expect, it } from 'vitest';
import { listConversations } from '../capture';
import { HANDSHAKE, sketch } from '../capture/test-support/segments';
import { timelineFromConversation } from '../capture/timeline';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import { THIRD_SEGMENT_LOST } from '../session/test-support/impaired';
import type { Timeline } from '../timeline/types';
import { candidateQuestions } from './generate';
import { DEFAULT_QUIZ_SETTINGS, type Question, type QuestionKind } from './types';

const timelines = new Map<string, Timeline>();
function timeline(id: string, profile: 'textbook' | 'linux'): Timeline {
  const key = `${id}/${profile}`;
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(id);
  if (!timelines.has(key)) timelines.set(key, simulate(scenario, { profile }));
  return timelines.get(key) as Timeline;
}

function questionAt(
  id: string,
  profile: 'textbook' | 'linux',
  step: number,
  kind: QuestionKind,
): Question {
  const q = candidateQuestions(timeline(id, profile), DEFAULT_QUIZ_SETTINGS).find(
    (x) => x.step === step && x.kind === kind,
  );
  if (!q) throw new Error(`no ${kind} question at ${id} (${profile}) step ${step}`);
  return q;
}

/** The question's wording, its right choice, and the mistake each wrong choice is said to be. */
function shape(q: Question) {
  return {
    variant: q.variant,
    endpoint: q.endpoint,
    right: q.choices.find((c) => c.correct)?.value,
    wrong: Object.fromEntries(q.choices.filter((c) => !c.correct).map((c) => [c.value, c.mistake])),
  };
}

const every = SCENARIOS.flatMap((s) =>
  (['textbook', 'linux'] as const).map((profile) => ({ id: s.id, profile })),
);

describe('a FIN that crosses this end’s own (FIN-WAIT-1 → CLOSING)', () => {
  // RFC 9293 §3.10.7.4, eighth step, FIN-WAIT-1: "If our FIN has been ACKed (perhaps in this
  // segment), then enter TIME-WAIT [...]; otherwise, enter the CLOSING state." The other end's
  // FIN is this very segment: what is missing for TIME-WAIT is the ACK of this end's own FIN.
  for (const [step, endpoint] of [
    [38, 'client'],
    [40, 'server'],
  ] as const) {
    it(`simultaneous-close step ${step}: TIME-WAIT waits for the ACK of its own FIN, not for a FIN`, () => {
      expect(shape(questionAt('simultaneous-close', 'textbook', step, 'state'))).toEqual({
        variant: 'enters',
        endpoint,
        right: 'CLOSING',
        wrong: {
          'TIME-WAIT': 'time-wait-own-fin-unacked',
          'CLOSE-WAIT': 'no-passive-closer',
          CLOSED: 'closed-at-once',
        },
      });
    });
  }

  // Figure 13: both ends close actively, so neither is in CLOSE-WAIT or LAST-ACK, the states of
  // the end that receives a FIN before sending its own: no "other role" to have swapped with.
  for (const [step, endpoint] of [
    [41, 'server'],
    [42, 'client'],
  ] as const) {
    it(`simultaneous-close step ${step}: CLOSING → TIME-WAIT, no end in the passive role`, () => {
      expect(shape(questionAt('simultaneous-close', 'textbook', step, 'state'))).toEqual({
        variant: 'enters',
        endpoint,
        right: 'TIME-WAIT',
        wrong: {
          CLOSED: 'closed-at-once',
          'CLOSE-WAIT': 'no-passive-closer',
          'LAST-ACK': 'no-passive-closer',
        },
      });
    });
  }

  it('“TIME-WAIT waits for the other end’s FIN” is said only of a segment without a FIN', () => {
    for (const { id, profile } of every) {
      const t = timeline(id, profile);
      for (const q of candidateQuestions(t, DEFAULT_QUIZ_SETTINGS)) {
        if (!q.choices.some((c) => c.mistake === 'time-wait-early')) continue;
        const seg = t.segments[Number(q.params.segment)];
        expect(seg?.flags, `${id} (${profile}) step ${q.step}`).not.toContain('FIN');
      }
    }
    // Where it is true: FIN-WAIT-1, the ACK of its FIN without a FIN, FIN-WAIT-2.
    expect(shape(questionAt('get', 'textbook', 36, 'state')).wrong['TIME-WAIT']).toBe(
      'time-wait-early',
    );
  });
});

describe('a lost segment that takes no sequence number', () => {
  // A bare ACK takes no sequence number (RFC 9293 §3.4: SEG.LEN 0) and starts no retransmission
  // timer (RFC 6298 §5.1 starts it for data); what it acknowledged comes again, by its sender's.
  for (const [profile, step] of [
    ['textbook', 38],
    ['linux', 37],
  ] as const) {
    it(`why-time-wait (${profile}) step ${step}: nobody resends the ACK; the server resends its FIN`, () => {
      expect(shape(questionAt('why-time-wait', profile, step, 'arrives'))).toEqual({
        variant: 'fate',
        endpoint: 'server',
        right: 'lost',
        wrong: { arrives: 'lost-ack-arrives', refused: 'refused-with-rst' },
      });
    });
  }

  it('a segment with data or a FIN keeps the note of its sender’s timer', () => {
    expect(shape(questionAt('lost-segment', 'textbook', 23, 'arrives')).wrong.arrives).toBe(
      'lost-arrives',
    );
    for (const { id, profile } of every) {
      const t = timeline(id, profile);
      for (const q of candidateQuestions(t, DEFAULT_QUIZ_SETTINGS)) {
        if (!q.choices.some((c) => c.mistake === 'lost-arrives')) continue;
        expect(t.segments[Number(q.params.segment)]?.segLen).toBeGreaterThan(0);
      }
    }
  });

  it('a data segment resent on the third duplicate ACK: the note says fast retransmit, not the timer', () => {
    // large-response, the response's third segment dropped: the segments after it draw
    // duplicate ACKs, and the third makes the server resend it (RFC 5681 §3.2).
    for (const profile of ['textbook', 'linux'] as const) {
      const t = simulate(THIRD_SEGMENT_LOST, { profile });
      const lost = t.steps.find((s) => s.reason === 'segment-lost');
      expect(t.steps.some((s) => s.reason === 'fast-retransmit')).toBe(true);
      const q = candidateQuestions(t, DEFAULT_QUIZ_SETTINGS).find(
        (x) => x.kind === 'arrives' && x.step === lost?.index,
      );
      expect(q && shape(q).wrong.arrives).toBe('lost-fast-retransmitted-arrives');
    }
  });

  it('a lost ACK that a later segment covers: nobody resends it, and nothing is said of a timer', () => {
    // get, its handshake's ACK dropped: the request that follows acknowledges the SYN,ACK too.
    const get = SCENARIOS.find((s) => s.id === 'get');
    if (!get) throw new Error('get');
    const t = simulate(
      { ...get, impairments: { drop: [{ from: 'client', what: 'ack', nth: 1 }] } },
      { profile: 'textbook' },
    );
    const lost = t.steps.find((s) => s.reason === 'segment-lost');
    expect(t.steps.some((s) => s.reason === 'retransmission-timeout')).toBe(false);
    const q = candidateQuestions(t, DEFAULT_QUIZ_SETTINGS).find(
      (x) => x.kind === 'arrives' && x.step === lost?.index,
    );
    expect(q && shape(q).wrong).toEqual({
      arrives: 'lost-unsequenced-arrives',
      refused: 'refused-with-rst',
    });
  });
});

describe('which end closes actively', () => {
  it('simultaneous-close (textbook) step 26: both, though the server’s FIN leaves first', () => {
    const t = timeline('simultaneous-close', 'textbook');
    const fins = t.segments.filter((s) => s.flags.includes('FIN'));
    // The server's FIN leaves first, and the client's leaves before the server's arrives.
    expect(fins.map((s) => s.from)).toEqual(['server', 'client']);
    expect(fins[1]?.sentAt).toBeLessThan(fins[0]?.arrivesAt as number);
    expect(shape(questionAt('simultaneous-close', 'textbook', 26, 'closer'))).toEqual({
      variant: 'active',
      endpoint: null,
      right: 'both',
      wrong: { server: 'closer-both-sent-first', client: 'closer-both-sent-second' },
    });
  });

  it('simultaneous-close (linux): the server alone, its FIN on its response’s last segment', () => {
    expect(shape(questionAt('simultaneous-close', 'linux', 25, 'closer'))).toEqual({
      variant: 'active',
      endpoint: null,
      right: 'server',
      wrong: { client: 'closer-client', both: 'closer-both' },
    });
  });

  it('“the server closes first when its response said so” is said only where it did not say so', () => {
    for (const { id, profile } of every) {
      const t = timeline(id, profile);
      for (const q of candidateQuestions(t, { ...DEFAULT_QUIZ_SETTINGS, kinds: ['closer'] })) {
        if (!q.choices.some((c) => c.mistake === 'closer-server')) continue;
        const said = t.messages.some(
          (m) =>
            m.kind === 'response' &&
            m.connection === q.params.connection &&
            (/^connection: *close\r$/im.test(m.bytes) || m.startLine.startsWith('HTTP/1.0')),
        );
        expect(said, `${id} (${profile}) step ${q.step}`).toBe(false);
      }
    }
  });

  it('get: the client alone', () => {
    expect(shape(questionAt('get', 'textbook', 32, 'closer'))).toEqual({
      variant: 'active',
      endpoint: null,
      right: 'client',
      wrong: { server: 'closer-server', both: 'closer-both' },
    });
  });
});

describe('a state the receiver was never in, or one a stack may keep', () => {
  // RFC 9293 §3.10.7.4, LAST-ACK: "If our FIN is now acknowledged, delete the TCB, enter the
  // CLOSED state, and return." The connection does not go back to LISTEN.
  it('LAST-ACK → CLOSED: LISTEN is not where it was, and not where it goes', () => {
    expect(shape(questionAt('get', 'textbook', 38, 'state'))).toEqual({
      variant: 'enters',
      endpoint: 'server',
      right: 'CLOSED',
      wrong: {
        'TIME-WAIT': 'time-wait-passive',
        LISTEN: 'closed-not-listen',
        'LAST-ACK': 'state-unchanged',
      },
    });
    // The client, which was never in LISTEN.
    expect(shape(questionAt('simultaneous-close', 'linux', 39, 'state'))).toMatchObject({
      endpoint: 'client',
      right: 'CLOSED',
      wrong: { LISTEN: 'closed-not-listen', 'LAST-ACK': 'state-unchanged' },
    });
  });

  // RFC 9293 §3.10.7.4, second step, TIME-WAIT: "If the RST bit is set, then enter the CLOSED
  // state"; RFC 1337 recommends ignoring it, which would keep TIME-WAIT.
  for (const [profile, step] of [
    ['textbook', 38],
    ['linux', 37],
  ] as const) {
    it(`time-wait-old-segment (${profile}) step ${step}: a RST in TIME-WAIT`, () => {
      expect(shape(questionAt('time-wait-old-segment', profile, step, 'state'))).toEqual({
        variant: 'enters',
        endpoint: 'client',
        right: 'CLOSED',
        wrong: { 'TIME-WAIT': 'rst-in-time-wait', LISTEN: 'closed-not-listen' },
      });
    });
  }

  it('“stays” is said only of the state the receiver was in', () => {
    for (const { id, profile } of every) {
      const t = timeline(id, profile);
      for (const q of candidateQuestions(t, DEFAULT_QUIZ_SETTINGS)) {
        for (const c of q.choices) {
          if (c.mistake !== 'state-unchanged') continue;
          expect(c.value, `${id} (${profile}) step ${q.step}`).toBe(q.params.from);
        }
      }
    }
  });
});

describe('a RST that reaches an end which closed first (a capture)', () => {
  // clientrst: the server closes first (FIN-WAIT-1, then FIN-WAIT-2 on the client's ACK); the
  // client, its response unread, closes with a RST. RFC 9293 §3.10.7.4, second check, FIN-WAIT-2:
  // "enter the CLOSED state, delete the TCB". TIME-WAIT is not missed for being the passive end.
  const [conversation] = listConversations(
    sketch([
      ...HANDSHAKE,
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 2 },
      { from: 'client', flags: ['RST', 'ACK'], seq: 1, ack: 2 },
    ]),
  );
  if (!conversation) throw new Error('no conversation');
  const captured = timelineFromConversation(conversation);

  it('FIN-WAIT-2 → CLOSED: TIME-WAIT is wrong because of the RST, not because this end closed second', () => {
    const q = candidateQuestions(captured, DEFAULT_QUIZ_SETTINGS).find(
      (x) => x.kind === 'state' && x.step === captured.steps.length - 1,
    );
    expect(q && shape(q)).toEqual({
      variant: 'enters',
      endpoint: 'server',
      right: 'CLOSED',
      wrong: {
        'TIME-WAIT': 'rst-no-time-wait',
        LISTEN: 'closed-not-listen',
        'FIN-WAIT-2': 'state-unchanged',
      },
    });
  });
});
