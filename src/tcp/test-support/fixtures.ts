/**
 * A TCB in each of the eleven states, built by driving the real functions
 * (never by hand), so that each test starts from a named state (smoltcp's
 * `socket_syn_received()` and friends). Local ISS 100, peer ISS 300, the
 * textbook profile, time 0, unless told otherwise.
 */
import { type TcpConfig, TEXTBOOK } from '../config';
import { receiveSegment } from '../receive';
import type { SegmentOptions, TcpFlag, TcpSegment } from '../segment';
import { activeOpen, close, passiveOpen } from '../send';
import type { Tcb } from '../tcb';

export const LOCAL_ISS = 100;
export const PEER_ISS = 300;

export function seg(
  fields: { seq: number; ack?: number; flags: TcpFlag[]; payload?: string; window?: number } & {
    options?: SegmentOptions;
  },
): TcpSegment {
  return {
    seq: fields.seq >>> 0,
    ack: (fields.ack ?? 0) >>> 0,
    flags: fields.flags,
    window: fields.window ?? 65535,
    options: fields.options ?? {},
    payload: fields.payload ?? '',
  };
}

/** Feed one segment; returns the next TCB (for building fixtures). */
export function feed(tcb: Tcb, s: TcpSegment, config: TcpConfig = TEXTBOOK, iss = LOCAL_ISS): Tcb {
  return receiveSegment(tcb, s, { now: 0, config, iss }).tcb;
}

export function tcbClosed(): Tcb {
  // A TCB that went CLOSED after a connection: what §3.10.7.1 calls "TCB does not exist".
  return { ...tcbInListen(), state: 'CLOSED' };
}

export function tcbInListen(config: TcpConfig = TEXTBOOK): Tcb {
  return passiveOpen(config, { iss: 0, tsOffset: 0 });
}

export function tcbInSynSent(config: TcpConfig = TEXTBOOK): Tcb {
  return activeOpen(config, { iss: LOCAL_ISS, tsOffset: 0 }, 0).tcb;
}

export function tcbInSynReceived(config: TcpConfig = TEXTBOOK): Tcb {
  return feed(
    tcbInListen(config),
    seg({ seq: PEER_ISS, flags: ['SYN'], options: { mss: 1460 } }),
    config,
  );
}

/** SYN-RECEIVED reached from SYN-SENT: a simultaneous open (RFC 9293 Figure 7), active OPEN. */
export function tcbInSynReceivedActive(config: TcpConfig = TEXTBOOK): Tcb {
  return feed(
    tcbInSynSent(config),
    seg({ seq: PEER_ISS, flags: ['SYN'], options: { mss: 1460 } }),
    config,
  );
}

export function tcbEstablished(config: TcpConfig = TEXTBOOK): Tcb {
  return feed(
    tcbInSynSent(config),
    seg({ seq: PEER_ISS, ack: LOCAL_ISS + 1, flags: ['SYN', 'ACK'], options: { mss: 1460 } }),
    config,
  );
}

export function tcbInFinWait1(): Tcb {
  return close(tcbEstablished(), TEXTBOOK, 0).tcb;
}

export function tcbInFinWait2(): Tcb {
  return feed(tcbInFinWait1(), seg({ seq: PEER_ISS + 1, ack: LOCAL_ISS + 2, flags: ['ACK'] }));
}

export function tcbInCloseWait(): Tcb {
  return feed(
    tcbEstablished(),
    seg({ seq: PEER_ISS + 1, ack: LOCAL_ISS + 1, flags: ['FIN', 'ACK'] }),
  );
}

export function tcbInLastAck(): Tcb {
  return close(tcbInCloseWait(), TEXTBOOK, 0).tcb;
}

export function tcbInClosing(): Tcb {
  return feed(
    tcbInFinWait1(),
    seg({ seq: PEER_ISS + 1, ack: LOCAL_ISS + 1, flags: ['FIN', 'ACK'] }),
  );
}

export function tcbInTimeWait(): Tcb {
  return feed(
    tcbInFinWait2(),
    seg({ seq: PEER_ISS + 1, ack: LOCAL_ISS + 2, flags: ['FIN', 'ACK'] }),
  );
}

/** `FLAGS seq ack` of a segment, absolute numbers, for compact expectations. */
export function brief(s: TcpSegment): string {
  const ack = s.flags.includes('ACK') ? ` ack=${s.ack}` : '';
  const len = s.payload.length > 0 ? ` len=${s.payload.length}` : '';
  return `${s.flags.join(',')} seq=${s.seq}${ack}${len}`;
}
