/**
 * A timeline's segments as a pcapng file that Wireshark opens: each segment
 * an Ethernet II + IPv4 + TCP frame with its lengths and checksums filled in,
 * the TCP options the segment carries (MSS, SACK-permitted, window scale,
 * timestamps), stamped with the timeline's virtual time.
 *
 * Where the capture is taken: on one host, as a student runs Wireshark, by
 * default the server's. What that host sends is written when it leaves
 * (`sentAt`), lost segments included: its capture saw them go, the network
 * dropped them later; so Wireshark shows a loss as a student's capture shows
 * it, the segment and, after the timeout, its retransmission. What the host
 * receives is written when it arrives (`arrivesAt`), and a segment lost on
 * the way is not written, because it never reached the host. One vantage
 * point keeps Wireshark's analysis honest: from the server, `lost-segment`
 * shows the retransmission, `why-time-wait` the repeated FIN, and
 * `why-three-way` the old duplicate SYN arriving before the new one (RFC 9293
 * Figure 8), with no flags made up by mixing two hosts' clocks.
 *
 * Times are the timeline's milliseconds from 1970-01-01 00:00:00 UTC, the
 * Unix epoch standing for the scenario's start (no wall clock in src/);
 * Wireshark's "seconds since beginning of capture" are the timeline's times.
 */
import type { Endpoint, Segment, Timeline } from '../timeline/types';
import { ethernetIpv4Tcp } from './frame-writer';
import { writePcapng } from './pcapng-writer';

/** RFC 7042 §2.1.2: 00-00-5E-00-53-00 to -FF are MAC addresses for documentation. */
const MAC = {
  client: [0x00, 0x00, 0x5e, 0x00, 0x53, 0x01],
  server: [0x00, 0x00, 0x5e, 0x00, 0x53, 0x02],
};

/** The parts of a timeline a capture is made of (the steps are the simulator's, not the wire's). */
export type TimelineForCapture = Pick<Timeline, 'segments' | 'client' | 'server'>;

export interface ExportOptions {
  /** The host whose capture this is (default: the server's). */
  at?: Endpoint;
}

export interface ExportedCapture {
  /** The pcapng file. */
  bytes: Uint8Array;
  /** For each frame (Wireshark's frame n is index n − 1), the id of the timeline segment it is. */
  segmentIds: number[];
}

export function timelineToPcapng(
  timeline: TimelineForCapture,
  options: ExportOptions = {},
): ExportedCapture {
  const host = options.at ?? 'server';
  const seen: { segment: Segment; time: number; arriving: boolean }[] = [];
  for (const segment of timeline.segments) {
    if (segment.from === host) {
      // A segment of an earlier incarnation left before this capture began.
      if (!segment.oldDuplicate) seen.push({ segment, time: segment.sentAt, arriving: false });
    } else if (segment.arrivesAt !== null) {
      seen.push({ segment, time: segment.arrivesAt, arriving: true });
    }
  }
  // At equal times an arrival comes first: what the host sends then is its answer.
  seen.sort(
    (a, b) =>
      a.time - b.time || Number(b.arriving) - Number(a.arriving) || a.segment.id - b.segment.id,
  );
  // RFC 791 §3.1: the identification is the sender's count of datagrams.
  const ipId = { client: 0, server: 0 };
  const packets = seen.map(({ segment, time }) => ({
    data: frameOf(timeline, segment, ipId[segment.from]++),
    nanos: BigInt(Math.round(time * 1e6)),
  }));
  return {
    bytes: writePcapng(packets, { interfaceName: `roundtrip: the ${host}'s capture` }),
    segmentIds: seen.map(({ segment }) => segment.id),
  };
}

function frameOf(timeline: TimelineForCapture, s: Segment, ipId: number): Uint8Array {
  const from = s.from === 'client' ? timeline.client : timeline.server;
  const to = s.from === 'client' ? timeline.server : timeline.client;
  return ethernetIpv4Tcp({
    src: from.address,
    dst: to.address,
    srcPort: s.srcPort,
    dstPort: s.dstPort,
    seq: s.seq,
    ack: s.ack,
    flags: s.flags,
    window: s.window,
    options: s.options,
    payload: s.payload,
    ipId,
    srcMac: MAC[s.from],
    dstMac: MAC[s.to],
  });
}
