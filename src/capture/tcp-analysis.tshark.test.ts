/**
 * Wireshark's TCP analysis, differentially: hundreds of conversations made
 * up at random (retransmissions, gaps, duplicate ACKs, zero windows and their
 * probes, keep-alives, window changes, SYNs with and without window scaling,
 * reused ports, at delays on both sides of Wireshark's 3 ms and 20 ms
 * thresholds) are written to one pcapng file, and for every frame the flags,
 * relative numbers, scaled window and stream must equal what tshark says.
 * The fixtures test real traffic; this tests the corners real traffic
 * rarely reaches. Seeded, so that a failure can be replayed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TcpFlag } from '../timeline/types';
import { ethernetIpv4Tcp } from './frame-writer';
import { listConversations, readCapture } from './index';
import { writePcapng } from './pcapng-writer';
import {
  ANALYSIS_FIELDS,
  asTsharkFlags,
  tsharkAnalysis,
  tsharkFields,
} from './test-support/tshark';
import type { CapturedOptions } from './types';

const SEED = 20240607;
const CONVERSATIONS = 400;

/** mulberry32: a small seeded generator, for tests only. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

interface Frame {
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: TcpFlag[];
  window: number;
  options: Omit<CapturedOptions, 'kinds'>;
  payload: string;
  nanos: bigint;
}

/** One end of a made-up conversation: relative numbers, what it has received, its window. */
interface Peer {
  address: string;
  port: number;
  isn: number;
  next: number;
  got: number;
  window: number;
  shift: number;
  sent: number[];
}

// Delays around Wireshark's thresholds: 3 ms (out-of-order before the first RTT), 20 ms (fast retransmission).
const DELAYS_US = [20, 500, 1_000, 2_900, 3_100, 8_000, 19_000, 21_000, 60_000, 250_000];

/** One made-up conversation: a walk of random but TCP-shaped moves. */
function conversation(r: ReturnType<typeof random>, index: number, startUs: bigint): Frame[] {
  const frames: Frame[] = [];
  const client = { address: '10.0.0.1', port: 30000 + index };
  const server = { address: '10.0.0.2', port: r.pick([80, 8080, 443]) };
  const side: [Peer, Peer] = [
    { ...client, isn: r.int(0, 0xffffffff), next: 0, got: 0, window: 502, shift: 0, sent: [] },
    { ...server, isn: r.int(0, 0xffffffff), next: 0, got: 0, window: 509, shift: 0, sent: [] },
  ];
  let now = startUs;
  const emit = (
    from: 0 | 1,
    rel: number,
    len: number,
    flags: TcpFlag[],
    extra: Partial<Frame> = {},
  ) => {
    const me = side[from];
    const peer = side[from === 0 ? 1 : 0];
    now += BigInt(r.pick(DELAYS_US));
    frames.push({
      src: me.address,
      dst: peer.address,
      srcPort: me.port,
      dstPort: peer.port,
      seq: (me.isn + rel) >>> 0,
      ack: flags.includes('ACK') ? (peer.isn + me.got) >>> 0 : 0,
      flags,
      window: me.window,
      options: {},
      payload: 'x'.repeat(len),
      nanos: now * 1000n,
      ...extra,
    });
  };
  if (r.chance(0.8)) {
    const scale = r.chance(0.7);
    const ws = (shift: number) => (scale ? { windowScale: shift } : {});
    emit(0, 0, 0, ['SYN'], { options: { mss: 1460, ...ws(7) } });
    if (r.chance(0.15)) emit(0, 0, 0, ['SYN'], { options: { mss: 1460, ...ws(7) } });
    side[1].got = 1;
    const serverShift = r.chance(0.9) ? r.int(0, 15) : null;
    emit(1, 0, 0, ['SYN', 'ACK'], {
      options: { mss: 1460, ...(serverShift === null ? {} : ws(serverShift)) },
    });
    if (scale && serverShift !== null) {
      side[0].shift = 7;
      side[1].shift = Math.min(serverShift, 14);
    }
    side[0].got = 1;
    emit(0, 1, 0, ['ACK']);
    side[0].next = 1;
    side[1].next = 1;
  } else {
    side[0].next = 1;
    side[1].next = 1;
    side[0].got = 1;
    side[1].got = 1;
  }
  const moves = r.int(4, 40);
  for (let i = 0; i < moves; i++) {
    const from = r.chance(0.5) ? 0 : 1;
    const me = side[from];
    const peer = side[from === 0 ? 1 : 0];
    const move = r.next();
    if (move < 0.3) {
      // New data, occasionally into a zero window as a one-octet probe.
      const len = r.chance(0.2) ? 1 : r.int(1, 1400);
      emit(from, me.next, len, ['PSH', 'ACK']);
      me.sent.push(me.next);
      me.next += len;
      if (r.chance(0.85)) peer.got = Math.max(peer.got, me.next);
    } else if (move < 0.42) {
      // A retransmission of something sent before.
      const start = me.sent.length ? r.pick(me.sent) : me.next;
      const len = Math.max(1, Math.min(r.int(1, 1400), me.next - start));
      emit(from, start, len, ['ACK']);
      if (r.chance(0.7)) peer.got = Math.max(peer.got, start + len);
    } else if (move < 0.5) {
      // A gap: data past what was sent ("previous segment not captured").
      const skip = r.int(1, 3000);
      const len = r.int(1, 500);
      emit(from, me.next + skip, len, ['ACK']);
      me.next += skip + len;
    } else if (move < 0.72) {
      // A pure ACK: new, repeated (duplicate), or of data never seen.
      if (r.chance(0.1)) me.got += r.int(1, 2000);
      if (r.chance(0.2)) me.window = r.pick([0, me.window, me.window + 1, 2000]);
      emit(from, me.next, 0, ['ACK']);
    } else if (move < 0.8) {
      // A keep-alive (0 or 1 octet one below SND.NXT), then maybe its ACK.
      emit(from, me.next - 1, r.chance(0.5) ? 0 : 1, ['ACK']);
      if (r.chance(0.7)) emit(from === 0 ? 1 : 0, peer.next, 0, ['ACK']);
    } else if (move < 0.88) {
      // A zero window, a probe into it, and the probe's answer.
      peer.window = 0;
      emit(from === 0 ? 1 : 0, peer.next, 0, ['ACK']);
      emit(from, me.next, 1, ['ACK']);
      emit(from === 0 ? 1 : 0, peer.next, 0, ['ACK']);
      peer.window = r.pick([0, 300, 509]);
    } else if (move < 0.91) {
      // Data filling the peer's window to its right edge ("window full").
      emit(from === 0 ? 1 : 0, peer.next, 0, ['ACK']);
      const room = peer.got + peer.window * 2 ** peer.shift - me.next;
      if (room > 0 && room < 60_000) {
        emit(from, me.next, room, ['ACK']);
        me.next += room;
      }
    } else if (move < 0.95) {
      // Several duplicate ACKs in a row, then a (fast?) retransmission.
      for (let k = r.int(1, 4); k > 0; k--) emit(from, me.next, 0, ['ACK']);
      if (peer.sent.length) {
        const start = r.chance(0.6) ? me.got : r.pick(peer.sent);
        emit(from === 0 ? 1 : 0, start, r.int(1, 1000), ['ACK']);
      }
    } else {
      emit(from, me.next, 0, [r.chance(0.5) ? 'FIN' : 'RST', 'ACK']);
      me.next += 1;
    }
  }
  return frames;
}

