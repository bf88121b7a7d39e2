/**
 * Records steps: why each happened (its outcome), both endpoints' states after
 * it, the state changes it made (edges of TCP_TRANSITIONS) and its phase in
 * the sources' two models (phase.ts).
 */
import type { TcpTransition } from '../tcp/transitions';
import { BLOCK_PARSED, BLOCK_WRITTEN } from '../timeline/blocks';
import {
  type Endpoint,
  type HttpMessageRecord,
  INITIAL_STATES,
  type Outcome,
  type Phase,
  type Segment,
  type Step,
  type StepKind,
} from '../timeline/types';
import type { Conn } from './connection';
import { NO_PHASE, phaseOf } from './phase';

/** What the recorder reads of the simulation. */
export interface RecordedWorld {
  readonly now: number;
  readonly segments: readonly Segment[];
  readonly messages: readonly HttpMessageRecord[];
  conn(id: number): Conn;
}

/** What the simulation knows of a step besides its outcome. */
export interface StepFacts {
  kind: StepKind;
  connection: number;
  /** Where it happens; null for a loss in the network. */
  endpoint: Endpoint | null;
  /** The segment the step receives or drops. */
  segmentIn?: number | null;
  /** The segments the step sends. */
  segmentsOut?: number[];
  /** The edges of TCP_TRANSITIONS the step took, at `endpoint`. */
  transitions?: readonly TcpTransition[];
  rfc: string | null;
}

export class StepRecorder {
  readonly steps: Step[] = [];
  private readonly lastPhase = new Map<number, Phase>();

  constructor(private readonly world: RecordedWorld) {
    this.steps.push({
      index: 0,
      time: 0,
      kind: 'start',
      reason: 'start',
      detail: {},
      connection: 0,
      endpoint: null,
      states: { ...INITIAL_STATES },
      changes: [],
      segmentIn: null,
      segmentsOut: [],
      message: null,
      phase: NO_PHASE,
      rfc: 'RFC 9293 §3.10.1',
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
    connection: number,
    endpoint: Endpoint,
    record: HttpMessageRecord,
    block: number,
    direction: 'write' | 'parse',
  ): void {
    const blockKind = record.blocks[block]?.kind ?? 'body';
    const reason = (direction === 'write' ? BLOCK_WRITTEN : BLOCK_PARSED)[record.kind][blockKind];
    this.record(
      {
        kind: 'message',
        connection,
        endpoint,
        rfc: direction === 'write' ? 'RFC 9112 §2.1' : 'RFC 9112 §2.2',
      },
      { reason, detail: {} },
      { messageId: record.id, block, direction },
    );
  }

  record(facts: StepFacts, outcome: Outcome, message: Step['message'] = null): void {
    const c = this.world.conn(facts.connection);
    const endpoint = facts.endpoint;
    const segmentIn = facts.segmentIn ?? null;
    const segmentsOut = facts.segmentsOut ?? [];
    // A step's state changes are all at its own endpoint.
    const changes = (facts.transitions ?? []).map((edge) => ({
      endpoint: endpoint as Endpoint,
      from: edge.from,
      to: edge.to,
      event: edge.event,
      transition: edge.id,
    }));
    const phase = phaseOf(
      { reason: outcome.reason, message, segmentIn, segmentsOut, changes },
      {
        segments: this.world.segments,
        messages: this.world.messages,
        conn: c,
        previous: this.lastPhase.get(facts.connection) ?? null,
      },
    );
    this.lastPhase.set(facts.connection, phase);
    this.steps.push({
      index: this.steps.length,
      time: this.world.now,
      kind: facts.kind,
      ...outcome,
      connection: facts.connection,
      endpoint,
      states: { client: c.ends.client.tcb.state, server: c.ends.server.tcb.state },
      changes,
      segmentIn,
      segmentsOut,
      message,
      phase,
      rfc: facts.rfc,
    });
  }
}
