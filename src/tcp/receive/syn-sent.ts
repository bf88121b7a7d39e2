import { openCongestionWindow } from '../congestion';
import { formReset, formSegment, noteSent } from '../emit';
import { onHandshakeComplete, onNewAck } from '../retransmit';
import { hasFlag, type TcpSegment } from '../segment';
import { seqAdd, seqGt, seqLe } from '../sequence';
import { move, type Tcb } from '../tcb';
import { takeSynOptions } from './options';
import { finish, type ReceiveContext, type ReceiveResult, startWork } from './work';

/**
 * RFC 9293 §3.10.7.3 SYN-SENT STATE, in the RFC's order of checks.
 */
export function receiveInSynSent(before: Tcb, seg: TcpSegment, ctx: ReceiveContext): ReceiveResult {
  const w = startWork(before, seg, ctx, 'RFC 9293 §3.10.7.3');
  const tcb = w.tcb;
  const { config, now } = ctx;

  // "First, check the ACK bit: If the ACK bit is set, If SEG.ACK =< ISS or SEG.ACK > SND.NXT,
  // send a reset (unless the RST bit is set, if so drop the segment and return)
  // <SEQ=SEG.ACK><CTL=RST> and discard the segment. Return. If SND.UNA < SEG.ACK =< SND.NXT,
  // then the ACK is acceptable."
  let ackAcceptable = false;
  if (hasFlag(seg, 'ACK')) {
    if (seqLe(seg.ack, tcb.iss) || seqGt(seg.ack, tcb.sndNxt)) {
      if (hasFlag(seg, 'RST')) return finish(w, { reason: 'segment-discarded', detail: {} });
      // RFC 9293 Figure 8: a SYN,ACK that acknowledges an old duplicate SYN is answered so.
      w.out.push(formReset(seg.ack, null));
      return finish(w, { reason: 'rst-sent', detail: { refusing: 'unacceptable-ack' } });
    }
    ackAcceptable = seqGt(seg.ack, tcb.sndUna);
  }

  // "Second, check the RST bit: If the RST bit is set, If the ACK was acceptable, then signal
  // to the user 'error: connection reset', drop the segment, enter CLOSED state, delete TCB,
  // and return. Otherwise (no ACK), drop the segment and return."
  if (hasFlag(seg, 'RST')) {
    if (!ackAcceptable) return finish(w, { reason: 'segment-discarded', detail: {} });
    move(tcb, w.transitions, 'rcv-rst');
    tcb.rtxDeadline = null;
    w.signals.push('reset');
    return finish(w, { reason: 'rst-received', detail: { refused: true } });
  }

  // "Third, check the security: [...]" Simplification: no security compartments.

  // "Fourth, check the SYN bit: This step should be reached only if the ACK is ok, or there is
  // no ACK, and the segment did not contain a RST. If the SYN bit is on [...], then RCV.NXT is
  // set to SEG.SEQ+1, IRS is set to SEG.SEQ. SND.UNA should be advanced to equal SEG.ACK (if
  // there is an ACK), and any segments on the retransmission queue that are thereby
  // acknowledged should be removed."
  if (hasFlag(seg, 'SYN')) {
    tcb.rcvNxt = seqAdd(seg.seq, 1);
    tcb.irs = seg.seq;
    takeSynOptions(tcb, seg, config);
    tcb.quickAcks = config.delayedAck?.quickAcks ?? 0;
    // "Set the variables: SND.WND <- SEG.WND, SND.WL1 <- SEG.SEQ, SND.WL2 <- SEG.ACK"
    // (RFC 7323 §2.2: the window of a SYN is not scaled.)
    tcb.sndWnd = seg.window;
    tcb.sndWl1 = seg.seq;
    tcb.sndWl2 = seg.ack;
    if (ackAcceptable) {
      tcb.sndUna = seg.ack;
      onNewAck(tcb, now, config);
    }
    // "If SND.UNA > ISS (our SYN has been ACKed), change the connection state to ESTABLISHED,
    // form an ACK segment <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and send it."
    if (seqGt(tcb.sndUna, tcb.iss)) {
      move(tcb, w.transitions, 'rcv-syn-ack');
      onHandshakeComplete(tcb, config);
      openCongestionWindow(tcb, config);
      w.signals.push('established');
      w.ackNeeded = true;
      w.ackUrgent = true;
      // Simplification: data on a SYN,ACK is not delivered (no scenario sends any).
      return finish(w, { reason: 'syn-ack-received', detail: {} });
    }
    // "Otherwise, enter SYN-RECEIVED, form a SYN,ACK segment <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
    // and send it." (Simultaneous open, RFC 9293 Figure 7.)
    move(tcb, w.transitions, 'rcv-syn');
    const synAck = formSegment(tcb, config, now, tcb.iss, ['SYN', 'ACK']);
    // The SYN,ACK repeats our SYN's sequence number: a retransmission of its sequence space.
    noteSent(tcb, synAck, now, true);
    w.out.push(synAck);
    return finish(w, { reason: 'syn-received', detail: { simultaneousOpen: true } });
  }

  // "Fifth, if neither of the SYN or RST bits is set, then drop the segment and return."
  return finish(w, { reason: 'segment-discarded', detail: {} });
}
