/**
 * Hand-built timelines for component tests: small, readable, and independent
 * of the simulator, so that a view test fails only when the view is wrong.
 * Sequence numbers follow RFC 9293 §3.4 (SYN and FIN take one number each).
 */
import type {
  Endpoint,
  HttpMessageRecord,
  MessageBlock,
  Phase,
  Segment,
  Step,
  StepReason,
  TcpFlag,
  TcpState,
  Timeline,
} from '../model';

const CRLF = '\r\n';

interface StepInput {
  reason: StepReason;
  kind?: Step['kind'];
  endpoint?: Endpoint | null;
  time: number;
  changes?: { endpoint: Endpoint; to: TcpState; transition: string }[];
  segmentIn?: number | null;
  segmentsOut?: number[];
  message?: Step['message'];
  phase?: Phase;
  rfc?: string | null;
  detail?: Step['detail'];
}

export class TimelineBuilder {
  readonly segments: Segment[] = [];
  readonly messages: HttpMessageRecord[] = [];
  readonly steps: Step[] = [];
  private states: Record<Endpoint, TcpState> = { client: 'CLOSED', server: 'LISTEN' };
  private nextSeq: Record<Endpoint, number> = { client: 0, server: 0 };
  private isn: Record<Endpoint, number> = { client: 1000, server: 5000 };

  constructor(readonly latency = 20) {
    this.steps.push(this.makeStep({ reason: 'start', kind: 'start', time: 0, endpoint: null }));
  }

  /** An HTTP message from its lines (without CRLF) and an optional body. */
  message(kind: 'request' | 'response', lines: string[], body = ''): HttpMessageRecord {
    const blocks: MessageBlock[] = [];
    let bytes = '';
    lines.forEach((line, i) => {
      const start = bytes.length;
      bytes += line + CRLF;
      if (i === 0) blocks.push({ kind: 'start-line', start, end: bytes.length });
      else {
        const colon = line.indexOf(':');
        blocks.push({
          kind: 'header',
          start,
          end: bytes.length,
          name: line.slice(0, colon),
          value: line.slice(colon + 1).trim(),
        });
      }
    });
    blocks.push({ kind: 'blank-line', start: bytes.length, end: bytes.length + 2 });
    bytes += CRLF;
    if (body) {
      blocks.push({ kind: 'body', start: bytes.length, end: bytes.length + body.length });
      bytes += body;
    }
    const record: HttpMessageRecord = {
      id: this.messages.length,
      kind,
      from: kind === 'request' ? 'client' : 'server',
      connection: 0,
      bytes,
      blocks,
      startLine: lines[0] ?? '',
    };
    this.messages.push(record);
    return record;
  }

  /** A segment leaving `from` at `time`; returns its id. */
  segment(
    from: Endpoint,
    flags: TcpFlag[],
    time: number,
    options: { payload?: string; carries?: Segment['carries']; lost?: boolean } = {},
  ): number {
    const to: Endpoint = from === 'client' ? 'server' : 'client';
    const payload = options.payload ?? '';
    const segLen =
      payload.length + (flags.includes('SYN') ? 1 : 0) + (flags.includes('FIN') ? 1 : 0);
    const relSeq = this.nextSeq[from];
    const relAck = flags.includes('ACK') ? this.nextSeq[to] : 0;
    this.nextSeq[from] += segLen;
    const id = this.segments.length;
    this.segments.push({
      id,
      from,
      to,
      srcPort: from === 'client' ? 50000 : 80,
      dstPort: from === 'client' ? 80 : 50000,
      flags,
      seq: this.isn[from] + relSeq,
      ack: flags.includes('ACK') ? this.isn[to] + relAck : 0,
      relSeq,
      relAck,
      segLen,
      payloadLength: payload.length,
      window: 65535,
      options: flags.includes('SYN') ? { mss: 1460 } : {},
      payload,
      carries: options.carries ?? [],
      sentAt: time,
      arrivesAt: options.lost ? null : time + this.latency,
      lostAt: options.lost ? time + this.latency / 2 : null,
      retransmissionOf: null,
    });
    return id;
  }

  step(input: StepInput): Step {
    const changes = (input.changes ?? []).map((c) => ({
      endpoint: c.endpoint,
      from: this.states[c.endpoint],
      to: c.to,
      transition: c.transition,
    }));
    for (const c of changes) this.states[c.endpoint] = c.to;
    const step = this.makeStep(input, changes);
    this.steps.push(step);
    return step;
  }

  private makeStep(input: StepInput, changes: Step['changes'] = []): Step {
    return {
      index: this.steps.length,
      time: input.time,
      kind: input.kind ?? 'receive',
      reason: input.reason,
      connection: 0,
      endpoint: input.endpoint === undefined ? null : input.endpoint,
      states: { ...this.states },
      changes,
      segmentIn: input.segmentIn ?? null,
      segmentsOut: input.segmentsOut ?? [],
      message: input.message ?? null,
      phase: input.phase ?? { mdn: null, seven: null },
      rfc: input.rfc ?? null,
      detail: input.detail ?? {},
    };
  }

  build(scenario = 'fixture'): Timeline {
    const last = this.steps[this.steps.length - 1];
    return {
      version: 1,
      scenario,
      profile: 'textbook',
      seed: 1,
      client: { address: '192.0.2.10', port: 50000 },
      server: { address: '198.51.100.80', port: 80 },
      link: { latencyMs: this.latency, bitsPerSecond: 10_000_000, lossRate: 0 },
      connections: [{ id: 0, clientPort: 50000, serverPort: 80, clientIsn: 1000, serverIsn: 5000 }],
      segments: this.segments,
      messages: this.messages,
      steps: this.steps,
      durationMs: last?.time ?? 0,
      outcome: { client: this.states.client, server: this.states.server, note: null },
    };
  }
}
