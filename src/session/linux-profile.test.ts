/**
 * The linux profile against the real captures (fixtures/captures, made with
 * curl and nginx on Linux; see its README, section "What Linux does").
 *
 * 1. Every canned scenario that has a capture, run in the linux profile on a
 *    loopback-sized link (MTU 65536, as the captures were made), sends the
 *    same segments in the same order, direction and flags.
 * 2. Where the simulated site can serve the very same octets (every 200
 *    exchange), a replica scenario is built from the capture itself: curl's
 *    request headers, nginx's response headers and body. Then each segment
 *    matches in length, relative sequence and acknowledgement numbers,
 *    window and which options it carries too.
 * 3. At MTU 1500 the large response is cut as Linux cuts it (12 × 1448 +
 *    765) and each segment is acknowledged on its own. The capture's bursts
 *    of five are loopback timing (README), so the order inside the transfer
 *    is not compared there.
 * 4. Across a 40 ms round trip (large-response-rtt40, captured at the
 *    server) the response leaves in the flights Linux sent: its initial
 *    window of 10 segments, then the last 3 as the ACKs come back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CapturedSegment, listConversations, readCapture } from '../capture';
import { type HttpRequest, type HttpResponse, headerValue, parseMessage } from '../http';
import { SCENARIOS } from '../scenarios';
import type { ResourceSpec, Scenario } from '../scenarios/types';
import { binaryToBytes, bytesToBinary } from '../timeline/bytes';
import type { Segment, TcpFlag } from '../timeline/types';
import { simulate } from './simulate';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'captures');
const LOOPBACK_MTU = 65536;
/** The README's order. */
const ORDER: TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];

function packets(name: string): CapturedSegment[] {
  const result = readCapture(new Uint8Array(readFileSync(join(DIR, `${name}.pcapng`))));
  if (!result.ok) throw new Error(`${name}: ${result.error.explanation}`);
  return result.packets;
}

function flags(f: readonly TcpFlag[]): string {
  return ORDER.filter((x) => f.includes(x)).join(',');
}

/** `C→S PSH,ACK`, for the order-and-flags comparison. */
function captured(name: string): string[] {
  const [conversation] = listConversations(packets(name));
  return (conversation?.segments ?? []).map(
    (s) => `${s.from === 'client' ? 'C→S' : 'S→C'} ${flags(s.flags)}`,
  );
}

function simulated(segments: readonly Segment[]): string[] {
  return segments.map((s) => `${s.from === 'client' ? 'C→S' : 'S→C'} ${flags(s.flags)}`);
}

function onLoopback(scenario: Scenario, mtu = LOOPBACK_MTU): Scenario {
  return { ...scenario, link: { ...scenario.link, mtu } };
}

const WITH_CAPTURES = [
  'get',
  'post-form',
  'redirect-301',
  'not-found-404',
  'keep-alive',
  'connection-close',
  'http-1.0',
  'large-response',
];

describe('the linux profile sends what Linux sent, in order and flags', () => {
  it.each(WITH_CAPTURES)('%s', (id) => {
    const scenario = SCENARIOS.find((s) => s.id === id) as Scenario;
    const timeline = simulate(onLoopback(scenario), { profile: 'linux' });
    expect(captured(id).length).toBeGreaterThanOrEqual(8);
    expect(simulated(timeline.segments)).toEqual(captured(id));
  });
});

/** The octets each side sent, in sequence order, from a capture. */
function streams(list: CapturedSegment[]): { client: string; server: string; clientPort: number } {
  const syn = list.find((p) => p.flags.includes('SYN') && !p.flags.includes('ACK'));
  const clientPort = syn?.srcPort ?? 0;
  const side = (fromClient: boolean) =>
    list
      .filter((p) => (p.srcPort === clientPort) === fromClient && p.length > 0)
      .sort((a, b) => a.seq - b.seq)
      .map((p) => bytesToBinary(p.payload))
      .join('');
  return { client: side(true), server: side(false), clientPort };
}

function messages<T extends HttpRequest | HttpResponse>(
  octets: string,
  kind: T['kind'],
  methods: string[] = [],
): T[] {
  const out: T[] = [];
  let rest = binaryToBytes(octets);
  while (rest.length > 0) {
    const method = methods[out.length];
    const r = parseMessage(rest, kind, method ? { requestMethod: method } : {});
    if (!r.ok) throw new Error(r.error.explanation);
    out.push(r.message as T);
    rest = rest.subarray(r.consumed);
  }
  return out;
}

