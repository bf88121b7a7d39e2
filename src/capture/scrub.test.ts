/**
 * Scrubbing keeps every length: the same blocks at the same offsets, each segment's payload the
 * same length and made of its messages' new octets, the messages still parsing as they did; a
 * scrubbed session exported as pcapng reads back as the same segments; and no scrubbed value is
 * left anywhere in the timeline's JSON.
 */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../http/index';
import { SCENARIOS } from '../scenarios';
import { MDN_SITE, TYPICAL_LINK } from '../scenarios/common';
import type { Scenario } from '../scenarios/types';
import { simulate } from '../session/simulate';
import { binaryToBytes } from '../timeline/bytes';
import type { HttpMessageRecord, Timeline } from '../timeline/types';
import { timelineToPcapng } from './export';
import { listConversations, readCapture } from './index';
import { placeholder, SCRUB_MARK, scrubTimeline } from './scrub';
import { fixtureBytes } from './test-support/fixtures';
import { timelineFromConversation } from './timeline';

const ALL = { cookies: true, authorization: true, bodies: true };
const NONE = { cookies: false, authorization: false, bodies: false };

const SECRET_COOKIE = 'session=s3cr3t-c00kie-value';
const SECRET_TOKEN = 'Bearer t0ken-that-must-not-leave';
const SECRET_SET = 'id=n3w-s3ss10n; Path=/; HttpOnly';
const BODY = 'name=Ada&request=a+private+question';

/** A logged-in visitor: a cookie, a bearer token, a form body, and a Set-Cookie in return. */
const loggedIn: Scenario = {
  id: 'logged-in',
  title: 'POST with a cookie and a token',
  profile: 'textbook',
  seed: 3,
  link: TYPICAL_LINK,
  site: {
    ...MDN_SITE,
    resources: MDN_SITE.resources.map((r) =>
      r.form ? { ...r, headers: [['Set-Cookie', SECRET_SET] as [string, string]] } : r,
    ),
  },
  requests: [
    {
      method: 'POST',
      target: '/contact_form.php',
      headers: [
        ['Cookie', SECRET_COOKIE],
        ['Authorization', SECRET_TOKEN],
        ['Content-Type', 'application/x-www-form-urlencoded'],
      ],
      body: BODY,
    },
  ],
};

function parsed(m: HttpMessageRecord, timeline: Timeline) {
  const request = timeline.messages.find((r) => r.kind === 'request');
  const method = request?.startLine.split(' ')[0];
  const result = parseMessage(
    binaryToBytes(m.bytes),
    m.kind,
    method ? { requestMethod: method } : {},
  );
  if (!result.ok) throw new Error(result.error.explanation);
  return result;
}

/** Every slice a segment says it carries is in its payload, one after the other. */
function expectPayloadsCarryMessages(timeline: Timeline) {
  const byId = new Map(timeline.messages.map((m) => [m.id, m]));
  for (const s of timeline.segments) {
    let at = 0;
    for (const c of s.carries) {
      const octets = byId.get(c.messageId)?.bytes.slice(c.start, c.end) ?? '∅';
      const pos = s.payload.indexOf(octets, at);
      expect(pos, `segment ${s.id} carries message ${c.messageId}`).toBeGreaterThanOrEqual(0);
      at = pos + octets.length;
    }
  }
}

/** What must not change: every length, offset and number. */
function expectSameShape(before: Timeline, after: Timeline) {
  expect(after.segments.map((s) => [s.id, s.seq, s.ack, s.segLen, s.payload.length])).toEqual(
    before.segments.map((s) => [s.id, s.seq, s.ack, s.segLen, s.payload.length]),
  );
  expect(after.messages.map((m) => [m.bytes.length, m.startLine])).toEqual(
    before.messages.map((m) => [m.bytes.length, m.startLine]),
  );
  expect(after.messages.map((m) => m.blocks.map((b) => [b.kind, b.name, b.start, b.end]))).toEqual(
    before.messages.map((m) => m.blocks.map((b) => [b.kind, b.name, b.start, b.end])),
  );
  expect(after.steps).toBe(before.steps);
}

describe('placeholder', () => {
  it('is exactly as long as what it replaces, and says so when there is room', () => {
    for (const n of [0, 1, 5, 9, 10, 11, 64, 1500]) expect(placeholder(n)).toHaveLength(n);
    expect(placeholder(14)).toBe('[scrubbed]****');
    expect(placeholder(4)).toBe('****');
  });
});

