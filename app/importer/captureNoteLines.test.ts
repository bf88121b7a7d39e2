/**
 * What the notes under a captured segment claim, against the capture: retransmission-sack.pcapng's
 * packets 11–14 and 20 are ACKs that Wireshark calls window updates and that also carry a SACK
 * block (tshark: tcp.analysis.window_update with tcp.options.sack_le).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANDSHAKE, REFUSED, sketch } from '../../src/capture/test-support/segments';
import { LANGUAGES } from '../strings';
import { captureTimeline } from '../test-support/fixtures';
import { listConversations, readCapture, timelineFromConversation } from './capture';
import { captureNoteLines } from './captureNoteLines';
import { importStrings } from './strings';

const file = resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'captures',
  'retransmission-sack.pcapng',
);
const result = readCapture(new Uint8Array(readFileSync(file)));
if (!result.ok) throw new Error('retransmission-sack.pcapng reads');
const [conversation] = listConversations(result.packets);
if (!conversation) throw new Error('retransmission-sack.pcapng holds a connection');
const timeline = timelineFromConversation(conversation);
const updates = timeline.segments.filter((s) => s.captured?.analysis.includes('window_update'));

describe('a window update that carries SACK blocks', () => {
  it('is in the fixture: packets 11–14 and 20', () => {
    expect(updates.map((s) => s.captured?.frame)).toEqual([11, 12, 13, 14, 20]);
    expect(updates.every((s) => (s.captured?.sackBlocks ?? 0) > 0)).toBe(true);
  });

  it.each(LANGUAGES.map((l) => l.code))(
    'is not said to bring nothing but a window (%s)',
    (code) => {
      const s = importStrings[code];
      for (const seg of updates) {
        const lines = captureNoteLines(seg, s);
        expect(lines).not.toContain(s['flag.window_update']);
        expect(lines).toContain(s['flag.window_update.sack']);
      }
    },
  );

  it('nor, in English, to bring a larger window only', () => {
    for (const seg of updates)
      expect(captureNoteLines(seg, importStrings.en).join(' ')).not.toMatch(/only news/);
  });
});

describe('the SACK note', () => {
  // Packet 11 carries one block: "Carries 1 SACK blocks" was English for no one.
  it('counts one block as one, in English', () => {
    const one = updates.find((s) => s.captured?.sackBlocks === 1);
    if (!one) throw new Error('no ACK with one SACK block in the fixture');
    const lines = captureNoteLines(one, importStrings.en).join(' ');
    expect(lines).toContain('Carries a SACK block');
    expect(lines).not.toMatch(/1 SACK blocks/);
  });
});

// A SYN answered by a RST,ACK (nothing listens on the port): the RST's sender aborts nothing.
describe('the RST of a refused connection', () => {
  const [refused] = listConversations(sketch(REFUSED));
  if (!refused) throw new Error('no conversation');
  const t = timelineFromConversation(refused);
  const rst = t.segments[1];
  if (!rst) throw new Error('no RST');

  it.each(LANGUAGES.map((l) => l.code))(
    'says it refuses a segment for no connection, not that it drops one (%s)',
    (code) => {
      const s = importStrings[code];
      const lines = captureNoteLines(rst, s);
      expect(lines).toContain(s['note.rst.no-connection']);
      expect(lines).not.toContain(s['note.rst']);
    },
  );
});

// fixtures/captures/reset.pcapng: a server that reads the request and closes with SO_LINGER 0.
// Its RST is an abort: it said so, but the server stayed ESTABLISHED after it.
describe('the RST of a server that aborts (a real capture)', () => {
  const t = captureTimeline('reset.pcapng');
  const rst = t.segments.find((seg) => seg.flags.includes('RST'));
  if (!rst) throw new Error('no RST');
  const step = t.steps.find((st) => st.segmentIn === rst.id);

  it('takes both ends to CLOSED: the server by ABORT, the client by the RST it receives', () => {
    expect(step?.changes).toEqual([
      {
        endpoint: 'server',
        from: 'ESTABLISHED',
        to: 'CLOSED',
        event: 'abort',
        transition: 'ESTABLISHED--abort',
      },
      {
        endpoint: 'client',
        from: 'ESTABLISHED',
        to: 'CLOSED',
        event: 'rcv-rst',
        transition: 'ESTABLISHED--rcv-rst',
      },
    ]);
    expect(t.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: 'reset' });
  });

  it.each(LANGUAGES.map((l) => l.code))('says it aborts (%s)', (code) => {
    const s = importStrings[code];
    expect(rst.captured?.rst).toBe('abort');
    expect(captureNoteLines(rst, s)).toContain(s['note.rst']);
  });
});

// RFC 9293 §3.8.4: a keep-alive MAY carry one garbage octet, as Windows sends it; Wireshark's
// rule takes 0 or 1 octets. The note called every one "an empty segment".
describe('the note of a one-byte keep-alive', () => {
  const [conversation] = listConversations(
    sketch([
      ...HANDSHAKE,
      { from: 'client', flags: ['PSH', 'ACK'], seq: 1, ack: 1, len: 10 },
      { from: 'server', flags: ['ACK'], seq: 1, ack: 11 },
      { from: 'client', flags: ['ACK'], seq: 10, ack: 1, len: 1, time: 60_000 },
    ]),
  );
  if (!conversation) throw new Error('no conversation');
  const probe = timelineFromConversation(conversation).segments[5];
  if (!probe) throw new Error('no probe');

  it.each(LANGUAGES.map((l) => l.code))('does not call it empty (%s)', (code) => {
    expect(probe.captured?.analysis).toContain('keep_alive');
    const lines = captureNoteLines(probe, importStrings[code]).join(' ');
    expect(lines).toContain(importStrings[code]['flag.keep_alive']);
    expect(lines).not.toMatch(/an empty segment|一个空的|一個空的/);
  });
});
