/**
 * Records steps: both endpoints' states after each one, the state changes it
 * made (edges of TCP_TRANSITIONS), and its phase in the seeds' two models.
 */
import { seqDiff } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import type { TcpTransition } from '../tcp/transitions';
import type {
  Endpoint,
  HttpMessageRecord,
  MessageBlock,
  MessageSlice,
  Phase,
  Segment,
  StateChange,
  Step,
  StepKind,
  StepReason,
  TcpFlag,
} from '../timeline/types';
import { CONNECT, NO_PHASE, ofBlock, phaseOfBlock, REDIRECT, REFUSAL, TEARDOWN } from './phase';
import type { Simulation } from './simulation';

export interface StepDraft {
  kind: StepKind;
  reason: StepReason;
  connection: number;
  endpoint: Endpoint | null;
  segmentIn: number | null;
  segmentsOut: number[];
  transitions: readonly TcpTransition[];
  message: Step['message'];
  rfc: string | null;
  detail: Record<string, string | number | boolean>;
}

const NO_TRANSITIONS: readonly TcpTransition[] = [];

/**
 * A draft with every field set, in one order: every step then reaches `step()` in one shape
 * (drafts with optional fields added here and there came in half a dozen, and each read of
 * them was a lookup). Callers fill in what their step has.
 */
export function draftStep(
  kind: StepKind,
  reason: StepReason,
  connection: number,
  endpoint: Endpoint | null,
): StepDraft {
  return {
    kind,
    reason,
    connection,
    endpoint,
    segmentIn: null,
    segmentsOut: [],
    transitions: NO_TRANSITIONS,
    message: null,
    rfc: null,
    detail: {},
  };
}

const CLOSING: readonly TcpState[] = [
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
];

const WRITTEN: Record<'request' | 'response', Record<MessageBlock['kind'], StepReason>> = {
  request: {
    'start-line': 'request-line-written',
    header: 'request-header-written',
    'blank-line': 'request-blank-line-written',
    body: 'request-body-written',
  },
  response: {
    'start-line': 'status-line-written',
    header: 'response-header-written',
    'blank-line': 'response-blank-line-written',
    body: 'response-body-written',
  },
};

const PARSED: Record<'request' | 'response', Record<MessageBlock['kind'], StepReason>> = {
  request: {
    'start-line': 'request-line-parsed',
    header: 'request-header-parsed',
    'blank-line': 'request-blank-line-parsed',
    body: 'request-body-parsed',
  },
  response: {
    'start-line': 'status-line-parsed',
    header: 'response-header-parsed',
    'blank-line': 'response-blank-line-parsed',
    body: 'response-body-parsed',
  },
};

// The tests of phaseOf's rules, as functions rather than closures made for every step.
function anyFlag(segs: readonly Segment[], flag: TcpFlag): boolean {
  for (const seg of segs) if (seg.flags.includes(flag)) return true;
  return false;
}
const isOldDuplicate = (seg: Segment): boolean => seg.oldDuplicate === true;
const isHandshakeDone = (ch: StateChange): boolean =>
  ch.from === 'SYN-RECEIVED' && ch.to === 'ESTABLISHED';
const isClosing = (ch: StateChange): boolean =>
  CLOSING.includes(ch.from) || CLOSING.includes(ch.to);

export class StepRecorder {
  readonly steps: Step[] = [];
  private readonly lastPhase = new Map<number, Phase>();

  constructor(private readonly sim: Simulation) {
    this.steps.push({
      index: 0,
      time: 0,
      kind: 'start',
      reason: 'start',
      connection: 0,
      endpoint: null,
      states: { client: 'CLOSED', server: 'LISTEN' },
      changes: [],
      segmentIn: null,
      segmentsOut: [],
      message: null,
      phase: NO_PHASE,
      rfc: 'RFC 9293 §3.10.1',
      detail: {},
    });
  }

  get count(): number {
    return this.steps.length;
  }

  /**
   * Records a block written or parsed: its reason from the block's kind, and
   * the section that defines the message's form (RFC 9112 §2.1) or how a
   * recipient reads it (§2.2).
   */
  messageStep(
    step: StepDraft,
    record: HttpMessageRecord,
    block: number,
    direction: 'write' | 'parse',
  ): void {
    const b = record.blocks[block];
    step.kind = 'message';
    step.message = { messageId: record.id, block, direction };
    step.reason = ofBlock(record.kind, b?.kind ?? 'body', direction === 'write' ? WRITTEN : PARSED);
    step.rfc = direction === 'write' ? 'RFC 9112 §2.1' : 'RFC 9112 §2.2';
    if (b?.name !== undefined) step.detail.name = b.name;
    this.step(step);
  }