const isAscii = (s: string) => [...s].every((ch) => ch.charCodeAt(0) < 0x80);

/** A scenario whose client and site send exactly the octets of the capture. */
function replica(
  name: string,
  mtu = LOOPBACK_MTU,
  link: { latencyMs: number; bitsPerSecond: number } = { latencyMs: 0.005, bitsPerSecond: 1e10 },
): Scenario {
  const list = packets(name);
  const { client, server } = streams(list);
  const requests = messages<HttpRequest>(client, 'request');
  const responses = messages<HttpResponse>(
    server,
    'response',
    requests.map((r) => r.method),
  );
  const resources = new Map<string, ResourceSpec>();
  requests.forEach((request, i) => {
    const response = responses[i] as HttpResponse;
    expect(response.status).toBe(200);
    const body = bytesToBinary(response.body);
    expect(isAscii(body)).toBe(true);
    resources.set(request.target, {
      path: request.target,
      methods: [request.method],
      contentType: headerValue(response, 'content-type') ?? 'text/html',
      headers: response.headers
        .filter((h) => !/^(content-type|content-length|date)$/i.test(h.name))
        .map((h) => [h.name, h.value] as [string, string]),
      body,
    });
  });
  const first = requests[0] as HttpRequest;
  return {
    id: `${name}-replica`,
    title: `${name} as curl and nginx sent it`,
    profile: 'linux',
    seed: 1,
    link: { ...link, lossRate: 0, mtu },
    site: { host: headerValue(first, 'host') ?? '127.0.0.1', resources: [...resources.values()] },
    requests: requests.map((r) => {
      const body = bytesToBinary(r.body);
      return {
        method: r.method,
        target: r.target,
        version: r.version,
        headers: r.headers
          .filter((h) => !/^host$/i.test(h.name))
          .map((h) => [h.name, h.value] as [string, string]),
        ...(body.length > 0 ? { body } : {}),
      };
    }),
  };
}

function optionNames(kinds: readonly number[]): string[] {
  const names: Record<number, string> = { 2: 'mss', 4: 'sack', 8: 'ts', 3: 'ws' };
  return kinds.flatMap((k) => names[k] ?? []).sort();
}

function ourOptions(s: Segment): string[] {
  const o = s.options;
  return [
    ...(o.mss !== undefined ? ['mss'] : []),
    ...(o.sackPermitted ? ['sack'] : []),
    ...(o.timestamps ? ['ts'] : []),
    ...(o.windowScale !== undefined ? ['ws'] : []),
  ].sort();
}

describe('with the captured octets, every segment matches field by field', () => {
  it.each(['get', 'post-form', 'keep-alive', 'connection-close', 'http-1.0', 'large-response'])(
    '%s',
    (name) => {
      const list = packets(name);
      const [conversation] = listConversations(list);
      const byFrame = new Map(list.map((p) => [p.frame, p]));
      const expected = (conversation?.segments ?? []).map((s) => ({
        dir: s.from,
        flags: flags(s.flags),
        len: s.len,
        relSeq: s.relSeq,
        relAck: s.relAck,
        // The receiver's window grows as data arrives (autotuning, not modelled): compare the
        // handshake's, which come from the MSS alone.
        window: s.flags.includes('SYN') ? s.window : null,
        options: optionNames(byFrame.get(s.frame)?.options.kinds ?? []),
      }));
      expect(expected.length).toBeGreaterThanOrEqual(8);
      const timeline = simulate(replica(name), { profile: 'linux' });
      const actual = timeline.segments.map((s) => ({
        dir: s.from,
        flags: flags(s.flags),
        len: s.payloadLength,
        relSeq: s.relSeq,
        relAck: s.relAck,
        window: s.flags.includes('SYN') ? s.window : null,
        options: ourOptions(s),
      }));
      expect(actual).toEqual(expected);
    },
  );

  it('the window after the handshake is 64 with a shift of 10, as in get', () => {
    const timeline = simulate(replica('get'), { profile: 'linux' });
    expect(timeline.segments[0]?.options).toMatchObject({
      mss: 65495,
      windowScale: 10,
      sackPermitted: true,
    });
    expect(timeline.segments.slice(2).map((s) => s.window)).toEqual(
      listConversations(packets('get'))[0]
        ?.segments.slice(2)
        .map((s) => s.window),
    );
  });
});

