import { receiveWindowFor } from '../config';
import { formReset, formSegment, noteSent } from '../emit';
import { hasFlag, type TcpSegment } from '../segment';
import { seqAdd } from '../sequence';
import { move, type Tcb } from '../tcb';
import { takeSynOptions } from './options';
import { finish, type ReceiveContext, type ReceiveResult, startWork } from './work';

/**
 * RFC 9293 §3.10.7.2 LISTEN STATE, in the RFC's order of checks.
 */
export function receiveInListen(before: Tcb, seg: TcpSegment, ctx: ReceiveContext): ReceiveResult {
  const w = startWork(before, seg, ctx, 'RFC 9293 §3.10.7.2');

  // "First, check for a RST: An incoming RST segment could not be valid since it could not
  // have been sent in response to anything sent by this incarnation of the connection. An
  // incoming RST should be ignored. Return."
  if (hasFlag(seg, 'RST')) return finish(w, { reason: 'segment-discarded', detail: {} });

  // "Second, check for an ACK: Any acknowledgment is bad if it arrives on a connection still
  // in the LISTEN state. An acceptable reset segment should be formed for any arriving
  // ACK-bearing segment. The RST should be formatted as follows: <SEQ=SEG.ACK><CTL=RST>
  // Return."
  if (hasFlag(seg, 'ACK')) {
    w.out.push(formReset(seg.ack, null));
    return finish(w, { reason: 'rst-sent', detail: { refusing: 'unacceptable-ack' } });
  }

  // "Third, check for a SYN: If the SYN bit is set, check the security. [...] Set RCV.NXT to
  // SEG.SEQ+1, IRS is set to SEG.SEQ, and any other control or text should be queued for
  // processing later. ISS should be selected and a SYN segment sent of the form:
  // <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> SND.NXT is set to ISS+1 and SND.UNA to ISS. The
  // connection state should be changed to SYN-RECEIVED."
  // Simplification: no security compartments (RFC 9293 §3.10.7.2 lets them be ignored), and
  // data on a SYN is dropped rather than queued (no scenario sends any; TFO is not modelled).
  if (hasFlag(seg, 'SYN')) {
    const tcb = w.tcb;
    tcb.rcvNxt = seqAdd(seg.seq, 1);
    tcb.irs = seg.seq;
    tcb.iss = ctx.iss;
    tcb.sendQueueSeq = seqAdd(ctx.iss, 1);
    takeSynOptions(tcb, seg, ctx.config);
    // The SYN,ACK's window counts the timestamps option if it is in use (see TcpConfig).
    tcb.rcvWnd = receiveWindowFor(ctx.config, ctx.config.mss - (tcb.timestampsOk ? 12 : 0));
    tcb.sndWnd = seg.window; // RFC 7323 §2.2: the window of a SYN is not scaled.
    tcb.sndWl1 = seg.seq;
    tcb.sndWl2 = 0;
    tcb.quickAcks = ctx.config.delayedAck?.quickAcks ?? 0;
    move(tcb, w.transitions, 'rcv-syn');
    tcb.sndUna = tcb.iss;
    tcb.sndNxt = tcb.iss;
    const synAck = formSegment(tcb, ctx.config, ctx.now, tcb.iss, ['SYN', 'ACK']);
    noteSent(tcb, synAck, ctx.now, false);
    w.out.push(synAck);
    return finish(w, { reason: 'syn-received', detail: { simultaneousOpen: false } });
  }

  // "Fourth, other data or control: This should not be reached. Drop the segment and return."
  return finish(w, { reason: 'segment-discarded', detail: {} });
}
