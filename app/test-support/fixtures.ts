/**
 * A GET in the shape the simulator gives: handshake, the request block by
 * block in one segment, the response, the four-way teardown; and a variant
 * whose request is lost once and retransmitted.
 */
import type { Timeline } from '../model';
import { TimelineBuilder } from './timelineBuilder';

export function getFixture(options: { lose?: boolean } = {}): Timeline {
  const b = new TimelineBuilder(20);
  const req = b.message('request', [
    'GET / HTTP/1.1',
    'Host: developer.mozilla.org',
    'Accept-Language: fr',
  ]);
  const res = b.message(
    'response',
    ['HTTP/1.1 200 OK', 'Content-Type: text/html; charset=utf-8', 'Content-Length: 13'],
    '<p>Salut</p>\n',
  );
  const c = (from: number) => ({ phase: { mdn: 1 as const, seven: 1 as const }, time: from });

  const syn = b.segment('client', ['SYN'], 1);
  b.step({
    ...c(1),
    reason: 'active-open',
    kind: 'app',
    endpoint: 'client',
    changes: [{ endpoint: 'client', to: 'SYN-SENT', transition: 'CLOSED--active-open' }],
    segmentsOut: [syn],
    rfc: 'RFC 9293 §3.10.1',
  });
  const synAck = b.segment('server', ['SYN', 'ACK'], 21);
  b.step({
    ...c(21),
    reason: 'syn-received',
    endpoint: 'server',
    segmentIn: syn,
    segmentsOut: [synAck],
    changes: [{ endpoint: 'server', to: 'SYN-RECEIVED', transition: 'LISTEN--rcv-syn' }],
    rfc: 'RFC 9293 §3.10.7.2',
  });
  const ack = b.segment('client', ['ACK'], 41);
  b.step({
    ...c(41),
    reason: 'syn-ack-received',
    endpoint: 'client',
    segmentIn: synAck,
    segmentsOut: [ack],
    changes: [{ endpoint: 'client', to: 'ESTABLISHED', transition: 'SYN-SENT--rcv-syn-ack' }],
    rfc: 'RFC 9293 §3.10.7.3',
  });
  const reasons = ['request-line-written', 'request-header-written', 'request-header-written'];
  req.blocks.forEach((_, block) => {
    b.step({
      time: 41,
      kind: 'message',
      reason:
        block === req.blocks.length - 1
          ? 'request-blank-line-written'
          : (reasons[block] as 'request-header-written'),
      endpoint: 'client',
      message: { messageId: req.id, block, direction: 'write' },
      phase: { mdn: 2, seven: block === 0 ? 2 : 3 },
      rfc: 'RFC 9112 §3',
    });
  });
  const carries = [{ messageId: req.id, start: 0, end: req.bytes.length }];
  let data = b.segment('client', ['PSH', 'ACK'], 41, {
    payload: req.bytes,
    carries,
    lost: options.lose,
  });
  b.step({
    time: 41,
    kind: 'app',
    reason: 'data-sent',
    endpoint: 'client',
    segmentsOut: [data],
    phase: { mdn: 2, seven: 3 },
  });
  b.step({
    time: 61,
    reason: 'handshake-ack-received',
    endpoint: 'server',
    segmentIn: ack,
    changes: [
      { endpoint: 'server', to: 'ESTABLISHED', transition: 'SYN-RECEIVED--rcv-ack-of-syn' },
    ],
    phase: { mdn: 1, seven: 1 },
    rfc: 'RFC 9293 §3.10.7.4',
  });
  let at = 61;
  if (options.lose) {
    b.step({
      time: 51,
      kind: 'lost',
      reason: 'segment-lost',
      endpoint: null,
      segmentIn: data,
      phase: { mdn: 2, seven: 3 },
    });
    const first = data;
    data = b.segment('client', ['PSH', 'ACK'], 1041, { payload: req.bytes, carries });
    const seg = b.segments[data];
    if (seg) {
      seg.retransmissionOf = first;
      seg.relSeq = 1;
      seg.seq = 1001;
    }
    b.step({
      time: 1041,
      kind: 'timer',
      reason: 'retransmission-timeout',
      endpoint: 'client',
      segmentsOut: [data],
      detail: { rto: 1000 },
      phase: { mdn: 2, seven: 3 },
      rfc: 'RFC 6298 §5',
    });
    at = 1061;
  }
  const reqAck = b.segment('server', ['ACK'], at);
  b.step({
    time: at,
    reason: 'data-received',
    endpoint: 'server',
    segmentIn: data,
    segmentsOut: [reqAck],
    phase: { mdn: 2, seven: 3 },
  });
  req.blocks.forEach((_, block) => {
    b.step({
      time: at,
      kind: 'message',
      reason: block === 0 ? 'request-line-parsed' : 'request-header-parsed',
      endpoint: 'server',
      message: { messageId: req.id, block, direction: 'parse' },
      phase: { mdn: 2, seven: block === 0 ? 2 : 3 },
    });
  });
  res.blocks.forEach((blk, block) => {
    b.step({
      time: at,
      kind: 'message',
      reason:
        blk.kind === 'start-line'
          ? 'status-line-written'
          : blk.kind === 'body'
            ? 'response-body-written'
            : 'response-header-written',
      endpoint: 'server',
      message: { messageId: res.id, block, direction: 'write' },
      phase: { mdn: 3, seven: blk.kind === 'start-line' ? 4 : blk.kind === 'body' ? 6 : 5 },
    });
  });
  const resSeg = b.segment('server', ['PSH', 'ACK'], at, {
    payload: res.bytes,
    carries: [{ messageId: res.id, start: 0, end: res.bytes.length }],
  });
  b.step({
    time: at,
    kind: 'app',
    reason: 'data-sent',
    endpoint: 'server',
    segmentsOut: [resSeg],
    phase: { mdn: 3, seven: 6 },
  });
  b.step({
    time: at + 20,
    reason: 'ack-received',
    endpoint: 'client',
    segmentIn: reqAck,
    phase: { mdn: 2, seven: 3 },
  });
  const resAck = b.segment('client', ['ACK'], at + 20);
  b.step({
    time: at + 20,
    reason: 'data-received',
    endpoint: 'client',
    segmentIn: resSeg,
    segmentsOut: [resAck],
    phase: { mdn: 3, seven: 6 },
  });
  const close = { mdn: null, seven: 7 as const };
  const fin1 = b.segment('client', ['FIN', 'ACK'], at + 21);
  b.step({
    time: at + 21,
    kind: 'app',
    reason: 'active-close',
    endpoint: 'client',
    segmentsOut: [fin1],
    changes: [{ endpoint: 'client', to: 'FIN-WAIT-1', transition: 'ESTABLISHED--close' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.4',
  });
  b.step({
    time: at + 40,
    reason: 'ack-received',
    endpoint: 'server',
    segmentIn: resAck,
    phase: { mdn: 3, seven: 6 },
  });
  const finAck = b.segment('server', ['ACK'], at + 41);
  b.step({
    time: at + 41,
    reason: 'fin-received',
    endpoint: 'server',
    segmentIn: fin1,
    segmentsOut: [finAck],
    changes: [{ endpoint: 'server', to: 'CLOSE-WAIT', transition: 'ESTABLISHED--rcv-fin' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.7.4',
  });
  const fin2 = b.segment('server', ['FIN', 'ACK'], at + 42);
  b.step({
    time: at + 42,
    kind: 'app',
    reason: 'passive-close',
    endpoint: 'server',
    segmentsOut: [fin2],
    changes: [{ endpoint: 'server', to: 'LAST-ACK', transition: 'CLOSE-WAIT--close' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.4',
  });
  b.step({
    time: at + 61,
    reason: 'fin-acked',
    endpoint: 'client',
    segmentIn: finAck,
    changes: [{ endpoint: 'client', to: 'FIN-WAIT-2', transition: 'FIN-WAIT-1--rcv-ack-of-fin' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.7.4',
  });
  const last = b.segment('client', ['ACK'], at + 62);
  b.step({
    time: at + 62,
    reason: 'fin-received',
    endpoint: 'client',
    segmentIn: fin2,
    segmentsOut: [last],
    changes: [{ endpoint: 'client', to: 'TIME-WAIT', transition: 'FIN-WAIT-2--rcv-fin' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.7.4',
  });
  b.step({
    time: at + 82,
    reason: 'last-ack-received',
    endpoint: 'server',
    segmentIn: last,
    changes: [{ endpoint: 'server', to: 'CLOSED', transition: 'LAST-ACK--rcv-ack-of-fin' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.7.4',
  });
  b.step({
    time: at + 62 + 240_000,
    kind: 'timer',
    reason: 'time-wait-expired',
    endpoint: 'client',
    changes: [{ endpoint: 'client', to: 'CLOSED', transition: 'TIME-WAIT--timeout-2msl' }],
    phase: close,
    rfc: 'RFC 9293 §3.10.8',
    detail: { msl: 120_000 },
  });
  return b.build(options.lose ? 'lost-segment' : 'get');
}
