import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { timelineOf } from '../test-support/fixtures';
import { ownNumbering } from './numbering';

describe('the numbers a timeline is shown in until the reader chooses', () => {
  it('are relative, but absolute where a relative number would be negative (RFC 9293 Figure 8)', () => {
    for (const { id } of SCENARIOS)
      for (const profile of ['textbook', 'linux'] as const) {
        const t = timelineOf(id, profile);
        const negative = t.segments.some(
          (s) => s.relSeq < 0 || (s.flags.includes('ACK') && s.relAck < 0),
        );
        expect(ownNumbering(t), `${id} ${profile}`).toBe(negative ? 'absolute' : 'relative');
      }
    // The old SYN, Seq=90 below the client's ISN 100, read "Seq=-10" in relative numbers.
    expect(ownNumbering(timelineOf('why-three-way', 'textbook'))).toBe('absolute');
    expect(ownNumbering(timelineOf('get', 'textbook'))).toBe('relative');
  });

  it('follow each scenario loaded until the reader chooses, and the choice after that', () => {
    const store = createAppStore(modelApi);
    const s = () => store.getState();
    s().loadScenario('why-three-way');
    expect(s().seqMode).toBe('absolute');
    s().loadScenario('get');
    expect(s().seqMode).toBe('relative');
    s().loadScenario('why-three-way');
    s().setSeqMode('relative');
    s().loadScenario('get');
    s().loadScenario('why-three-way');
    expect(s().seqMode).toBe('relative');
    expect(s().seqChosen).toBe(true);
    s().setSeqMode(null);
    expect(s().seqMode).toBe('absolute');
    expect(s().seqChosen).toBe(false);
    // A store given its numbers (a link's `seq=`) keeps them.
    const given = createAppStore(modelApi, { seqMode: 'relative' });
    given.getState().loadScenario('why-three-way');
    expect(given.getState().seqMode).toBe('relative');
  });
});