function buildFile(): { path: string; bytes: Uint8Array } {
  const r = random(SEED);
  const frames: Frame[] = [];
  let start = 1_700_000_000_000_000n;
  for (let i = 0; i < CONVERSATIONS; i++) {
    const made = conversation(r, i, start);
    // Ports reused now and then: the same 4-tuple again, with new ISNs.
    if (i > 0 && r.chance(0.05)) {
      for (const f of made) {
        if (f.srcPort === 30000 + i) f.srcPort = 30000 + i - 1;
        if (f.dstPort === 30000 + i) f.dstPort = 30000 + i - 1;
      }
    }
    frames.push(...made);
    start = (frames.at(-1)?.nanos ?? 0n) / 1000n + 1_000_000n;
  }
  const mac = (n: number) => [2, 0, 0, 0, 0, n];
  const packets = frames.map((f, i) => ({
    data: ethernetIpv4Tcp({ ...f, ipId: i, srcMac: mac(1), dstMac: mac(2) }),
    nanos: f.nanos,
  }));
  const bytes = writePcapng(packets);
  const path = join(mkdtempSync(join(tmpdir(), 'roundtrip-analysis-')), 'random.pcapng');
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe('TCP analysis against tshark, on random conversations', () => {
  const { path, bytes } = buildFile();
  const read = readCapture(bytes);
  if (!read.ok) throw new Error(read.error.explanation);
  const conversations = listConversations(read.packets);
  const ours = new Map(
    conversations.flatMap((c) => c.segments.map((s) => [s.frame, { stream: c.id, ...s }] as const)),
  );

  it('flags every frame as tshark does', { timeout: 60_000 }, () => {
    const theirs = tsharkAnalysis(path);
    const mismatches: string[] = [];
    for (const [frame, expected] of theirs) {
      const s = ours.get(frame);
      const got = s ? asTsharkFlags(s.analysis) : [];
      const dupAck = s?.analysis.duplicateAck
        ? `${s.analysis.duplicateAck.number}#${s.analysis.duplicateAck.of}`
        : '';
      if (got.join() !== expected.flags.join() || dupAck !== expected.dupAck) {
        mismatches.push(
          `frame ${frame}: tshark [${expected.flags}] ${expected.dupAck}, ours [${got}] ${dupAck}`,
        );
      }
    }
    expect(theirs.size).toBe(read.packets.length);
    // The random walk reaches every flag, or this test proves less than it says.
    const seen = new Set([...theirs.values()].flatMap((t) => t.flags));
    expect(ANALYSIS_FIELDS.filter((f) => !seen.has(f))).toEqual([]);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('numbers streams, relative sequence and acknowledgment numbers and scaled windows as tshark does', {
    timeout: 60_000,
  }, () => {
    const rows = tsharkFields(path, [
      'frame.number',
      'tcp.stream',
      'tcp.seq',
      'tcp.ack',
      'tcp.window_size',
    ]);
    const mismatches: string[] = [];
    for (const row of rows) {
      const frame = Number(row['frame.number']);
      const s = ours.get(frame);
      const got = [s?.stream, s?.relSeq, s?.relAck, s?.windowBytes].join(' ');
      const want = [row['tcp.stream'], row['tcp.seq'], row['tcp.ack'], row['tcp.window_size']].join(
        ' ',
      );
      if (got !== want) mismatches.push(`frame ${frame}: tshark ${want}, ours ${got}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
