/**
 * Relative sequence and acknowledgment numbers (what the default view shows): SEG.SEQ relative
 * to the sender's ISN, SEG.ACK relative to the ISN of the end it acknowledges, as that end chose
 * it. In RFC 9293 Figure 8 the server answers an old SYN (SEQ=90) with ACK=91, nine below the
 * client's ISN of 100: relative to the connection the client believes in, that is −9, which is
 * why the client's RST says SEQ=−9. Read relative to the old SYN, it would look like the real
 * SYN,ACK's ack=1.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from './simulate';

function scenario(id: string) {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
}

describe('relative numbers', () => {
  it('why-three-way: the SYN,ACK that answers the old SYN acknowledges −9, the real one 1', () => {
    const t = simulate(scenario('why-three-way'));
    const shown = t.segments.slice(0, 5).map((s) => ({
      flags: s.flags.join(','),
      seq: s.relSeq,
      ack: s.relAck,
    }));
    expect(shown).toEqual([
      { flags: 'SYN', seq: -10, ack: 0 },
      { flags: 'SYN', seq: 0, ack: 0 },
      { flags: 'SYN,ACK', seq: 0, ack: -9 },
      { flags: 'RST', seq: -9, ack: 0 },
      { flags: 'SYN,ACK', seq: 0, ack: 1 },
    ]);
  });

  it.each(SCENARIOS.filter((s) => s.id !== 'why-three-way').map((s) => [s.id, s] as const))(
    '%s: every ACK is relative to the acknowledged end’s ISN (ack=1 answers a SYN)',
    (_id, s) => {
      for (const profile of ['textbook', 'linux'] as const) {
        const t = simulate(s, { profile });
        // The connection whose step sent it: one client port may carry several (reusePort).
        const sentOn = new Map<number, number>();
        for (const st of t.steps) for (const id of st.segmentsOut) sentOn.set(id, st.connection);
        for (const seg of t.segments) {
          if (!seg.flags.includes('ACK')) continue;
          const c = t.connections[sentOn.get(seg.id) ?? -1];
          if (!c) throw new Error('no connection');
          const isn = seg.from === 'client' ? c.serverIsn : c.clientIsn;
          expect(seg.relAck).toBe((seg.ack - isn) | 0);
        }
      }
    },
  );
});
