/**
 * A page with images loaded three ways, side by side: HTTP/1.0 with one connection per object,
 * HTTP/1.1 keep-alive on one connection, and parallel persistent connections as browsers open
 * them. Each way is simulated (`simulate()`, the same model as every other scenario, on one
 * shared link), and its round trips are read with `timingOf`; the textbook's estimate stands
 * beside each.
 *
 * The estimates (Kurose–Ross §2.2.2, the same arithmetic as `timingOf`), for RTT = 2 × latency,
 * tᵢ = object i's response octets × 8 / rate, the page first and N images after it:
 * - non-persistent: Σ (2·RTT + tᵢ) over the N + 1 objects;
 * - persistent: RTT + Σ (RTT + tᵢ);
 * - parallel, s = min(k, N) connections for the images (k the browser's limit): the page as on a
 *   new connection (2·RTT + t₀); then the first connection takes an image at once while s − 1
 *   new ones spend one RTT opening, so the N images and s − 1 openings are ⌈(N + s − 1) / s⌉
 *   round trips one after another; and the images' octets share the one link: + Σ tᵢ.
 */
import {
  BROWSER_PARALLEL,
  PAGE_LOAD_WAYS,
  type PageLoadWay,
  pageWithImagesScenario,
} from '../scenarios/page-with-images';
import type { LinkSpec } from '../scenarios/types';
import { simulate } from '../session/simulate';
import { optionsLength } from '../tcp/segment';
import type { Timeline } from '../timeline/types';
import { type RoundTrip, timingOf } from './timing';

export interface PageLoadWayResult {
  way: PageLoadWay;
  /** Connections opened. */
  connections: number;
  /** Handshakes and exchanges, the teardowns left out (they come after each connection's last byte). */
  trips: RoundTrip[];
  /**
   * Round trips one after another: the longest chain of handshakes and exchanges in which each
   * starts once the one before it has ended. Round trips that overlap it on other connections
   * cost no time of their own; this is the number the textbook's RTT count is.
   */
  sequentialRoundTrips: number;
  /** When the last octet of the last image arrived (virtual ms from the first SYN). */
  lastByteMs: number;
  estimateMs: number;
  /**
   * The transmission time of every octet on the wire the estimate leaves out: the requests, the
   * segments without data (handshake, ACKs) and 40 octets of IPv4 and TCP header (and options) on
   * each segment, both ways. In the sequential ways the simulation exceeds the estimate by at
   * most this, since nothing else there takes time.
   */
  uncountedMs: number;
  /** Σ tᵢ over the images: what the link's sharing can hide behind the round trips in parallel. */
  imagesTransmissionMs: number;
}

export interface PageLoadComparison {
  images: number;
  rttMs: number;
  bitsPerSecond: number;
  /** The browser's limit of connections at once. */
  parallel: number;
  ways: PageLoadWayResult[];
}

/** The textbook estimate for one way, from the RTT and each object's transmission time (page first). */
export function pageLoadEstimateMs(
  way: PageLoadWay,
  rttMs: number,
  transmissionsMs: readonly number[],
  parallel = BROWSER_PARALLEL,
): number {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const [page = 0, ...images] = transmissionsMs;
  switch (way) {
    case 'non-persistent':
      return sum(transmissionsMs.map((t) => 2 * rttMs + t));
    case 'persistent':
      return rttMs + sum(transmissionsMs.map((t) => rttMs + t));
    case 'parallel': {
      const n = images.length;
      const s = Math.min(parallel, n);
      const waves = s === 0 ? 0 : Math.ceil((n + s - 1) / s);
      return 2 * rttMs + page + waves * rttMs + sum(images);
    }
  }
}

function uncountedMs(t: Timeline): number {
  const responses = t.messages
    .filter((m) => m.kind === 'response')
    .reduce((n, m) => n + m.bytes.length, 0);
  const wire = t.segments.reduce((n, s) => n + 40 + optionsLength(s.options) + s.payloadLength, 0);
  return ((wire - responses) * 8 * 1000) / t.link.bitsPerSecond;
}

/** One way, simulated and counted. */
export function pageLoadWay(way: PageLoadWay, images: number, link: LinkSpec): PageLoadWayResult {
  const timeline = simulate(pageWithImagesScenario({ images, link, way }));
  const timing = timingOf(timeline);
  const trips = timing.roundTrips.filter((r) => r.kind !== 'teardown');
  const transmissions = timing.objects.map((o) => o.transmissionMs);
  return {
    way,
    connections: timeline.connections.length,
    trips,
    sequentialRoundTrips: timing.sequentialRoundTrips,
    lastByteMs: timing.lastByteMs,
    estimateMs: pageLoadEstimateMs(way, timing.rttMs, transmissions),
    uncountedMs: uncountedMs(timeline),
    imagesTransmissionMs: transmissions.slice(1).reduce((a, b) => a + b, 0),
  };
}

/** The three ways for a page with `images` images on this link. */
export function comparePageLoad(images: number, link: LinkSpec): PageLoadComparison {
  return {
    images,
    rttMs: 2 * link.latencyMs,
    bitsPerSecond: link.bitsPerSecond,
    parallel: BROWSER_PARALLEL,
    ways: PAGE_LOAD_WAYS.map((way) => pageLoadWay(way, images, link)),
  };
}

export {
  BROWSER_PARALLEL,
  MAX_IMAGES,
  PAGE_LOAD_WAYS,
  type PageLoadWay,
} from '../scenarios/page-with-images';
