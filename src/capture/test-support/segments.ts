/**
 * Captured segments written by hand, for tests of what comes after the
 * reader (conversations, analysis, states): each side's sequence numbers are
 * given relative to its ISN, as in a TCP textbook.
 */
import type { TcpFlag } from '../../timeline/types';
import type { CapturedOptions, CapturedSegment } from '../types';

export interface Sketch {
  from: 'client' | 'server';
  flags: TcpFlag[];
  /** Relative sequence and acknowledgment numbers (SYN at 0). */
  seq: number;
  ack?: number;
  len?: number;
  window?: number;
  options?: Partial<CapturedOptions>;
  /** Milliseconds; by default one per segment. */
  time?: number;
}

const CLIENT = { address: '192.0.2.1', port: 50000, isn: 1000 };
const SERVER = { address: '192.0.2.2', port: 80, isn: 5000 };

export function sketch(segments: Sketch[]): CapturedSegment[] {
  return segments.map((s, i) => {
    const me = s.from === 'client' ? CLIENT : SERVER;
    const peer = s.from === 'client' ? SERVER : CLIENT;
    const len = s.len ?? 0;
    return {
      frame: i + 1,
      time: s.time ?? i,
      frameLength: 54 + len,
      ipVersion: 4,
      src: me.address,
      dst: peer.address,
      srcPort: me.port,
      dstPort: peer.port,
      flags: s.flags,
      otherFlags: [],
      seq: (me.isn + s.seq) >>> 0,
      ack: s.ack === undefined ? 0 : (peer.isn + s.ack) >>> 0,
      window: s.window ?? 1000,
      urgentPointer: 0,
      checksum: 0,
      headerLength: 20,
      options: { kinds: [], ...s.options },
      length: len,
      payload: new Uint8Array(len).fill(0x78), // 'x'
      truncated: false,
    };
  });
}

/** A refused connection: a SYN to a port where nothing listens, answered by a RST,ACK (RFC 9293 §3.10.7.1). */
export const REFUSED: Sketch[] = [
  { from: 'client', flags: ['SYN'], seq: 0 },
  { from: 'server', flags: ['RST', 'ACK'], seq: 1, ack: 1 },
];

/** The three-way handshake, the client's and the server's ISN at 0 (RFC 9293 §3.5). */
export const HANDSHAKE: Sketch[] = [
  { from: 'client', flags: ['SYN'], seq: 0 },
  { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1 },
  { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
];
