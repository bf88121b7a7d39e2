/**
 * Every explanation a student can meet in the fixture captures: each step of each connection,
 * in every language, with no placeholder left unfilled and no value that is not one; and the
 * arrows of captured segments carry Wireshark's marks, as its Info column shows them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSED, type Sketch, sketch } from '../../src/capture/test-support/segments';
import { describeStep } from '../explain/describe';
import { loadMessageFacts } from '../explain/messageFacts';
import { explainStrings } from '../explain/strings';
import { loadExplainWords } from '../explain/words';
import { lineStrings } from '../message/lineStrings';
import { fieldNote } from '../message/notes';
import { type Catalogue, fill, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { segmentLabel } from '../timeline/geometry';
import { listConversations, readCapture, timelineFromConversation } from './capture';
import { importStrings } from './strings';

const CAPTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'captures');
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));
await loadMessageFacts();
await loadExplainWords();

const timelines = readdirSync(CAPTURES)
  .filter((f) => /\.(pcap|pcapng)$/.test(f))
  .flatMap((file) => {
    const result = readCapture(new Uint8Array(readFileSync(join(CAPTURES, file))));
    return result.ok ? listConversations(result.packets).map(timelineFromConversation) : [];
  });

/** A fixture capture's packets and its first connection. */
function readFixture(file: string) {
  const result = readCapture(new Uint8Array(readFileSync(join(CAPTURES, file))));
  if (!result.ok) throw new Error(`${file} reads`);
  const [conversation] = listConversations(result.packets);
  if (!conversation) throw new Error(`${file} holds a connection`);
  return { packets: result.packets, conversation };
}