describe('large-response at MTU 1500', () => {
  const list = packets('large-response-mtu1500');
  const [conversation] = listConversations(list);
  const segs = conversation?.segments ?? [];
  const timeline = simulate(replica('large-response-mtu1500', 1500), { profile: 'linux' });

  it('cuts the response as Linux does: 12 × 1448 + 765, PSH on the last', () => {
    const lengths = (xs: { from: string; len: number }[]) =>
      xs.filter((s) => s.from === 'server' && s.len > 0).map((s) => s.len);
    expect(lengths(timeline.segments.map((s) => ({ from: s.from, len: s.payloadLength })))).toEqual(
      lengths(segs),
    );
    const data = timeline.segments.filter((s) => s.from === 'server' && s.payloadLength > 0);
    expect(data.at(-1)?.flags).toContain('PSH');
  });

  it('acknowledges every segment on its own (quick ACKs), as the capture does', () => {
    const acks = (xs: { from: string; len: number; flags: readonly TcpFlag[] }[]) =>
      xs.filter((s) => s.from === 'client' && s.len === 0 && flags(s.flags) === 'ACK').length;
    expect(
      acks(timeline.segments.map((s) => ({ from: s.from, len: s.payloadLength, flags: s.flags }))),
    ).toBe(acks(segs.map((s) => ({ from: s.from, len: s.len, flags: s.flags }))));
  });

  it('opens and closes as the capture does, with its MSS and windows', () => {
    const ends = (xs: string[]) => [...xs.slice(0, 5), ...xs.slice(-3)];
    expect(ends(simulated(timeline.segments))).toEqual(ends(captured('large-response-mtu1500')));
    expect(timeline.segments.slice(0, 2).map((s) => [s.options.mss, s.window])).toEqual(
      segs.slice(0, 2).map((s) => [1460, s.window]),
    );
  });
});

/** What the server saw, in order: a data segment it sent, or a segment from the client. */
interface AtServer {
  from: 'client' | 'server';
  len: number;
  relSeq: number;
  relAck: number;
  ack: boolean;
}

/**
 * The server's data segments in flights: a flight ends when the client acknowledges one of its
 * segments (RFC 5681's FlightSize is what is sent and not yet acknowledged).
 */
function flightsOf(events: AtServer[]): number[] {
  const out: number[] = [];
  let flight: AtServer[] = [];
  for (const e of events) {
    const first = flight[0];
    if (e.from === 'client' && e.ack && first && e.relAck > first.relSeq) {
      out.push(flight.length);
      flight = [];
    }
    if (e.from === 'server' && e.len > 0) flight.push(e);
  }
  if (flight.length > 0) out.push(flight.length);
  return out;
}

describe('large-response across a 40 ms round trip (slow start)', () => {
  const [conversation] = listConversations(packets('large-response-rtt40'));
  const captured = (conversation?.segments ?? []).map((s) => ({
    from: s.from,
    len: s.len,
    relSeq: s.relSeq,
    relAck: s.relAck,
    ack: s.flags.includes('ACK'),
  }));
  // 20 ms each way, as delay-relay.py held every frame; the relay has no rate of its own.
  const link = { latencyMs: 20, bitsPerSecond: 1e9 };
  const timeline = simulate(replica('large-response-rtt40', 1500, link), { profile: 'linux' });
  const simulated = timeline.steps.flatMap((step): AtServer[] => {
    if (step.endpoint !== 'server') return [];
    const ids = step.reason === 'data-sent' ? step.segmentsOut : [];
    const received = step.segmentIn === null ? [] : [step.segmentIn];
    return [...received, ...ids].flatMap((id) => {
      const s = timeline.segments[id];
      if (!s) return [];
      return [
        {
          from: s.from,
          len: s.payloadLength,
          relSeq: s.relSeq,
          relAck: s.relAck,
          ack: s.flags.includes('ACK'),
        },
      ];
    });
  });

  it('sends the initial window, 10 segments, before the first ACK, then the last 3', () => {
    expect(flightsOf(captured)).toEqual([10, 3]);
    expect(flightsOf(simulated)).toEqual(flightsOf(captured));
  });

  it('acknowledges every segment on its own, as the capture does', () => {
    const bare = (xs: { from: string; len: number; flags: readonly TcpFlag[] }[]) =>
      xs.filter((s) => s.from === 'client' && s.len === 0 && flags(s.flags) === 'ACK').length;
    const ours = timeline.segments.map((s) => ({
      from: s.from,
      len: s.payloadLength,
      flags: s.flags,
    }));
    expect(bare(ours)).toBe(bare(conversation?.segments ?? []));
  });
});
