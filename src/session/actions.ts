/**
 * The application calls, one step each: connect, write a block, send the next
 * segment, close, parse a block, follow a redirect (see `AppAction`).
 */
import type { TcpSegment } from '../tcp/segment';
import {
  activeOpen,
  canSendData,
  closeInPlace,
  nextDataSegmentInPlace,
  sendInPlace,
} from '../tcp/send';
import { unsentOctets } from '../tcp/tcb';
import type { Endpoint, HttpMessageRecord } from '../timeline/types';
import type { AppAction } from './application';
import { draftStep } from './recorder';
import type { Simulation } from './simulation';

export function runAppAction(
  sim: Simulation,
  endpoint: Endpoint,
  connection: number,
  action: AppAction,
): void {
  const end = sim.conn(connection).ends.of(endpoint);
  const app = sim.apps.of(endpoint);
  const step = draftStep('app', 'start', connection, endpoint);
  let segs: readonly TcpSegment[] = [];
  switch (action.kind) {
    case 'connect': {
      const tcb = end.tcb;
      const r = activeOpen(sim.config, { iss: tcb.iss, tsOffset: tcb.tsOffset }, sim.now);
      sim.setTcb(connection, endpoint, r.tcb);
      step.transitions = r.transitions;
      segs = r.out;
      step.reason = 'active-open';
      step.rfc = 'RFC 9293 §3.10.1';
      break;
    }
    case 'write': {
      const record = sim.messages[action.message] as HttpMessageRecord;
      const block = record.blocks[action.block];
      if (!block) throw new Error(`no block ${action.block} in message ${action.message}`);
      const octets = record.bytes.slice(block.start, block.end);
      sendInPlace(end.tcb, octets);
      sim.setTcb(connection, endpoint, end.tcb);
      end.written += octets;
      const span = end.spans.find((s) => s.messageId === record.id);
      if (span) span.length += octets.length;
      sim.recorder.messageStep(step, record, action.block, 'write');
      app.onWritten(sim, connection, action.message, action.block);
      return;
    }
    case 'parse': {
      const record = sim.messages[action.message] as HttpMessageRecord;
      sim.recorder.messageStep(step, record, action.block, 'parse');
      app.onParsed(sim, connection, action.message, action.block);
      return;
    }
    case 'output': {
      end.outputPending = false;
      const r = nextDataSegmentInPlace(end.tcb, sim.config, sim.now);
      if (r === null) return;
      sim.setTcb(connection, endpoint, end.tcb);
      segs = r.out;
      step.reason = 'data-sent';
      step.rfc = 'RFC 9293 §3.10.2';
      break;
    }
    case 'close': {
      const from = end.tcb.state;
      const r = closeInPlace(end.tcb, sim.config, sim.now);
      sim.setTcb(connection, endpoint, end.tcb);
      step.transitions = r.transitions;
      segs = r.out;
      step.reason = from === 'CLOSE-WAIT' ? 'passive-close' : 'active-close';
      step.rfc = 'RFC 9293 §3.10.4';
      break;
    }
    case 'redirect': {
      step.reason = 'redirect-followed';
      step.rfc = 'RFC 9110 §15.4';
      step.detail = { status: action.status, location: action.location };
      sim.recorder.step(step);
      app.onRedirect(sim, connection, action);
      return;
    }
  }
  step.segmentsOut = sim.transmit(endpoint, connection, segs, false);
  sim.recorder.step(step);
  if (action.kind === 'output' || action.kind === 'close') {
    if (canSendData(end.tcb)) sim.kickOutput(connection, endpoint);
    else if (unsentOctets(end.tcb) === 0) app.onDrained(sim, connection);
  }
}
