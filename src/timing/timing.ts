/**
 * The arithmetic textbooks ask about, done on a timeline: its round trips counted and named
 * (the handshake, each request and its response, the teardown), the time until the last
 * response has arrived, and the textbook's estimate for this link beside it.
 *
 * The estimate (Kurose–Ross §2.2.2): a connection costs one RTT to open; each object then
 * costs one RTT for its request and response plus its transmission time (its octets × 8 / the
 * link's rate). Non-persistent HTTP, one object per connection, is 2·RTT + transmission per
 * object; persistent HTTP is one RTT per object after the first connection's opening. The
 * simulated figure differs by what the formula leaves out, which `reasons` names.
 */
import { seqAdd } from '../tcp/sequence';
import type { Timeline } from '../timeline/types';

export type RoundTripKind = 'handshake' | 'exchange' | 'teardown';

export interface RoundTrip {
  kind: RoundTripKind;
  connection: number;
  /** For an exchange: the request's start line (`GET / HTTP/1.1`). */
  request: string | null;
  /** When its first segment left, and when the answer that ends it arrived (virtual ms). */
  start: number;
  end: number;
}

/** Why the simulated time differs from the textbook's estimate. */
export type TimingReason =
  /** The formula counts the responses' octets only: not the requests', nor 40 octets of TCP/IP header per segment. */
  | 'headers'
  /** A receiver held an ACK back (RFC 9293 §3.8.6.3, the linux profile). */
  | 'delayed-ack'
  /** A segment was lost and resent after a retransmission timeout (RFC 6298). */
  | 'loss'
  /** A segment was lost and resent on the third duplicate ACK (fast retransmit, RFC 5681 §3.2). */
  | 'fast-retransmit'
  /** A segment was refused with RST (an old duplicate SYN, RFC 9293 Figure 8), and the opening took longer. */
  | 'refused'
  /**
   * A sender's congestion window held part of a response back until ACKs came (slow start,
   * RFC 5681 §3.1): the response left in flights, each a round trip after the one before.
   */
  | 'slow-start'
  /** The closing handshake comes after the last octet, and TIME-WAIT after it (not in the formula). */
  | 'teardown'
  /** What the simulator leaves out that a real TCP may add: Nagle's delay (RFC 896). */
  | 'not-modelled'
  /**
   * Connections exchanged at the same time (`ClientSpec.parallel`): the formula adds their round
   * trips one after another, so it overstates the time (`pageLoad.ts` estimates them together).
   */
  | 'parallel';

export interface Timing {
  /** The round-trip time of the link: twice its one-way latency. */
  rttMs: number;
  latencyMs: number;
  bitsPerSecond: number;
  /** Every round trip, the teardowns included, in order of their start. */
  roundTrips: RoundTrip[];
  /**
   * The handshakes and exchanges one after another (`sequentialRoundTrips`), the teardowns left
   * out: each comes after its connection's last octet, and the time to the last byte does not
   * wait for it. The page-with-images chart's count of each way (pageLoad.ts) is this one.
   */
  sequentialRoundTrips: number;
  /** Each response (object): its octets and transmission time on this link. */
  objects: { messageId: number; octets: number; transmissionMs: number }[];
  /** Some connection carried more than one response. */
  persistent: boolean;
  connections: number;
  /** When the last octet of the last response arrived. */
  lastByteMs: number;
  /** When the last step before TIME-WAIT's expiry happened (both ends closed but the one waiting). */
  closedMs: number;
  /** Σ over connections of RTT + Σ over its objects of (RTT + transmission). */
  estimateMs: number;
  reasons: TimingReason[];
}

/** The longest chain of round trips, each starting once the previous one has ended (greedy by end). */
export function sequentialRoundTrips(trips: readonly RoundTrip[]): number {
  const byEnd = [...trips].sort((a, b) => a.end - b.end || a.start - b.start);
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of byEnd) {
    if (r.start >= last) {
      count += 1;
      last = r.end;
    }
  }
  return count;
}

const segmentsOf = (t: Timeline, connection: number) =>
  t.segments.filter((s) => {
    const port = s.from === 'client' ? s.srcPort : s.dstPort;
    return !s.oldDuplicate && t.connections[connection]?.clientPort === port;
  });

