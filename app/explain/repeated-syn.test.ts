/**
 * The server's first SYN,ACK lost (the workshop's "Drop the first SYN,ACK"): the client repeats
 * its SYN, and the server is in SYN-RECEIVED when it arrives. RFC 9293 §3.10.7.4's first check
 * finds the repeated SYN not acceptable (SEG.SEQ = IRS, before RCV.NXT) and answers it with a
 * bare ACK (textbook); Linux sends the SYN,ACK again (tcp_check_req), a copy of the one its
 * retransmission timer has just sent, which reaches the client after its handshake (linux).
 * The words of the client's step that meets the server's answer say what it is, in every
 * language: never a forgery story (RFC 5961) about the server's own duplicate.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario, type Step, simulate, type Timeline } from '../model';
import { type Catalogue, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { describeStep } from './describe';
import { loadMessageFacts } from './messageFacts';
import { loadExplainWords } from './words';

await loadExplainWords();
await loadMessageFacts();
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));

const get = SCENARIOS.find((s) => s.id === 'get') as Scenario;
const DROP_FIRST_SYN_ACK: Scenario['impairments'] = {
  drop: [{ from: 'server', what: 'syn-ack', nth: 1 }],
};

function wordsOf(step: Step, timeline: Timeline): Record<Lang, { what: string; why: string }> {
  const words = {} as Record<Lang, { what: string; why: string }>;
  for (const { code } of LANGUAGES) {
    const { what, why } = describeStep(step, timeline, catalogues.get(code) as Catalogue, code);
    words[code] = { what, why };
  }
  return words;
}

/** The server's answer to the client's repeated SYN, and the client's step that receives it. */
function answerToRepeatedSyn(timeline: Timeline) {
  const repeated = timeline.segments.find(
    (s) => s.from === 'client' && s.flags.includes('SYN') && s.retransmissionOf !== null,
  );
  const server = timeline.steps.find((s) => s.segmentIn === repeated?.id);
  const answer = server?.segmentsOut.map((id) => timeline.segments[id])[0];
  const client = timeline.steps.find((s) => s.segmentIn === answer?.id);
  if (!server || !answer || !client) throw new Error('no answer to the repeated SYN');
  return { server, answer, client };
}

const FORGED: Record<Lang, RegExp> = {
  en: /forged;|prove itself/,
  'zh-CN': /可能是伪造的|证明自己/,
  'zh-TW': /可能是偽造的|證明自己/,
};
const SECTION = /RFC 9293 §3\.10\.7\.4/;

describe('the repeated SYN in SYN-RECEIVED (textbook)', () => {
  const timeline = simulate({ ...get, impairments: DROP_FIRST_SYN_ACK }, { profile: 'textbook' });
  const { server, answer, client } = answerToRepeatedSyn(timeline);

  it('is answered by a bare ACK outside the window, in every language', () => {
    expect(answer.flags).toEqual(['ACK']);
    expect(server.reason).toBe('duplicate-ack-sent');
    const words = wordsOf(server, timeline);
    const OUTSIDE: Record<Lang, RegExp> = {
      en: /outside the receive window/,
      'zh-CN': /落在接收窗口之外/,
      'zh-TW': /落在接收視窗之外/,
    };
    for (const { code } of LANGUAGES) {
      expect(words[code].why).toMatch(OUTSIDE[code]);
      expect(words[code].why).toMatch(SECTION);
    }
    expect(words.en.what).toContain('receives the client’s SYN again');
  });

  it('whose ACK the client takes as the answer to a segment the server could not accept', () => {
    expect(client.endpoint).toBe('client');
    expect(client.reason).toBe('duplicate-ack-received');
    expect(client.segmentsOut).toEqual([]);
    const words = wordsOf(client, timeline);
    const UNACCEPTABLE: Record<Lang, RegExp> = {
      en: /answers a segment that the server could not accept/,
      'zh-CN': /服务器对一个不可接受的报文段的回应/,
      'zh-TW': /伺服器對一個不可接受的區段的回應/,
    };
    for (const { code } of LANGUAGES) {
      expect(words[code].why).toMatch(UNACCEPTABLE[code]);
      expect(words[code].why).toMatch(SECTION);
      expect(words[code].why).not.toMatch(FORGED[code]);
    }
  });
});

describe('the SYN,ACK sent again for the repeated SYN (linux)', () => {
  const timeline = simulate({ ...get, impairments: DROP_FIRST_SYN_ACK }, { profile: 'linux' });
  const { server, answer, client } = answerToRepeatedSyn(timeline);

  it('is a copy that the client answers as a retransmission crossing its ACK, in every language', () => {
    expect(answer.flags).toEqual(['SYN', 'ACK']);
    expect(server.reason).toBe('duplicate-syn-received');
    expect(client.reason).toBe('challenge-ack-sent');
    const words = wordsOf(client, timeline);
    const CROSSED: Record<Lang, RegExp> = {
      en: /The copy is a retransmission: .* the two crossed in the network/,
      'zh-CN': /这个副本是一次重传：.*两者在网络中交错而过/,
      'zh-TW': /這個副本是一次重傳：.*兩者在網路中交錯而過/,
    };
    const COPY: Record<Lang, RegExp> = {
      en: /a copy of the SYN, ACK it has already acknowledged/,
      'zh-CN': /已经确认过的 SYN, ACK 的副本/,
      'zh-TW': /已經確認過的 SYN, ACK 的副本/,
    };
    for (const { code } of LANGUAGES) {
      expect(words[code].what).toMatch(COPY[code]);
      expect(words[code].why).toMatch(CROSSED[code]);
      expect(words[code].why).toMatch(SECTION);
      expect(words[code].why).not.toMatch(FORGED[code]);
    }
  });
});
