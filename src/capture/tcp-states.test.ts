/**
 * Each end's state through real captures and made-up ones: every change is
 * an edge of TCP_TRANSITIONS, a capture that starts after the handshake
 * starts in ESTABLISHED with its reason, and what the table has no edge for
 * is noted, not corrected.
 */
import { describe, expect, it } from 'vitest';
import { TCP_TRANSITIONS } from '../tcp/transitions';
import { listConversations, readCapture } from './index';
import { inferStates, type StateInference } from './tcp-states';
import { captureFiles, fixtureBytes } from './test-support/fixtures';
import { HANDSHAKE, sketch } from './test-support/segments';

function inferred(file: string): StateInference[] {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(result.error.explanation);
  return listConversations(result.packets).map(inferStates);
}

/** Each end's path, as "STATE@frame" after each change. */
function paths(inference: StateInference) {
  const path = {
    client: [inference.start.client.state],
    server: [inference.start.server.state],
  } as Record<'client' | 'server', string[]>;
  for (const step of inference.steps) {
    for (const c of step.changes) path[c.endpoint].push(`${c.to}@${step.frame}`);
  }
  return path;
}

describe.each(captureFiles())('%s', (file) => {
  it('changes state only along edges of TCP_TRANSITIONS', () => {
    for (const inference of inferred(file)) {
      for (const step of inference.steps) {
        for (const c of step.changes) {
          const edge = TCP_TRANSITIONS.find((t) => t.id === c.transition);
          expect(edge && [edge.from, edge.event, edge.to]).toEqual([c.from, c.event, c.to]);
        }
      }
      expect(inference.steps.map((s) => s.frame)).toEqual(
        inference.steps.map((s) => s.frame).sort((a, b) => a - b),
      );
    }
  });
});

describe('inferStates on the fixtures', () => {
  it('GET: the handshake, then the client closes first and ends in TIME-WAIT', () => {
    const [get] = inferred('get.pcapng');
    expect(get?.start).toEqual({
      client: { state: 'CLOSED', inferred: null },
      server: { state: 'LISTEN', inferred: 'listening' },
    });
    expect(get && paths(get)).toEqual({
      client: ['CLOSED', 'SYN-SENT@1', 'ESTABLISHED@2', 'FIN-WAIT-1@8', 'TIME-WAIT@9'],
      server: [
        'LISTEN',
        'SYN-RECEIVED@1',
        'ESTABLISHED@3',
        'CLOSE-WAIT@8',
        'LAST-ACK@9',
        'CLOSED@10',
      ],
    });
    expect(get?.final).toEqual({ client: 'TIME-WAIT', server: 'CLOSED' });
  });

  it('Connection: close: the server closes first and ends in TIME-WAIT', () => {
    const [c] = inferred('connection-close.pcapng');
    expect(c?.final).toEqual({ client: 'CLOSED', server: 'TIME-WAIT' });
  });

  it('a capture that starts after the handshake starts in ESTABLISHED, and says why', () => {
    const [mid] = inferred('mid-connection.pcapng');
    expect(mid?.start).toEqual({
      client: { state: 'ESTABLISHED', inferred: 'no-handshake' },
      server: { state: 'ESTABLISHED', inferred: 'no-handshake' },
    });
    expect(mid?.final).toEqual({ client: 'TIME-WAIT', server: 'CLOSED' });
  });

  it('notes the retransmission after a timeout, and changes no state for it', () => {
    const [rto] = inferred('retransmission-rto.pcapng');
    const step = rto?.steps.find((s) => s.frame === 7);
    expect(step?.notes).toEqual([{ kind: 'analysis', flag: 'retransmission' }]);
    expect(step?.changes).toEqual([]);
  });

  it('notes SACK blocks, duplicate ACKs and the fast retransmission', () => {
    const [sack] = inferred('retransmission-sack.pcapng');
    const notes = sack?.steps.flatMap((s) => s.notes.map((n) => `${s.frame} ${JSON.stringify(n)}`));
    expect(notes).toContain('21 {"kind":"sack","blocks":1}');
    expect(notes).toContain('21 {"kind":"analysis","flag":"duplicate_ack"}');
    expect(notes).toContain('28 {"kind":"analysis","flag":"fast_retransmission"}');
    expect(notes).toContain('11 {"kind":"analysis","flag":"window_update"}');
  });

  it('gives each of four conversations its own states', () => {
    const all = inferred('four-conversations.pcapng');
    expect(all.map((c) => c.final)).toEqual(
      Array(4).fill({ client: 'TIME-WAIT', server: 'CLOSED' }),
    );
  });
});

