import { formReset } from '../emit';
import { hasFlag, segLen, type TcpSegment } from '../segment';
import { seqAdd } from '../sequence';
import type { Tcb } from '../tcb';
import { finish, type ReceiveContext, type ReceiveResult, startWork } from './work';

/**
 * RFC 9293 §3.10.7.1 CLOSED STATE:
 *
 * "If the state is CLOSED (i.e., TCB does not exist), then all data in the
 * incoming segment is discarded. An incoming segment containing a RST is
 * discarded. An incoming segment not containing a RST causes a RST to be sent
 * in response. The acknowledgment and sequence field values are selected to
 * make the reset sequence acceptable to the TCP endpoint that sent the
 * offending segment.
 *
 * If the ACK bit is off, sequence number zero is used,
 *   <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>
 * If the ACK bit is on,
 *   <SEQ=SEG.ACK><CTL=RST>
 * Return."
 */
export function receiveInClosed(tcb: Tcb, seg: TcpSegment, ctx: ReceiveContext): ReceiveResult {
  const w = startWork(tcb, seg, ctx, 'RFC 9293 §3.10.7.1');
  if (hasFlag(seg, 'RST')) return finish(w, { reason: 'segment-discarded', detail: {} });
  w.out.push(
    hasFlag(seg, 'ACK') ? formReset(seg.ack, null) : formReset(0, seqAdd(seg.seq, segLen(seg))),
  );
  return finish(w, { reason: 'rst-sent', detail: { refusing: 'no-connection' } });
}
