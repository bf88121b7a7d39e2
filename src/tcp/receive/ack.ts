/**
 * RFC 9293 §3.10.7.4, "Fifth, check the ACK field", state by state.
 */
import {
  isDuplicateAck,
  onDuplicateAck,
  onNewDataAcked,
  openCongestionWindow,
} from '../congestion';
import { noteSent } from '../emit';
import { earliestUnacked, onHandshakeComplete, onNewAck } from '../retransmit';
import { hasFlag } from '../segment';
import { seqAdd, seqDiff, seqGt, seqLe, seqLt } from '../sequence';
import { type Draft, move } from '../tcb';
import { because, sendInvalidAck, type Work } from './work';

/** Our FIN has been sent and SND.UNA is past it. */
export function finAcked(tcb: Draft): boolean {
  return tcb.finSeq !== null && seqGt(tcb.sndUna, tcb.finSeq);
}

/**
 * "If SND.UNA < SEG.ACK =< SND.NXT, then set SND.UNA <- SEG.ACK. Any segments on the
 * retransmission queue that are thereby entirely acknowledged are removed."
 * An ACK of new data grows the congestion window (RFC 5681 §3.1), or ends fast recovery (§3.2
 * step 6, `congestion.ts`).
 * Returns whether new data was acknowledged.
 */
function advanceUna(w: Work): boolean {
  const tcb = w.tcb;
  const ack = w.seg.ack;
  if (!(seqLt(tcb.sndUna, ack) && seqLe(ack, tcb.sndNxt))) return false;
  const before = tcb.sndUna;
  tcb.sndUna = ack;
  const ackedData = Math.min(seqDiff(ack, tcb.sendQueueSeq), tcb.sendQueue.length);
  if (ackedData > 0) {
    tcb.sendQueue = tcb.sendQueue.slice(ackedData);
    tcb.sendQueueSeq = seqAdd(tcb.sendQueueSeq, ackedData);
  }
  w.acked = seqDiff(ack, before);
  w.cwnd = onNewDataAcked(tcb, ackedData, w.ctx.config);
  onNewAck(tcb, w.ctx.now, w.ctx.config);
  return true;
}

/**
 * "If SND.UNA =< SEG.ACK =< SND.NXT, the send window should be updated. If (SND.WL1 < SEG.SEQ
 * or (SND.WL1 = SEG.SEQ and SND.WL2 =< SEG.ACK)), set SND.WND <- SEG.WND, set SND.WL1 <-
 * SEG.SEQ, and set SND.WL2 <- SEG.ACK." (RFC 7323 §2.3: SEG.WND is scaled by the peer's shift.)
 */
function updateWindow(w: Work): void {
  const tcb = w.tcb;
  const seg = w.seg;
  if (!(seqLe(tcb.sndUna, seg.ack) && seqLe(seg.ack, tcb.sndNxt))) return;
  if (seqLt(tcb.sndWl1, seg.seq) || (tcb.sndWl1 === seg.seq && seqLe(tcb.sndWl2, seg.ack))) {
    tcb.sndWnd = seg.window << tcb.sndWndShift;
    tcb.sndWl1 = seg.seq;
    tcb.sndWl2 = seg.ack;
  }
}

/**
 * The ESTABLISHED processing that the other states build on. "If the ACK is a duplicate
 * (SEG.ACK =< SND.UNA), it can be ignored. If the ACK acks something not yet sent (SEG.ACK >
 * SND.NXT), then send an ACK, drop the segment, and return."
 * Simplification: Linux sends that ACK (a challenge ACK, throttled) from FIN-WAIT-1 and the
 * later states only (tcp_rcv_state_process → tcp_send_challenge_ack); in ESTABLISHED it drops
 * the segment unanswered (tcp_ack's SKB_DROP_REASON_TCP_ACK_UNSENT_DATA).
 */
function establishedAck(w: Work): 'stop' | 'continue' {
  const tcb = w.tcb;
  if (seqGt(w.seg.ack, tcb.sndNxt)) {
    if (!sendInvalidAck(w, 'unsent-ack')) because(w, 'ack-throttled');
    return 'stop';
  }
  const duplicate = isDuplicateAck(tcb, w.seg);
  w.duplicateAck = duplicate;
  const advanced = advanceUna(w);
  updateWindow(w);
  if (duplicate && onDuplicateAck(tcb, w.ctx.config)) fastRetransmit(w);
  else if (!advanced && w.seg.payload.length === 0 && !hasFlag(w.seg, 'FIN')) {
    because(w, 'duplicate-ack-received');
  }
  return 'continue';
}

/**
 * RFC 5681 §3.2: "3. The lost segment starting at SND.UNA MUST be retransmitted" on the third
 * duplicate ACK, without waiting for the retransmission timer, which runs on (RFC 6298 §5.3
 * restarts it only on an ACK of new data) and is not backed off. Karn's algorithm: no RTT sample
 * from a retransmission; the segment being timed, whose ACK now waits for the resent one, is
 * timed no more (4.4BSD's tcp_input clears t_rtt here too).
 */
