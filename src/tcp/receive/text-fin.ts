/**
 * RFC 9293 §3.10.7.4, "Seventh, process the segment text" and "Eighth, check
 * the FIN bit".
 */
import { seqAdd } from '../sequence';
import { move } from '../tcb';
import { enterTimeWait, finAcked } from './ack';
import { because, type Work } from './work';

/** The part of a segment that begins at RCV.NXT (see `trimToRcvNxt`). */
export interface InOrder {
  seq: number;
  payload: string;
  fin: boolean;
}

/**
 * "ESTABLISHED STATE, FIN-WAIT-1 STATE, FIN-WAIT-2 STATE: Once in the ESTABLISHED state, it is
 * possible to deliver segment data to user RECEIVE buffers. [...] Once the TCP endpoint takes
 * responsibility for the data, it advances RCV.NXT over the data accepted, and adjusts RCV.WND
 * as appropriate to the current buffer availability. The total of RCV.NXT and RCV.WND should
 * not be reduced. [...] Send an acknowledgment of the form: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
 * This acknowledgment should be piggybacked on a segment being transmitted if possible without
 * incurring undue delay.
 * CLOSE-WAIT STATE, CLOSING STATE, LAST-ACK STATE, TIME-WAIT STATE: This should not occur since
 * a FIN has been received from the remote side. Ignore the segment text."
 * Simplification: the application reads at once, so RCV.WND never shrinks.
 */
export function checkText(w: Work, part: InOrder): void {
  const tcb = w.tcb;
  if (part.payload.length === 0) return;
  if (!['ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2'].includes(tcb.state)) return;
  tcb.rcvNxt = seqAdd(tcb.rcvNxt, part.payload.length);
  tcb.unackedReceived += part.payload.length;
  tcb.lastDataAt = w.ctx.now;
  w.delivered += part.payload;
  w.ackNeeded = true;
  because(w, 'data-received');
}

/**
 * "Do not process the FIN if the state is CLOSED, LISTEN, or SYN-SENT since the SEG.SEQ cannot
 * be validated; drop the segment and return. If the FIN bit is set, signal the user 'connection
 * closing' and return any pending RECEIVEs with same message, advance RCV.NXT over the FIN, and
 * send an acknowledgment for the FIN."
 */
export function checkFin(w: Work): void {
  const tcb = w.tcb;
  if (tcb.finReceived) return;
  const from = tcb.state;
  tcb.rcvNxt = seqAdd(tcb.rcvNxt, 1);
  tcb.finReceived = true;
  tcb.held = [];
  w.signals.push('fin');
  w.ackNeeded = true;
  const setReason = (r: 'fin-received' | 'simultaneous-fin') => {
    if (w.reason !== 'handshake-ack-received') w.reason = r;
  };
  switch (from) {
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
      // "Enter the CLOSE-WAIT state." (SYN-RECEIVED has become ESTABLISHED in the fifth check.)
      move(tcb, w.transitions, 'rcv-fin');
      setReason('fin-received');
      // Linux enters ping-pong mode here (tcp_fin): the FIN's ACK waits for the application's
      // own FIN or data to carry it.
      if (w.ctx.config.delayedAck?.delayAckOfFin) tcb.pingpong = true;
      break;
    case 'FIN-WAIT-1':
      // "If our FIN has been ACKed (perhaps in this segment), then enter TIME-WAIT, start the
      // time-wait timer, turn off the other timers; otherwise, enter the CLOSING state."
      if (finAcked(tcb)) {
        move(tcb, w.transitions, 'rcv-fin-ack-of-fin');
        enterTimeWait(w);
        setReason('fin-received');
      } else {
        move(tcb, w.transitions, 'rcv-fin');
        setReason('simultaneous-fin');
      }
      w.ackUrgent = true;
      break;
    case 'FIN-WAIT-2':
      // "Enter the TIME-WAIT state. Start the time-wait timer, turn off the other timers."
      move(tcb, w.transitions, 'rcv-fin');
      enterTimeWait(w);
      setReason('fin-received');
      w.ackUrgent = true;
      break;
    default:
      // CLOSE-WAIT, CLOSING, LAST-ACK: "Remain in the ... state"; TIME-WAIT is handled before
      // the first check. A FIN cannot be new in these states (finReceived is already set).
      break;
  }
}