describe('inferStates on made-up conversations', () => {
  const run = (...segments: Parameters<typeof sketch>[0]) => {
    const [c] = listConversations(sketch(segments));
    if (!c) throw new Error('no conversation');
    return inferStates(c);
  };

  it('a capture that starts with the SYN,ACK: SYN-SENT and SYN-RECEIVED, inferred', () => {
    const s = run(
      { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
    );
    expect(s.start).toEqual({
      client: { state: 'SYN-SENT', inferred: 'syn-missed' },
      server: { state: 'SYN-RECEIVED', inferred: 'syn-missed' },
    });
    expect(s.final).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
  });

  // As curl to 127.0.0.1:9 with nothing listening: [SYN], then [RST, ACK] Seq=1 Ack=1.
  it('a refused connection: no one listens, the server is CLOSED throughout and the RST closes the client', () => {
    const s = run(
      { from: 'client', flags: ['SYN'], seq: 0 },
      { from: 'server', flags: ['RST', 'ACK'], seq: 1, ack: 1 },
    );
    expect(s.start.server).toEqual({ state: 'CLOSED', inferred: null });
    expect(paths(s)).toEqual({
      client: ['CLOSED', 'SYN-SENT@1', 'CLOSED@2'],
      server: ['CLOSED'],
    });
    expect(s.steps.map((step) => step.states)).toEqual([
      { client: 'SYN-SENT', server: 'CLOSED' },
      { client: 'CLOSED', server: 'CLOSED' },
    ]);
    // The server's RST answers a SYN for no connection (§3.10.7.1): it aborts nothing.
    expect(s.steps.flatMap((step) => step.notes)).toEqual([
      { kind: 'rst', endpoint: 'server', why: 'no-connection' },
    ]);
  });

  // As a server that reads the request and closes with SO_LINGER 0 (Linux sends [RST, ACK]).
  it('an abort: the end that sends the RST enters CLOSED by the ABORT edge (RFC 9293 §3.10.5)', () => {
    const s = run(
      { from: 'client', flags: ['SYN'], seq: 0 },
      { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
      { from: 'client', flags: ['PSH', 'ACK'], seq: 1, ack: 1, len: 78 },
      { from: 'server', flags: ['ACK'], seq: 1, ack: 79 },
      { from: 'server', flags: ['RST', 'ACK'], seq: 1, ack: 79 },
    );
    expect(s.steps[5]?.changes).toMatchObject([
      {
        endpoint: 'server',
        from: 'ESTABLISHED',
        to: 'CLOSED',
        event: 'abort',
        rfc: 'RFC 9293 §3.10.5',
      },
      { endpoint: 'client', from: 'ESTABLISHED', to: 'CLOSED', event: 'rcv-rst' },
    ]);
    expect(s.final).toEqual({ client: 'CLOSED', server: 'CLOSED' });
    expect(s.steps[5]?.notes).toEqual([{ kind: 'rst', endpoint: 'server', why: 'abort' }]);
  });

  it('a client that aborts from CLOSE-WAIT leaves it for CLOSED', () => {
    const s = run(
      { from: 'client', flags: ['SYN'], seq: 0 },
      { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'client', flags: ['RST', 'ACK'], seq: 1, ack: 2 },
    );
    expect(paths(s).client).toEqual([
      'CLOSED',
      'SYN-SENT@1',
      'ESTABLISHED@2',
      'CLOSE-WAIT@4',
      'CLOSED@5',
    ]);
    expect(paths(s).server.at(-1)).toBe('CLOSED@5');
    expect(s.steps[4]?.notes).toEqual([{ kind: 'rst', endpoint: 'client', why: 'abort' }]);
  });

  // Linux's answer to data after close (RFC 1122 §4.2.2.13): the server has sent its FIN and
  // the client's request comes after it.
  it('a reset after the sender’s FIN: from FIN-WAIT-2 by the ABORT edge, said as after its close', () => {
    const s = run(
      ...HANDSHAKE,
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 2 },
      { from: 'client', flags: ['PSH', 'ACK'], seq: 1, ack: 2, len: 78 },
      { from: 'server', flags: ['RST'], seq: 2 },
    );
    expect(paths(s).server.slice(-2)).toEqual(['FIN-WAIT-2@5', 'CLOSED@7']);
    expect(paths(s).client.at(-1)).toBe('CLOSED@7');
    expect(s.steps[6]?.notes).toEqual([{ kind: 'rst', endpoint: 'server', why: 'after-close' }]);
  });

  // RFC 9293 §3.10.5: ABORT in LAST-ACK sends nothing, so the table has no edge for a RST sent
  // there; the state stays, and the edge missing is noted.
  it('a reset from LAST-ACK: no edge, the state stays', () => {
    const s = run(
      ...HANDSHAKE,
      { from: 'client', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 2 },
      { from: 'server', flags: ['RST'], seq: 2 },
    );
    expect(s.final.server).toBe('LAST-ACK');
    expect(s.steps[5]?.notes).toContainEqual({
      kind: 'rst',
      endpoint: 'server',
      why: 'after-close',
    });
    expect(s.steps[5]?.notes).toContainEqual({
      kind: 'no-edge',
      endpoint: 'server',
      state: 'LAST-ACK',
      event: 'abort',
    });
  });

  // RFC 9293 §3.10.7.3: in SYN-SENT an ACK of something never sent is refused with a RST
  // <SEQ=SEG.ACK>, and the connection attempt goes on (the half-open recovery of Figure 10).
  it('a RST from SYN-SENT answers an unacceptable ACK: the state stays', () => {
    const s = run(
      { from: 'client', flags: ['SYN'], seq: 0 },
      { from: 'server', flags: ['ACK'], seq: 300, ack: 500 },
      { from: 'client', flags: ['RST'], seq: 500 },
    );
    expect(s.steps[2]?.states.client).toBe('SYN-SENT');
    expect(s.steps[2]?.changes.filter((c) => c.endpoint === 'client')).toEqual([]);
    expect(s.steps[2]?.notes).toContainEqual({
      kind: 'rst',
      endpoint: 'client',
      why: 'unacceptable',
    });
  });

  it('simultaneous close: both FIN-WAIT-1, CLOSING, TIME-WAIT (RFC 9293 Figure 13)', () => {
    const s = run(
      { from: 'client', flags: ['SYN'], seq: 0 },
      { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
      { from: 'client', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'client', flags: ['ACK'], seq: 2, ack: 2 },
      { from: 'server', flags: ['ACK'], seq: 2, ack: 2 },
    );
    expect(paths(s)).toEqual({
      client: ['CLOSED', 'SYN-SENT@1', 'ESTABLISHED@2', 'FIN-WAIT-1@4', 'CLOSING@5', 'TIME-WAIT@7'],
      server: [
        'LISTEN',
        'SYN-RECEIVED@1',
        'ESTABLISHED@3',
        'CLOSE-WAIT@4',
        'LAST-ACK@5',
        'CLOSED@6',
      ],
    });
  });

  it('a repeated FIN in TIME-WAIT takes the self-loop that restarts 2×MSL', () => {
    const s = run(
      { from: 'client', flags: ['FIN', 'ACK'], seq: 1, ack: 1 },
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 2 },
      { from: 'client', flags: ['ACK'], seq: 2, ack: 2 },
      // The client's last ACK was lost on the way, as far as the server knows: it repeats its FIN.
      { from: 'server', flags: ['FIN', 'ACK'], seq: 1, ack: 2 },
    );
    expect(s.steps[3]?.changes).toMatchObject([
      { endpoint: 'client', from: 'TIME-WAIT', to: 'TIME-WAIT', event: 'rcv-fin' },
    ]);
  });

  it('notes a segment longer than the MSS (segmentation offload), and a SYN where the table has no edge', () => {
    const s = run(
      { from: 'client', flags: ['SYN'], seq: 0, options: { mss: 1460 } },
      { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1, options: { mss: 1460 } },
      { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
      { from: 'server', flags: ['ACK', 'PSH'], seq: 1, ack: 1, len: 5000 },
      { from: 'client', flags: ['SYN'], seq: 0 },
    );
    expect(s.steps[3]?.notes).toContainEqual({ kind: 'longer-than-mss', length: 5000, mss: 1460 });
    expect(s.steps[4]?.notes).toContainEqual({
      kind: 'no-edge',
      endpoint: 'server',
      state: 'ESTABLISHED',
      event: 'rcv-syn',
    });
    expect(s.final).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
  });
});