describe('scrubTimeline', () => {
  const before = simulate(loggedIn);

  it('changes nothing when nothing is asked', () => {
    const result = scrubTimeline(before, NONE);
    expect(result.timeline).toBe(before);
    expect(result.scrubbed).toEqual({ cookies: 0, authorization: 0, bodies: 0 });
  });

  it('overwrites cookies, credentials and bodies, keeping every length and offset', () => {
    const { timeline, scrubbed } = scrubTimeline(before, ALL);
    expect(scrubbed).toEqual({ cookies: 2, authorization: 1, bodies: 2 });
    expectSameShape(before, timeline);
    expectPayloadsCarryMessages(timeline);
    const json = JSON.stringify(timeline);
    for (const secret of [SECRET_COOKIE, SECRET_TOKEN, SECRET_SET, BODY, 'n3w-s3ss10n', 'Ada'])
      expect(json).not.toContain(secret);
    const request = timeline.messages[0]?.bytes ?? '';
    expect(request).toContain(`Cookie: ${placeholder(SECRET_COOKIE.length)}\r\n`);
    expect(request).toContain(`Authorization: ${placeholder(SECRET_TOKEN.length)}\r\n`);
  });

  it('keeps what was not asked for', () => {
    const { timeline, scrubbed } = scrubTimeline(before, { ...NONE, cookies: true });
    expect(scrubbed).toEqual({ cookies: 2, authorization: 0, bodies: 0 });
    const json = JSON.stringify(timeline);
    expect(json).not.toContain(SECRET_COOKIE);
    expect(json).toContain(SECRET_TOKEN);
    expect(json).toContain(BODY);
  });

  it('leaves messages that parse as they did: same blocks, Content-Length still true', () => {
    const { timeline } = scrubTimeline(before, ALL);
    for (const [i, m] of timeline.messages.entries()) {
      const old = before.messages[i] as HttpMessageRecord;
      const now = parsed(m, timeline);
      expect(now.consumed).toBe(m.bytes.length);
      expect(now.blocks.map((b) => [b.kind, b.start, b.end])).toEqual(
        old.blocks.map((b) => [b.kind, b.start, b.end]),
      );
      for (const b of m.blocks.filter((x) => x.kind === 'header')) {
        const read = now.blocks.find((x) => x.start === b.start);
        expect(read?.value).toBe(b.value);
      }
    }
  });

  it('keeps the chunk-size lines of a chunked body and overwrites its data', () => {
    const bytes =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '5\r\nhello\r\n10;ext=1\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n';
    const result = parseMessage(binaryToBytes(bytes), 'response');
    if (!result.ok) throw new Error(result.error.explanation);
    const message: HttpMessageRecord = {
      id: 0,
      kind: 'response',
      from: 'server',
      connection: 0,
      bytes,
      blocks: result.blocks,
      startLine: 'HTTP/1.1 200 OK',
    };
    const { timeline } = scrubTimeline(
      { ...before, messages: [message], segments: [] },
      { ...NONE, bodies: true },
    );
    const now = timeline.messages[0]?.bytes ?? '';
    expect(now).toBe(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
        `5\r\n*****\r\n10;ext=1\r\n${SCRUB_MARK}******\r\n0\r\nX-Trailer: t\r\n\r\n`,
    );
    expect(parseMessage(binaryToBytes(now), 'response').ok).toBe(true);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: every payload rebuilt from its messages',
    (_, scenario) => {
      const canned = simulate(scenario);
      const { timeline } = scrubTimeline(canned, ALL);
      expectSameShape(canned, timeline);
      expectPayloadsCarryMessages(timeline);
    },
  );

  it('scrubs a captured conversation, and its pcapng reads back as the same segments', () => {
    const read = readCapture(fixtureBytes('post-form.pcapng'));
    if (!read.ok) throw new Error(read.error.explanation);
    const [conversation] = listConversations(read.packets);
    if (!conversation) throw new Error('no conversation');
    const captured = timelineFromConversation(conversation);
    const { timeline, scrubbed } = scrubTimeline(captured, ALL);
    expect(scrubbed.bodies).toBe(2);
    expectSameShape(captured, timeline);
    expectPayloadsCarryMessages(timeline);
    expect(timeline.segments.map((s) => s.payload)).not.toEqual(
      captured.segments.map((s) => s.payload),
    );

    const again = readCapture(timelineToPcapng(timeline).bytes);
    if (!again.ok) throw new Error(again.error.explanation);
    const [back] = listConversations(again.packets);
    if (!back) throw new Error('no conversation read back');
    const reread = timelineFromConversation(back);
    expect(reread.segments.map((s) => [s.flags, s.relSeq, s.relAck, s.payload])).toEqual(
      timeline.segments.map((s) => [s.flags, s.relSeq, s.relAck, s.payload]),
    );
    expect(reread.messages.map((m) => m.bytes)).toEqual(timeline.messages.map((m) => m.bytes));
  });
});
