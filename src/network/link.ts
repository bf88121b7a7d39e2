/**
 * The link between client and server: one-way propagation latency, a
 * serialisation delay from its bandwidth (each direction sends one segment at
 * a time, first in first out), and loss, drawn from the seed or named ("drop
 * the 3rd segment the client sends", "drop the first FIN the server sends").
 */
import type { Endpoint } from '../timeline/types';
import type { Random } from './random';

/** What a loss or delay rule can pick out of one side's segments. */
export type SegmentClass =
  /** Every segment. */
  | 'any'
  /** A SYN without ACK. */
  | 'syn'
  /** A SYN,ACK. */
  | 'syn-ack'
  /** A segment carrying payload octets. */
  | 'data'
  /** A segment with FIN. */
  | 'fin'
  /** A bare ACK: no payload, no SYN, FIN or RST. */
  | 'ack'
  /** A bare ACK that acknowledges the peer's FIN (the last segment of a teardown). */
  | 'final-ack'
  /** A segment with RST. */
  | 'rst';

export interface SegmentRule {
  /** Whose segments are counted. */
  from: Endpoint;
  /** Which kind of segment is counted (default 'any'). */
  what?: SegmentClass;
  /** The rule applies to the nth segment of that kind that side sends (1-based), retransmissions included. */
  nth: number;
}

export interface DelayRule extends SegmentRule {
  /** Extra one-way delay for that segment: it wanders in the network and may arrive late. */
  extraMs: number;
}

export interface LinkConfig {
  latencyMs: number;
  bitsPerSecond: number;
  lossRate: number;
  drop: readonly SegmentRule[];
  delay: readonly DelayRule[];
}

export interface Transmission {
  sentAt: number;
  /** When it reaches the far end, or would have if it had not been lost. */
  arrivesAt: number;
  lost: boolean;
  /** Half way between leaving and arriving, when lost. */
  lostAt: number | null;
  /** Which loss: a named rule or the seeded draw. */
  lostBy: 'rule' | 'random' | null;
}

/** Round to the microsecond so that times print and compare cleanly. */
export function roundTime(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** The earliest microsecond not before `ms` (or `ms` itself where floating point rounds below it). */
function ceilTime(ms: number): number {
  return Math.max(Math.ceil(ms * 1000) / 1000, ms);
}

function noSegments(): Record<SegmentClass, number> {
  return { any: 0, syn: 0, 'syn-ack': 0, data: 0, fin: 0, ack: 0, 'final-ack': 0, rst: 0 };
}

/** One direction of the link, by its sender. */
interface Side {
  /** When the side's last segment has left (serialisation is first in, first out). */
  freeAt: number;
  /** How many segments of each class the side has sent so far. */
  counts: Record<SegmentClass, number>;
}

export class Link {
  private readonly sides: Record<Endpoint, Side> = {
    client: { freeAt: 0, counts: noSegments() },
    server: { freeAt: 0, counts: noSegments() },
  };

  constructor(
    private readonly config: LinkConfig,
    private readonly random: Random,
  ) {}

  /** The time a segment handed to the link now would start being serialised. */
  readyAt(from: Endpoint, now: number): number {
    return Math.max(now, this.sides[from].freeAt);
  }

  /**
   * Put a segment of `wireOctets` on the link from `from` at `now`. `classes`
   * are the kinds it belongs to, each once (as `classify` lists them), for the named rules.
   */
  transmit(
    from: Endpoint,
    wireOctets: number,
    classes: readonly SegmentClass[],
    now: number,
  ): Transmission {
    const side = this.sides[from];
    const start = Math.max(now, side.freeAt);
    const txMs = (wireOctets * 8 * 1000) / this.config.bitsPerSecond;
    side.freeAt = start + txMs;
    // Every segment is of class 'any' and of each of its own classes (classify lists each once).
    const counts = side.counts;
    counts.any += 1;
    for (const what of classes) counts[what] += 1;
    let extra = 0;
    for (const rule of this.config.delay)
      if (this.picks(rule, from, classes)) extra += rule.extraMs;
    // A segment that takes less than half a microsecond (latency 0, ≥ 10 Gbit/s) would round to
    // before it left: it arrives at the next microsecond instead.
    const earliest = ceilTime(now);
    const arrivesAt = Math.max(roundTime(start + txMs + this.config.latencyMs + extra), earliest);
    const sentAt = roundTime(now);
    let lostBy: Transmission['lostBy'] = null;
    const ruleHit = this.config.drop.some((rule) => this.picks(rule, from, classes));
    if (ruleHit) lostBy = 'rule';
    // One draw per segment whenever a loss rate is set, so that the stream does not depend on
    // which rules matched.
    if (this.config.lossRate > 0 && this.random.next() < this.config.lossRate && !ruleHit) {
      lostBy = 'random';
    }
    const lost = lostBy !== null;
    return {
      sentAt,
      arrivesAt,
      lost,
      lostAt: lost ? Math.max(roundTime(sentAt + (arrivesAt - sentAt) / 2), earliest) : null,
      lostBy,
    };
  }

  /** A rule picks a segment if it is the rule's nth of its class from this side. */
  private picks(rule: SegmentRule, from: Endpoint, classes: readonly SegmentClass[]): boolean {
    const what = rule.what ?? 'any';
    return (
      rule.from === from &&
      (what === 'any' || classes.includes(what)) &&
      this.countOf(from, what) === rule.nth
    );
  }

  private countOf(from: Endpoint, what: SegmentClass): number {
    return this.sides[from].counts[what];
  }
}