export function timingOf(t: Timeline): Timing {
  const rttMs = 2 * t.link.latencyMs;
  const roundTrips: RoundTrip[] = [];
  const objects: Timing['objects'] = [];
  let estimateMs = 0;
  let persistent = false;
  for (const c of t.connections) {
    const segs = segmentsOf(t, c.id);
    const syn = segs.find((s) => s.from === 'client' && s.flags.includes('SYN'));
    const synAck = segs.find(
      (s) => s.from === 'server' && s.flags.includes('SYN') && s.arrivesAt !== null,
    );
    if (syn && synAck?.arrivesAt != null) {
      roundTrips.push({
        kind: 'handshake',
        connection: c.id,
        request: null,
        start: syn.sentAt,
        end: synAck.arrivesAt,
      });
      estimateMs += rttMs;
    }
    const requests = t.messages.filter((m) => m.connection === c.id && m.kind === 'request');
    const responses = t.messages.filter((m) => m.connection === c.id && m.kind === 'response');
    if (responses.length > 1) persistent = true;
    requests.forEach((request, i) => {
      const response = responses[i];
      if (!response) return;
      const carrying = (id: number) =>
        segs.filter((s) => s.carries.some((k) => k.messageId === id));
      const first = carrying(request.id)[0];
      const arrivals = carrying(response.id)
        .map((s) => s.arrivesAt)
        .filter((a): a is number => a !== null);
      if (!first || arrivals.length === 0) return;
      roundTrips.push({
        kind: 'exchange',
        connection: c.id,
        request: request.startLine,
        start: first.sentAt,
        end: Math.max(...arrivals),
      });
      const octets = response.bytes.length;
      const transmissionMs = (octets * 8 * 1000) / t.link.bitsPerSecond;
      objects.push({ messageId: response.id, octets, transmissionMs });
      estimateMs += rttMs + transmissionMs;
    });
    // The teardown ends when the last FIN is acknowledged (RFC 9293 §3.6): its ACK reaching the
    // FIN's sender moves it to TIME-WAIT or CLOSED. Where no ACK of a FIN arrives, the FIN's own
    // arrival is the last thing of the teardown that is known.
    const fins = segs.filter((s) => s.flags.includes('FIN'));
    const finEnds = fins
      .filter((f) => f.arrivesAt !== null)
      .map((f) => {
        const acked = segs
          .filter((s) => s.from === f.to && s.flags.includes('ACK') && s.arrivesAt !== null)
          .filter((s) => s.ack === seqAdd(f.seq, f.segLen) && s.sentAt >= (f.arrivesAt as number))
          .map((s) => s.arrivesAt as number);
        return acked.length > 0 ? Math.min(...acked) : (f.arrivesAt as number);
      });
    if (fins[0] && finEnds.length > 0) {
      roundTrips.push({
        kind: 'teardown',
        connection: c.id,
        request: null,
        start: fins[0].sentAt,
        end: Math.max(...finEnds),
      });
    }
  }
  roundTrips.sort((a, b) => a.start - b.start || a.end - b.end);
  const exchanges = roundTrips.filter((r) => r.kind === 'exchange');
  const lastByteMs = exchanges.length > 0 ? Math.max(...exchanges.map((r) => r.end)) : 0;
  const beforeExpiry = t.steps.filter((s) => s.reason !== 'time-wait-expired');
  const closedMs = beforeExpiry[beforeExpiry.length - 1]?.time ?? 0;
  const reasons: TimingReason[] = ['headers'];
  if (t.steps.some((s) => s.reason === 'ack-sent')) reasons.push('delayed-ack');
  // A loss that only fast retransmits repaired cost about a round trip, not a timeout.
  const fast = t.steps.some((s) => s.reason === 'fast-retransmit');
  const timedOut = t.steps.some((s) => s.reason === 'retransmission-timeout');
  if (t.segments.some((s) => s.arrivesAt === null) && (timedOut || !fast)) reasons.push('loss');
  if (fast) reasons.push('fast-retransmit');
  if (t.steps.some((s) => s.reason === 'rst-sent')) reasons.push('refused');
  if (t.steps.some((s) => s.reason === 'data-sent' && s.detail.windowFull === 'cwnd')) {
    reasons.push('slow-start');
  }
  reasons.push('teardown', 'not-modelled');
  const overlap = exchanges.some((a) =>
    exchanges.some((b) => a.connection !== b.connection && a.start < b.end && b.start < a.end),
  );
  if (overlap) reasons.push('parallel');
  return {
    rttMs,
    latencyMs: t.link.latencyMs,
    bitsPerSecond: t.link.bitsPerSecond,
    roundTrips,
    sequentialRoundTrips: sequentialRoundTrips(roundTrips.filter((r) => r.kind !== 'teardown')),
    objects,
    persistent,
    connections: t.connections.length,
    lastByteMs,
    closedMs,
    estimateMs,
    reasons,
  };
}
