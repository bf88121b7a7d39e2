/**
 * SEGMENT ARRIVES (RFC 9293 §3.10.7): one pure function, dispatching on the
 * state as the RFC does. A TCB and a segment in; the next TCB, the segments
 * to send, the state changes, what the application hears and a named outcome
 * out.
 */
import type { TcpSegment } from '../segment';
import type { Tcb } from '../tcb';
import { receiveInClosed } from './closed';
import { receiveInListen } from './listen';
import { receiveInSynSent } from './syn-sent';
import { receiveInSynchronized } from './synchronized';
import type { ReceiveContext, ReceiveResult } from './work';

export type { AppSignal, ReceiveContext, ReceiveOutcome, ReceiveResult } from './work';

export function receiveSegment(tcb: Tcb, seg: TcpSegment, ctx: ReceiveContext): ReceiveResult {
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
