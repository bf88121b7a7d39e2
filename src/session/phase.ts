/**
 * Which phase of a session a step belongs to, in both of the sources' models
 * (docs/sources.md): MDN's three phases (1 connect, 2 request, 3 response;
 * null for the teardown, which MDN does not count) and the seven steps of the
 * Chinese articles (1 TCP connect, 2 request line, 3 request headers, blank
 * line and body, 4 status line, 5 response headers and blank line, 6 response
 * body, 7 close).
 *
 * Rules, in order (the first that applies wins):
 * 1. A message step: the block's phase.
 * 2. An app call: connect → 1/1, close → teardown (null/7), redirect → 2/null.
 * 3. A step whose segment carries message octets: the phase of the last block it carries.
 * 4. A RST, or the old duplicate SYN of Figure 8, during the opening (the connection's previous
 *    step was of it, or it has none): 1/null (no step fits); at any other time none.
 * 5. A SYN in or out, or SYN-RECEIVED → ESTABLISHED: 1/1.
 * 6. A FIN in or out, an ACK of a FIN, a closing state entered, TIME-WAIT's timer: null/7.
 * 7. An ACK of message octets: the phase of the last block it acknowledges.
 * 8. Otherwise the phase of the connection's previous step.
 */
import { seqDiff } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import { BLOCK_PHASES } from '../timeline/blocks';
import { stepSegments } from '../timeline/steps';
import type {
  HttpMessageRecord,
  Phase,
  Segment,
  StepCommon,
  StepReason,
  TcpFlag,
} from '../timeline/types';
import type { Conn } from './connection';

// One object per phase, shared by the steps that have it.
export const NO_PHASE: Phase = { mdn: null, sevenStep: null };
export const CONNECT: Phase = { mdn: 1, sevenStep: 1 };
export const TEARDOWN: Phase = { mdn: null, sevenStep: 7 };
export const REFUSAL: Phase = { mdn: 1, sevenStep: null };
export const REDIRECT: Phase = { mdn: 2, sevenStep: null };

const CLOSING: readonly TcpState[] = [
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
];

/** What the rules read besides the step itself. */
export interface PhaseContext {
  readonly segments: readonly Segment[];
  readonly messages: readonly HttpMessageRecord[];
  /** The step's connection after the step: each end's TCB and byte stream (rule 7). */
  readonly conn: Conn;
  /** The phase of the connection's previous step (rules 4 and 8); null if it has none. */
  readonly previous: Phase | null;
}

/** What the rules read of a step: all but its phase. */
export type PhaseInput = Pick<StepCommon, 'message' | 'segmentIn' | 'segmentsOut' | 'changes'> & {
  reason: StepReason;
};

export function phaseOf(step: PhaseInput, ctx: PhaseContext): Phase {
  // 1.
  if (step.message) {
    const record = ctx.messages[step.message.messageId] as HttpMessageRecord;
    return BLOCK_PHASES[record.kind][record.blocks[step.message.block]?.kind ?? 'body'];
  }
  // 2.
  if (step.reason === 'active-open') return CONNECT;
  if (step.reason === 'active-close' || step.reason === 'passive-close') return TEARDOWN;
  if (step.reason === 'redirect-followed') return REDIRECT;
  const segs = stepSegments(step).map((id) => ctx.segments[id] as Segment);
  const any = (flag: TcpFlag) => segs.some((seg) => seg.flags.includes(flag));
  // 3.
  const carrying = segs.find((seg) => seg.carries.length > 0);
  const last = carrying?.carries.at(-1);
  if (last) return phaseOfOctet(ctx, last.messageId, last.end - 1);
  // 4.
  if (any('RST') || segs.some((seg) => seg.oldDuplicate === true)) {
    return ctx.previous === null || ctx.previous.mdn === 1 ? REFUSAL : NO_PHASE;
  }
  // 5.
  const handshakeDone = step.changes.some(
    (c) => c.from === 'SYN-RECEIVED' && c.to === 'ESTABLISHED',
  );
  if (any('SYN') || handshakeDone) return CONNECT;
  // 6.
  const closing = step.changes.some((c) => CLOSING.includes(c.from) || CLOSING.includes(c.to));
  if (any('FIN') || closing || step.reason === 'time-wait-expired') return TEARDOWN;
  // 7.
  for (const seg of segs) {
    if (!seg.flags.includes('ACK')) continue;
    const acked = ackedOctet(ctx.conn, seg);
    if (acked === 'fin') return TEARDOWN;
    if (acked) return phaseOfOctet(ctx, acked.messageId, acked.offset);
  }
  // 8.
  return ctx.previous ?? NO_PHASE;
}

function phaseOfOctet(ctx: PhaseContext, messageId: number, offset: number): Phase {
  const record = ctx.messages[messageId] as HttpMessageRecord;
  const block = record.blocks.find((b) => b.start <= offset && offset < b.end);
  return BLOCK_PHASES[record.kind][block?.kind ?? 'body'];
}

/** The last message octet an ACK acknowledges, 'fin' if it acknowledges a FIN, or null. */
function ackedOctet(
  conn: Conn,
  seg: Segment,
): { messageId: number; offset: number } | 'fin' | null {
  // The ACK acknowledges what its receiver sent: that end's byte stream.
  const end = conn.ends[seg.to];
  const acked = seqDiff(seg.ack, (end.tcb.iss + 1) >>> 0);
  if (acked <= 0) return null;
  if (end.tcb.finSeq !== null && seqDiff(seg.ack, end.tcb.finSeq) > 0) return 'fin';
  const span = end.spans.find((s) => s.offset < acked && acked <= s.offset + s.length);
  return span ? { messageId: span.messageId, offset: acked - 1 - span.offset } : null;
}