function fastRetransmit(w: Work): void {
  const tcb = w.tcb;
  const { config, now } = w.ctx;
  const seg = earliestUnacked(tcb, config, now);
  // A duplicate ACK needs outstanding data (`isDuplicateAck`): there is always a segment.
  if (seg === null) return;
  tcb.rttProbe = null;
  noteSent(tcb, seg, now, true);
  w.out.push(seg);
  w.rfc = 'RFC 5681 §3.2';
  because(w, 'fast-retransmit');
}

/**
 * "if the ACK bit is off, drop the segment and return; if the ACK bit is on, [...]"
 * `finComing`: this segment also carries the peer's FIN in order, so that FIN-WAIT-1 can
 * take the one edge "rcv FIN, ACK of FIN" to TIME-WAIT in the eighth check.
 */
export function checkAck(w: Work, finComing: boolean): 'stop' | 'continue' {
  const tcb = w.tcb;
  const seg = w.seg;
  if (!hasFlag(seg, 'ACK')) {
    because(w, 'segment-discarded');
    return 'stop';
  }
  switch (tcb.state) {
    case 'SYN-RECEIVED': {
      // "If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED state and continue processing
      // with the variables below set to: SND.WND <- SEG.WND, SND.WL1 <- SEG.SEQ, SND.WL2 <-
      // SEG.ACK. If the segment acknowledgment is not acceptable, form a reset segment
      // <SEQ=SEG.ACK><CTL=RST> and send it."
      if (!(seqLt(tcb.sndUna, seg.ack) && seqLe(seg.ack, tcb.sndNxt))) {
        w.out.push({ seq: seg.ack, ack: 0, flags: ['RST'], window: 0, options: {}, payload: '' });
        because(w, 'rst-sent');
        return 'stop';
      }
      move(tcb, w.transitions, 'rcv-ack-of-syn');
      tcb.sndWnd = seg.window << tcb.sndWndShift;
      tcb.sndWl1 = seg.seq;
      tcb.sndWl2 = seg.ack;
      w.signals.push('established');
      because(w, 'handshake-ack-received');
      advanceUna(w);
      onHandshakeComplete(tcb, w.ctx.config);
      openCongestionWindow(tcb, w.ctx.config);
      return 'continue';
    }
    case 'ESTABLISHED':
    case 'CLOSE-WAIT':
      // CLOSE-WAIT: "Do the same processing as for the ESTABLISHED state."
      if (establishedAck(w) === 'stop') return 'stop';
      if (w.acked > 0) because(w, 'ack-received');
      return 'continue';
    case 'FIN-WAIT-1':
      // "In addition to the processing for the ESTABLISHED state, if the FIN segment is now
      // acknowledged, then enter FIN-WAIT-2 and continue processing in that state."
      if (establishedAck(w) === 'stop') return 'stop';
      if (finAcked(tcb) && !finComing) {
        move(tcb, w.transitions, 'rcv-ack-of-fin');
        because(w, 'fin-acked');
      }
      return 'continue';
    case 'FIN-WAIT-2':
      // "In addition to the processing for the ESTABLISHED state, if the retransmission queue is
      // empty, the user's CLOSE can be acknowledged ("ok") but do not delete the TCB."
      return establishedAck(w);
    case 'CLOSING':
      // "In addition to the processing for the ESTABLISHED state, if the ACK acknowledges our
      // FIN, then enter the TIME-WAIT state; otherwise, ignore the segment."
      if (establishedAck(w) === 'stop') return 'stop';
      if (!finAcked(tcb)) return 'stop';
      move(tcb, w.transitions, 'rcv-ack-of-fin');
      enterTimeWait(w);
      because(w, 'fin-acked');
      return 'continue';
    case 'LAST-ACK':
      // "The only thing that can arrive in this state is an acknowledgment of our FIN. If our FIN
      // is now acknowledged, delete the TCB, enter the CLOSED state, and return."
      if (establishedAck(w) === 'stop') return 'stop';
      if (finAcked(tcb)) {
        move(tcb, w.transitions, 'rcv-ack-of-fin');
        tcb.rtxDeadline = null;
        tcb.delackDeadline = null;
        w.signals.push('closed');
        because(w, 'last-ack-received');
      }
      return 'stop';
    case 'TIME-WAIT':
      // "The only thing that can arrive in this state is a retransmission of the remote FIN.
      // Acknowledge it, and restart the 2 MSL timeout." (Handled before the first check.)
      return 'stop';
    default:
      throw new Error(`fifth check reached in ${tcb.state}`);
  }
}

/** "Enter the TIME-WAIT state. Start the time-wait timer, turn off the other timers." */
export function enterTimeWait(w: Work): void {
  const tcb = w.tcb;
  tcb.timeWaitDeadline = w.ctx.now + 2 * w.ctx.config.mslMs;
  tcb.rtxDeadline = null;
  tcb.delackDeadline = null;
  w.timeWaitMs = 2 * w.ctx.config.mslMs;
}
