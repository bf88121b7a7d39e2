import { describe, expect, it } from 'vitest';
import { SCENARIOS, simulate } from '../model';
import { LANGUAGES, loadCatalogue } from '../strings';
import { en } from '../strings/en';
import { timelineOf } from '../test-support/fixtures';
import { describeStep, rfcUrl } from './describe';
import { loadMessageFacts } from './messageFacts';
import { loadExplainWords } from './words';

// The parser, the variant words and their choosers are here, as they are for any page but the
// first (messageFacts.test.tsx: before they are).
await loadMessageFacts();
await loadExplainWords();

const timeline = timelineOf('lost-segment');
const stepWith = (reason: string) => {
  const step = timeline.steps.find((s) => s.reason === reason);
  if (!step) throw new Error(reason);
  return step;
};

describe('the describer', () => {
  it('says who does what, and the states after the step', () => {
    const d = describeStep(stepWith('active-open'), timeline, en, 'en');
    expect(d.what).toBe(
      'The client opens a connection: it sends a SYN with its initial sequence number and enters SYN-SENT.',
    );
    expect(d.why).toContain('the server');
    expect(d.states).toBe('After this step: client SYN-SENT, server LISTEN.');
    expect(d.rfc).toBe('RFC 9293 §3.10.1');
    expect(d.rfcUrl).toBe('https://www.rfc-editor.org/rfc/rfc9293#section-3.10.1');
  });

  it('names the header and explains it', () => {
    const step = timeline.steps.find(
      (s) => s.reason === 'request-header-written' && s.message?.block === 2,
    );
    if (!step) throw new Error('no header step');
    const d = describeStep(step, timeline, en, 'en');
    expect(d.what).toBe('The client writes a header line: Accept-Language');
    expect(d.why).toContain('the languages the reader prefers');
  });

  it('says a Content-Language answers the request only where the request asked', () => {
    const at = (id: string) => {
      const t = timelineOf(id);
      const step = t.steps.find(
        (s) =>
          s.reason === 'response-header-written' &&
          s.message !== null &&
          t.messages[s.message.messageId]?.blocks[s.message.block]?.name === 'Content-Language',
      );
      if (!step) throw new Error(`no Content-Language in ${id}`);
      return describeStep(step, t, en, 'en').why;
    };
    // http-1.0's request carries only Host (step 16 of its timeline).
    expect(at('http-1.0')).not.toContain('asked');
    expect(at('http-1.0')).not.toContain('French');
    expect(at('get')).toContain('which the request asked for with Accept-Language: fr');
  });

  it('gives relative numbers by default and absolute ones on request', () => {
    const lost = stepWith('segment-lost');
    expect(describeStep(lost, timeline, en, 'en').what).toBe(
      'The network drops a segment (PSH, ACK, Seq=1).',
    );
    // The lost segment is the server's first data: absolute Seq = the server's ISN + 1.
    const serverIsn = timeline.connections[0]?.serverIsn ?? Number.NaN;
    expect(describeStep(lost, timeline, en, 'en', 'absolute').what).toContain(
      `Seq=${serverIsn + 1}`,
    );
  });

  it('says how long the timers ran, as Intl writes durations', () => {
    const rto = stepWith('retransmission-timeout');
    expect(describeStep(rto, timeline, en, 'en').what).toContain('(1,000 ms)');
    // RFC 9293 §3.4.2: an MSL of 2 minutes, so TIME-WAIT lasts 4 (the textbook profile).
    const tw = stepWith('time-wait-expired');
    expect(describeStep(tw, timeline, en, 'en').what).toBe(
      'The client has waited 2×MSL (4 min) in TIME-WAIT: it enters CLOSED.',
    );
  });

  it('links only what looks like an RFC section', () => {
    expect(rfcUrl('RFC 9112 §3')).toBe('https://www.rfc-editor.org/rfc/rfc9112#section-3');
    expect(rfcUrl('RFC 6298')).toBe('https://www.rfc-editor.org/rfc/rfc6298');
    expect(rfcUrl('see the notes')).toBeNull();
  });
});

