/**
 * When a receiver acknowledges data at once and when it waits (RFC 9293 §3.8.6.3, RFC 5681 §4.2:
 * "an ACK SHOULD be generated for at least every second full-sized segment"). The linux profile
 * does what Linux's __tcp_ack_snd_check does: ACK at once once more than one full segment
 * (rcv_mss) is unacknowledged.
 */
import { describe, expect, it } from 'vitest';
import { LINUX, TEXTBOOK } from '../config';
import { seqAdd } from '../sequence';
import type { Tcb } from '../tcb';
import { feed, LOCAL_ISS, PEER_ISS, seg, tcbInSynSent } from '../test-support/fixtures';
import { receiveSegment } from '.';

/** A linux client ESTABLISHED with timestamps (full segments carry 1448 octets), quick ACKs spent. */
function linuxEstablished(): Tcb {
  const synAck = seg({
    seq: PEER_ISS,
    ack: LOCAL_ISS + 1,
    flags: ['SYN', 'ACK'],
    options: { mss: 1460, timestamps: { value: 1, echo: 0 } },
  });
  const tcb = feed(tcbInSynSent(LINUX), synAck, LINUX);
  expect(tcb.timestampsOk).toBe(true);
  return { ...tcb, quickAcks: 0 };
}

/** Data segments of `size` octets from the peer, one after another; the ACKs sent after each. */
function acksAfter(tcb: Tcb, sizes: number[]): number[] {
  let t = tcb;
  const acks: number[] = [];
  for (const size of sizes) {
    const s = seg({
      seq: t.rcvNxt,
      ack: t.sndNxt,
      flags: ['ACK'],
      payload: 'x'.repeat(size),
      options: { timestamps: { value: 2, echo: 0 } },
    });
    const r = receiveSegment(t, s, { now: 1, config: LINUX, iss: 0 });
    acks.push(r.out.filter((o) => o.flags.includes('ACK') && o.payload.length === 0).length);
    t = r.tcb;
  }
  return acks;
}

describe('delayed ACK (RFC 9293 §3.8.6.3, RFC 5681 §4.2)', () => {
  it('linux: acknowledges every second full-sized (1448-octet) segment at once', () => {
    expect(acksAfter(linuxEstablished(), [1448, 1448, 1448, 1448, 1448, 1448])).toEqual([
      0, 1, 0, 1, 0, 1,
    ]);
  });

  it('linux: waits after one full segment, and after less than one in two pieces', () => {
    expect(acksAfter(linuxEstablished(), [1448])).toEqual([0]);
    expect(acksAfter(linuxEstablished(), [700, 700])).toEqual([0, 0]);
    // More than one full segment's worth outstanding: at once (Linux compares with rcv_mss).
    expect(acksAfter(linuxEstablished(), [1000, 1000])).toEqual([0, 1]);
  });

  it('textbook: acknowledges every data segment at once', () => {
    const tb = feed(
      tcbInSynSent(TEXTBOOK),
      seg({ seq: PEER_ISS, ack: LOCAL_ISS + 1, flags: ['SYN', 'ACK'], options: { mss: 1460 } }),
    );
    let t = tb;
    for (let i = 0; i < 3; i++) {
      const r = receiveSegment(
        t,
        seg({ seq: t.rcvNxt, ack: t.sndNxt, flags: ['ACK'], payload: 'x'.repeat(1460) }),
        { now: 1, config: TEXTBOOK, iss: 0 },
      );
      expect(r.out.map((o) => o.ack)).toEqual([seqAdd(t.rcvNxt, 1460)]);
      t = r.tcb;
    }
  });
});
