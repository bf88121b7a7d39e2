/**
 * A timeline as a text sequence diagram: one line per step, the client's
 * state on the left, the server's on the right, and what happened between,
 * with arrows for segments (──▶ client to server, ◀── server to client). For
 * the CLI (`npm run simulate`), handouts, and the snapshot tests.
 */
import type { HttpMessageRecord, Segment, Step, Timeline } from './types';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function padStart(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/** Printable octets: CR and LF as ␍ ␊, other controls as \xNN, long text cut. */
export function visible(octets: string, max = 48): string {
  let out = '';
  for (const ch of octets) {
    const c = ch.charCodeAt(0);
    if (ch === '\r') out += '␍';
    else if (ch === '\n') out += '␊';
    else if (c < 0x20 || c > 0x7e) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

function options(s: Segment): string {
  const o = s.options;
  const parts: string[] = [];
  if (o.mss !== undefined) parts.push(`mss=${o.mss}`);
  if (o.sackPermitted) parts.push('sack');
  if (o.timestamps) parts.push(`ts=${o.timestamps.value}/${o.timestamps.echo}`);
  if (o.windowScale !== undefined) parts.push(`ws=${o.windowScale}`);
  return parts.length > 0 ? ` <${parts.join(' ')}>` : '';
}

/** `#3 PSH,ACK seq=1 ack=1 len=68 win=65535`, relative numbers as Wireshark shows them. */
export function describeSegment(s: Segment, withOptions = true): string {
  const ack = s.flags.includes('ACK') ? ` ack=${s.relAck}` : '';
  const len = s.payloadLength > 0 ? ` len=${s.payloadLength}` : '';
  const extra = s.retransmissionOf !== null ? ` (again #${s.retransmissionOf})` : '';
  const old = s.oldDuplicate ? ' (old duplicate)' : '';
  return `#${s.id} ${s.flags.join(',')} seq=${s.relSeq}${ack}${len} win=${s.window}${withOptions ? options(s) : ''}${extra}${old}`;
}

function arrow(s: Segment): string {
  return s.from === 'client' ? `──▶ ${describeSegment(s)}` : `◀── ${describeSegment(s)}`;
}

function messageText(step: Step, messages: readonly HttpMessageRecord[]): string {
  if (!step.message) return '';
  const record = messages[step.message.messageId];
  const block = record?.blocks[step.message.block];
  if (!record || !block) return '';
  const verb = step.message.direction === 'write' ? 'write' : 'parse';
  return `${verb} ${block.kind} "${visible(record.bytes.slice(block.start, block.end))}"`;
}

function event(step: Step, timeline: Timeline): string {
  const seg = (id: number) => timeline.segments[id] as Segment;
  const parts: string[] = [];
  if (step.kind === 'message') parts.push(messageText(step, timeline.messages));
  else if (step.kind === 'lost' && step.segmentIn !== null) {
    parts.push(`✕ lost ${describeSegment(seg(step.segmentIn), false)}`);
  } else if (step.segmentIn !== null) {
    parts.push(`recv #${step.segmentIn}`);
  }
  for (const id of step.segmentsOut) parts.push(arrow(seg(id)));
  return parts.join('  ');
}

function phase(step: Step): string {
  return `${step.phase.mdn ?? '-'}/${step.phase.sevenStep ?? '-'}`;
}

export function formatTimeline(timeline: Timeline): string {
  const lines: string[] = [];
  const link = timeline.link;
  lines.push(`${timeline.scenario} · ${timeline.profile} · seed ${timeline.seed}`);
  lines.push(
    `client ${timeline.client.address}:${timeline.client.port} ⇄ server ${timeline.server.address}:${timeline.server.port} · ` +
      `link ${link.latencyMs} ms one way, ${link.bitsPerSecond / 1e6} Mbit/s, loss ${link.lossRate}`,
  );
  for (const c of timeline.connections) {
    lines.push(
      `connection ${c.id}: client port ${c.clientPort}, ISN ${c.clientIsn}; server port ${c.serverPort}, ISN ${c.serverIsn}`,
    );
  }
  lines.push('');
  lines.push(
    `${padStart('step', 4)} ${padStart('time ms', 12)} ${pad('phase', 5)} ${pad('at', 6)} ${pad('CLIENT', 13)} ${pad('SERVER', 13)} reason  event`,
  );
  for (const step of timeline.steps) {
    const changed = (e: 'client' | 'server') =>
      step.changes.some((c) => c.endpoint === e) ? '*' : ' ';
    lines.push(
      [
        padStart(String(step.index), 4),
        padStart(step.time.toFixed(3), 12),
        pad(phase(step), 5),
        pad(step.endpoint ?? '-', 6),
        pad(step.states.client + changed('client'), 13),
        pad(step.states.server + changed('server'), 13),
        [step.reason, event(step, timeline)].filter((x) => x !== '').join('  '),
      ].join(' '),
    );
  }
  lines.push('');
  for (const m of timeline.messages) {
    lines.push(
      `message ${m.id}: ${m.kind} from ${m.from}, ${m.bytes.length} octets, ${m.blocks.length} blocks: ${m.startLine}`,
    );
  }
  const o = timeline.outcome;
  lines.push(
    `outcome: client ${o.client}, server ${o.server}${o.note ? ` (${o.note})` : ''} · ${timeline.steps.length - 1} steps, ${timeline.segments.length} segments, ${timeline.durationMs.toFixed(3)} ms`,
  );
  return `${lines.join('\n')}\n`;
}