  step(draft: StepDraft): void {
    const c = this.sim.conn(draft.connection);
    const transitions = draft.transitions;
    const endpoint = draft.endpoint;
    const step: Step = {
      index: this.steps.length,
      time: this.sim.now,
      kind: draft.kind,
      reason: draft.reason,
      connection: draft.connection,
      endpoint,
      states: { client: c.ends.client.tcb.state, server: c.ends.server.tcb.state },
      changes: transitions.map((t) => ({
        endpoint: endpoint as Endpoint,
        from: t.from,
        to: t.to,
        transition: t.id,
      })),
      segmentIn: draft.segmentIn,
      segmentsOut: draft.segmentsOut,
      message: draft.message,
      phase: NO_PHASE,
      rfc: draft.rfc,
      detail: draft.detail,
    };
    step.phase = this.phaseOf(step);
    this.lastPhase.set(step.connection, step.phase);
    this.steps.push(step);
  }

  /** The rules are listed in phase.ts. */
  private phaseOf(step: Step): Phase {
    if (step.message) {
      const record = this.sim.messages[step.message.messageId] as HttpMessageRecord;
      const block = record.blocks[step.message.block];
      return phaseOfBlock(record.kind, block?.kind ?? 'body');
    }
    if (step.reason === 'active-open') return CONNECT;
    if (step.reason === 'active-close' || step.reason === 'passive-close') return TEARDOWN;
    if (step.reason === 'redirect-followed') return REDIRECT;
    const segs: Segment[] = [];
    if (step.segmentIn !== null) segs.push(this.sim.segments[step.segmentIn] as Segment);
    for (const id of step.segmentsOut) segs.push(this.sim.segments[id] as Segment);
    for (const seg of segs) {
      // Most segments carry nothing: `carries[-1]` would then look up a property named "-1",
      // which V8 does the slow way (a megamorphic read), at nearly every step.
      if (seg.carries.length === 0) continue;
      const last = seg.carries[seg.carries.length - 1] as MessageSlice;
      return this.phaseOfOctet(last.messageId, last.end - 1);
    }
    if (anyFlag(segs, 'RST') || segs.some(isOldDuplicate)) {
      const previous = this.previousPhase(step.connection);
      return previous.mdn === null || previous.mdn === 1 ? REFUSAL : NO_PHASE;
    }
    if (anyFlag(segs, 'SYN') || step.changes.some(isHandshakeDone)) return CONNECT;
    if (anyFlag(segs, 'FIN') || step.changes.some(isClosing)) return TEARDOWN;
    if (step.reason === 'time-wait-expired') return TEARDOWN;
    for (const seg of segs) {
      if (!seg.flags.includes('ACK')) continue;
      const acked = this.ackedOctet(step.connection, seg);
      if (acked === 'fin') return TEARDOWN;
      if (acked) return this.phaseOfOctet(acked.messageId, acked.offset);
    }
    return this.previousPhase(step.connection);
  }

  private previousPhase(connection: number): Phase {
    return this.lastPhase.get(connection) ?? NO_PHASE;
  }

  private phaseOfOctet(messageId: number, offset: number): Phase {
    const record = this.sim.messages[messageId] as HttpMessageRecord;
    const block = record.blocks.find((b) => b.start <= offset && offset < b.end);
    return phaseOfBlock(record.kind, block?.kind ?? 'body');
  }

  /** The last message octet an ACK acknowledges, 'fin' if it acknowledges a FIN, or null. */
  private ackedOctet(
    connection: number,
    seg: Segment,
  ): { messageId: number; offset: number } | 'fin' | null {
    const end = this.sim.conn(connection).ends.of(seg.to);
    const peer = end.tcb;
    const acked = seqDiff(seg.ack, (peer.iss + 1) >>> 0);
    if (acked <= 0) return null;
    if (peer.finSeq !== null && seqDiff(seg.ack, peer.finSeq) > 0) return 'fin';
    const spans = end.spans;
    const span = spans.find((s) => s.offset < acked && acked <= s.offset + s.length);
    return span ? { messageId: span.messageId, offset: acked - 1 - span.offset } : null;
  }
}