describe('the old segment of an earlier incarnation (RFC 9293 §3.6.1, RFC 1337)', () => {
  const find = (t: ReturnType<typeof timelineOf>, reason: string) => {
    const step = t.steps.find((s) => s.reason === reason);
    if (!step) throw new Error(reason);
    return step;
  };

  it('with TIME-WAIT: says the segment is acknowledged and dropped, and names the assassination', async () => {
    const words = (await loadExplainWords()).en;
    const t = timelineOf('time-wait-old-segment');
    const died = describeStep(find(t, 'old-segment-in-time-wait'), t, en, 'en', 'relative', words);
    expect(died.what).toContain('it acknowledges the segment and drops it');
    expect(died.why).toContain('second reason for TIME-WAIT');
    const rst = describeStep(find(t, 'time-wait-assassinated'), t, en, 'en', 'relative', words);
    expect(rst.what).toContain('TIME-WAIT assassination (RFC 1337)');
  });

  it('cut short: says the segment is taken as data, with the 2×MSL a real TCP would wait', async () => {
    const words = (await loadExplainWords()).en;
    for (const [profile, twice] of [
      ['textbook', '4 min'],
      ['linux', '60 sec'],
    ] as const) {
      const t = timelineOf('time-wait-cut-short', profile);
      const cut = describeStep(find(t, 'time-wait-cut-short'), t, en, 'en', 'relative', words);
      expect(cut.why).toContain(`2×MSL (${twice})`);
      const taken = describeStep(find(t, 'old-segment-accepted'), t, en, 'en', 'relative', words);
      expect(taken.what).toContain('as data of this one');
      // Under linux both ends send timestamps: PAWS (RFC 7323) is named as what the run leaves out.
      expect(taken.why.includes('PAWS')).toBe(profile === 'linux');
    }
  });

  it('cut short: the real response comes after the old segment took its numbers, and is answered', async () => {
    const words = (await loadExplainWords()).en;
    for (const profile of ['textbook', 'linux'] as const) {
      const t = timelineOf('time-wait-cut-short', profile);
      const [ack, response] = t.steps
        .filter((s) => s.reason === 'duplicate-ack-sent')
        .map((s) => describeStep(s, t, en, 'en', 'relative', words));
      expect(ack?.what).toBe(
        'The client receives a segment from before its receive window (ACK, Seq=1): it drops it and sends an ACK of the next byte it expects (Ack=136).',
      );
      expect(response?.what).toBe(
        'The client receives 135 bytes whose sequence numbers it has already received (Seq=1): it drops them and sends an ACK of the next byte it expects (Ack=136).',
      );
      expect(response?.why).toContain('TCP compares sequence numbers, not contents');
      expect(t.steps.some((s) => s.reason === 'ack-throttled')).toBe(false);
    }
  });

  // The workshop's variant of it with the next request lost too (incarnations.test.ts): the
  // server's answers to the client's retransmitted request, which acknowledges bytes the server
  // never sent, are challenge ACKs, and throttled although the request carries data.
  it('a throttled challenge ACK says that data was left unanswered for its acknowledgment', async () => {
    const cut = SCENARIOS.find((s) => s.id === 'time-wait-cut-short');
    if (!cut) throw new Error('time-wait-cut-short');
    const drop = [{ from: 'client', what: 'data', nth: 2 }] as const;
    const t = simulate({ ...cut, impairments: { ...cut.impairments, drop: [...drop] } });
    const step = find(t, 'ack-throttled');
    const d = describeStep(step, t, en, 'en', 'relative', (await loadExplainWords()).en);
    expect(d.what).toBe(
      'The server drops the segment without answering (PSH, ACK): it answered an unacceptable segment less than 500 ms ago.',
    );
    expect(d.why).toContain('its acknowledgment of bytes this end never sent (Ack=136)');
    for (const { code } of LANGUAGES) {
      const words = (await loadExplainWords())[code];
      const said = describeStep(step, t, await loadCatalogue(code), code, 'relative', words);
      expect(said.why).toContain('Ack=136');
      expect(`${said.what} ${said.why}`).not.toMatch(/[{}]/);
    }
  });
});

describe('the congestion window (RFC 5681 §3.1)', () => {
  it.each(['textbook', 'linux'] as const)(
    '%s: the segment that fills it says the next waits for an ACK; the ACK says how slow start grows it',
    async (profile) => {
      const words = (await loadExplainWords()).en;
      const t = timelineOf('large-response', profile);
      const sent = t.steps.filter((s) => s.reason === 'data-sent' && s.endpoint === 'server');
      const full = sent.find((s) => s.reason === 'data-sent' && s.detail.windowFull === 'cwnd');
      if (!full) throw new Error('no full window');
      // The initial window: 3 segments (textbook), 10 (linux).
      expect(sent.indexOf(full) + 1).toBe(profile === 'textbook' ? 3 : 10);
      const d = describeStep(full, t, en, 'en', 'relative', words);
      expect(d.what).toContain(
        'That fills its congestion window: the next segment waits for an ACK.',
      );
      expect(d.why).toContain('slow start, RFC 5681');
      expect(d.rfc).toBe('RFC 5681 §3.1');
      const ack = t.steps.find(
        (s) => s.index > full.index && s.reason === 'ack-received' && s.endpoint === 'server',
      );
      if (!ack) throw new Error('no ACK');
      expect(describeStep(ack, t, en, 'en', 'relative', words).why).toContain(
        'In slow start each ACK of new data also enlarges the congestion window',
      );
      // An ACK after the last segment has left: nothing waits, the plain words.
      const last = t.steps.findLast((s) => s.reason === 'ack-received' && s.endpoint === 'server');
      if (!last) throw new Error('no last ACK');
      expect(describeStep(last, t, en, 'en', 'relative', words).why).toBe(
        words['why.ack-received'],
      );
    },
  );
});

describe('a response that ends where the connection does (RFC 9112 §6.3 point 8)', () => {
  const get = SCENARIOS.find((s) => s.id === 'get');
  if (!get) throw new Error('no get');
  // Typed by hand without Content-Length or Connection: close.
  const raw = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello until close\n';
  const scenario = { ...get, site: { ...get.site, resources: [{ path: '/', raw }] } };

  it.each(['textbook', 'linux'] as const)(
    '%s: the server closes to end it, and the client has it whole at the FIN',
    async (profile) => {
      const all = await loadExplainWords();
      const t = simulate(scenario, { profile });
      const close = t.steps.find((s) => s.reason === 'active-close');
      const read = t.steps.find((s) => s.reason === 'response-body-parsed');
      if (close?.endpoint !== 'server' || !read) throw new Error('no close-delimited response');
      for (const { code } of LANGUAGES) {
        const t9 = await loadCatalogue(code);
        const words = all[code];
        const closing = describeStep(close, t, t9, code, 'relative', words);
        expect(closing.why).toBe(words['why.active-close.server.until-close']);
        const reading = describeStep(read, t, t9, code, 'relative', words);
        expect(reading.why).toBe(words['why.response-body-parsed.until-close']);
      }
      expect(describeStep(close, t, en, 'en', 'relative', all.en).why).not.toContain(
        'Connection: close',
      );
    },
  );
});