describe('captured sessions, explained', () => {
  it('every step reads whole in every language', () => {
    expect(timelines.length).toBeGreaterThan(17);
    const bad: string[] = [];
    for (const timeline of timelines) {
      for (const step of timeline.steps) {
        for (const { code } of LANGUAGES) {
          const d = describeStep(step, timeline, catalogues.get(code) as Catalogue, code);
          const text = `${d.what} ${d.why}`;
          if (/\{\w+\}|undefined|NaN/.test(text)) bad.push(`${code} ${step.reason}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  // The captures' client is curl: "the browser shows it" named a browser that was not there.
  it('calls no client of a capture "the browser"', () => {
    const said: string[] = [];
    for (const timeline of timelines) {
      for (const step of timeline.steps) {
        const d = describeStep(step, timeline, catalogues.get('en') as Catalogue, 'en');
        if (/\bthe browser\b/i.test(`${d.what} ${d.why}`)) said.push(`${step.reason}: ${d.why}`);
      }
    }
    expect(said).toEqual([]);
  });

  it('quotes an acknowledgment number only for a segment that carries ACK (RFC 9293 §3.1)', () => {
    const bad: string[] = [];
    for (const timeline of timelines) {
      for (const step of timeline.steps) {
        const seg = step.segmentIn === null ? undefined : timeline.segments[step.segmentIn];
        if (!seg || seg.flags.includes('ACK')) continue;
        for (const { code } of LANGUAGES) {
          const d = describeStep(step, timeline, catalogues.get(code) as Catalogue, code);
          if (d.pending || /\bAck=/.test(`${d.what} ${d.why}`)) bad.push(`${code}: ${d.what}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('explains every header field the fixtures carry in its own words, not the generic ones', () => {
    const names = new Set(
      timelines.flatMap((t) => t.messages.flatMap((m) => m.blocks.flatMap((b) => b.name ?? []))),
    );
    expect(names.size).toBeGreaterThan(10);
    for (const { code } of LANGUAGES) {
      const generic = [...names].filter(
        (name) => fieldNote(code, name) === fill(lineStrings[code]['field.generic'], { name }),
      );
      expect(generic, code).toEqual([]);
    }
  });

  it("marks arrows with Wireshark's Info, and explains every flag the fixtures carry", () => {
    const flagged = timelines.flatMap((t) => t.segments).filter((s) => s.captured?.info);
    expect(flagged.length).toBeGreaterThan(0);
    for (const seg of flagged) {
      expect(segmentLabel(seg, 'relative').startsWith(seg.captured?.info ?? '?')).toBe(true);
      for (const flag of seg.captured?.analysis ?? []) {
        for (const { code } of LANGUAGES)
          expect(importStrings[code]).toHaveProperty(`flag.${flag}`);
      }
    }
  });
});

// A capture shows one connection: whether the client followed a redirect is what its next
// request on it asks for, not a scenario's limit (redirect-301.pcapng: curl -L asks for / next).
describe('the body of a captured redirect', () => {
  const { conversation } = readFixture('redirect-301.pcapng');
  const whyOfRedirect = (segments: number, code: Lang) => {
    const timeline = timelineFromConversation({
      ...conversation,
      segments: conversation.segments.slice(0, segments),
    });
    const body = timeline.steps.find(
      (s) =>
        s.reason === 'response-body-parsed' &&
        timeline.messages[s.message?.messageId ?? -1]?.startLine.includes('301'),
    );
    if (!body) throw new Error('no 301 body');
    return describeStep(body, timeline, catalogues.get(code) as Catalogue, code).why;
  };
  const WORDS = {
    en: {
      follows: 'its next request on this connection asks for it',
      unseen: 'no later request on this connection',
    },
    'zh-CN': { follows: '下一个请求请求的就是这个地址', unseen: '之后没有请求 Location' },
    'zh-TW': { follows: '下一個請求請求的就是這個位址', unseen: '之後沒有請求 Location' },
  } as const;

  it.each(LANGUAGES.map((l) => l.code))(
    'says the client follows it where its next request asks for the Location (%s)',
    (code) => {
      const why = whyOfRedirect(conversation.segments.length, code);
      expect(why).toContain(WORDS[code].follows);
    },
  );

  it.each(LANGUAGES.map((l) => l.code))(
    'says the capture does not show it followed where no request follows (%s)',
    (code) => {
      // Packets 1–7: the 301 and its ACK, before the client's next request.
      const why = whyOfRedirect(7, code);
      expect(why).toContain(WORDS[code].unseen);
    },
  );
});

// A capture that starts after the client's SYN (with the SYN,ACK) or after the whole handshake.
describe('a capture that starts late', () => {
  const { packets, conversation } = readFixture('get.pcapng');
  const start = (from: number) => {
    const segments = conversation.segments.slice(from);
    const [late] = listConversations(
      packets.filter((p) => segments.some((s) => s.frame === p.frame)),
    );
    if (!late) throw new Error('no conversation');
    const timeline = timelineFromConversation(late);
    const step = timeline.steps[0];
    if (!step) throw new Error('no start');
    const t = catalogues.get('en') as Catalogue;
    return { ...describeStep(step, timeline, t, 'en'), states: step.states };
  };

  it('with the SYN,ACK: inside the handshake, a SYN in it, its SYN-RECEIVED and SYN-SENT inferred', () => {
    const d = start(1);
    expect(d.states).toEqual({ client: 'SYN-SENT', server: 'SYN-RECEIVED' });
    expect(`${d.what} ${d.why}`).not.toMatch(/no SYN|middle of the connection/);
    expect(d.why).toContain('SYN-RECEIVED');
  });

  it('after the handshake: both ESTABLISHED, assumed (the first segment shows no handshake)', () => {
    const d = start(3);
    expect(d.states).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    expect(d.why).not.toContain('how far the handshake had gone');
    expect(d.why).toContain('ESTABLISHED');
  });

  it('says in every language that both ends are taken to be ESTABLISHED', () => {
    for (const { code } of LANGUAGES)
      expect(explainStrings[code]['why.capture-start-inferred']).toContain('ESTABLISHED');
  });
});

// What the status line says the body is, for responses the simulator seldom sends: an interim
// 100 Continue (RFC 9110 §15.2) and the answer to HEAD (RFC 9110 §9.3.2), as captured.
describe('the status line of a 100 Continue and of an answer to HEAD', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  const exchange = [
    [
      'client',
      'POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nExpect: 100-continue\r\n\r\n',
    ],
    ['server', 'HTTP/1.1 100 Continue\r\n\r\n'],
    ['client', 'x'],
    ['server', 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'],
    ['client', 'HEAD / HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['server', 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 37\r\n\r\n'],
  ] as const;
  const next = { client: 1, server: 1 };
  const sketched: Sketch[] = [
    { from: 'client', flags: ['SYN'], seq: 0 },
    { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1 },
    { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
  ];
  for (const [from, payload] of exchange) {
    const peer = from === 'client' ? 'server' : 'client';
    sketched.push({
      from,
      flags: ['PSH', 'ACK'],
      seq: next[from],
      ack: next[peer],
      len: payload.length,
    });
    next[from] += payload.length;
  }
  const packets = sketch(sketched);
  for (const [i, [, payload]] of exchange.entries()) {
    const p = packets[i + 3];
    if (p) p.payload = text(payload);
  }
  const [conversation] = listConversations(packets);
  if (!conversation) throw new Error('no conversation');
  const timeline = timelineFromConversation(conversation);
  const statusLines = timeline.steps.filter((s) => s.reason === 'status-line-parsed');

  it.each(LANGUAGES.map((l) => l.code))(
    'says 100 is interim and a HEAD answer has no body (%s)',
    (code) => {
      const t = catalogues.get(code) as Catalogue;
      const [interim, final, head] = statusLines.map((s) => describeStep(s, timeline, t, code).why);
      expect(interim).toContain('RFC 9110 §15.2');
      expect(final).not.toContain('RFC 9110 §15.2');
      expect(head).toContain('RFC 9110 §9.3.2');
    },
  );

  it('does not say the answer to HEAD has a page to show', () => {
    const t = catalogues.get('en') as Catalogue;
    const head = statusLines[2];
    if (!head) throw new Error('no answer to HEAD');
    expect(describeStep(head, timeline, t, 'en').why).not.toMatch(/body that follows/);
  });
});

// A SYN answered by a RST,ACK (curl to a port where nothing listens): RFC 9293 §3.10.7.1.
describe('a refused connection', () => {
  const [conversation] = listConversations(sketch(REFUSED));
  if (!conversation) throw new Error('no conversation');
  const timeline = timelineFromConversation(conversation);

  it('keeps the server CLOSED throughout: no step says it listens or is SYN-RECEIVED', () => {
    expect(timeline.steps.map((s) => s.states)).toEqual([
      { client: 'CLOSED', server: 'CLOSED' },
      { client: 'SYN-SENT', server: 'CLOSED' },
      { client: 'CLOSED', server: 'CLOSED' },
    ]);
    expect(timeline.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: 'reset' });
  });

  it.each(LANGUAGES.map((l) => l.code))('says at the start that no one listens (%s)', (code) => {
    const t = catalogues.get(code) as Catalogue;
    const start = timeline.steps[0];
    if (!start) throw new Error('no start');
    const d = describeStep(start, timeline, t, code);
    expect(`${d.what} ${d.why}`).not.toMatch(/LISTEN|listening|正在监听|正在監聽/);
    expect(d.why).toContain('RFC 9293 §3.10.7.1');
  });
});

// A captured segment's "why" names its state changes only where it has some: most data
// segments and ACKs take no edge of RFC 9293's state diagram (get.pcapng: the SYN changes the
// client's state, the request's data segment changes none).
describe('the words of a captured segment, with and without a state change', () => {
  const { conversation } = readFixture('get.pcapng');
  const timeline = timelineFromConversation(conversation);
  const captured = timeline.steps.filter((s) => s.reason === 'segment-captured');
  const changing = captured.find((s) => s.changes.length > 0);
  const still = captured.find((s) => s.changes.length === 0 && s.segmentIn !== null);
  const WORDS = {
    en: { changes: 'its state changes come from', none: 'it changes the state of neither end' },
    'zh-CN': { changes: '状态变化由', none: '两端的状态都不因这个报文段而改变' },
    'zh-TW': { changes: '狀態變化由', none: '兩端的狀態都不因這個區段而改變' },
  } as const;
  const why = (step: (typeof captured)[number] | undefined, code: Lang) => {
    if (!step) throw new Error('no such step');
    return describeStep(step, timeline, catalogues.get(code) as Catalogue, code).why;
  };

  it.each(LANGUAGES.map((l) => l.code))(
    'says its state changes come from the diagram where it has some (%s)',
    (code) => {
      expect(why(changing, code)).toContain(WORDS[code].changes);
      expect(why(changing, code)).not.toContain(WORDS[code].none);
    },
  );

  it.each(LANGUAGES.map((l) => l.code))(
    'says it changes no state where it has none (%s)',
    (code) => {
      expect(why(still, code)).toContain(WORDS[code].none);
      expect(why(still, code)).not.toContain(WORDS[code].changes);
    },
  );

  it('finds no step that says state changes without any, in any capture', () => {
    const bad = timelines.flatMap((t) =>
      t.steps
        .filter((s) => s.reason === 'segment-captured' && s.changes.length === 0)
        .filter((s) =>
          describeStep(s, t, catalogues.get('en') as Catalogue, 'en').why.includes('state changes'),
        )
        .map((s) => `${t.client.port} ${s.index}`),
    );
    expect(bad).toEqual([]);
  });
});
