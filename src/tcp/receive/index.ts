/**
 * SEGMENT ARRIVES (RFC 9293 §3.10.7): one pure function, dispatching on the
 * state as the RFC does. A TCB and a segment in; the next TCB, the segments
 * to send, the state changes and what the application hears out.
 * `receiveSegmentInPlace` does the same to a TCB the caller owns (see tcb.ts).
 */
import type { TcpSegment } from '../segment';
import { type Draft, draftOf, type Tcb } from '../tcb';
import { receiveInClosed } from './closed';
import { receiveInListen } from './listen';
import { receiveInSynSent } from './syn-sent';
import { receiveInSynchronized } from './synchronized';
import type { ReceiveContext, ReceiveResult } from './work';

export type { AppSignal, ReceiveContext, ReceiveResult } from './work';

export function receiveSegment(tcb: Tcb, seg: TcpSegment, ctx: ReceiveContext): ReceiveResult {
  return receiveSegmentInPlace(draftOf(tcb), seg, ctx);
}

/** `receiveSegment` changing `tcb` itself, which is the result's TCB. */
export function receiveSegmentInPlace(
  tcb: Draft,
  seg: TcpSegment,
  ctx: ReceiveContext,
): ReceiveResult {
  switch (tcb.state) {
    case 'CLOSED':
      return receiveInClosed(tcb, seg, ctx);
    case 'LISTEN':
      return receiveInListen(tcb, seg, ctx);
    case 'SYN-SENT':
      return receiveInSynSent(tcb, seg, ctx);
    default:
      return receiveInSynchronized(tcb, seg, ctx);
  }
}
