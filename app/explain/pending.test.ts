/**
 * Before the explanation's words and their choosers arrive (words.ts). Once fetched they stay, so this
 * file imports them afresh, whatever other files in the same worker loaded before it.
 */
import { describe, expect, it, vi } from 'vitest';
import { en } from '../strings/en';
import { timelineOf } from '../test-support/fixtures';

vi.resetModules();
const { describeStep } = await import('./describe');
const { loadMessageFacts } = await import('./messageFacts');
const { explainWords, loadExplainWords } = await import('./words');
await loadMessageFacts();

describe('the explanation’s words and their choosers (words.ts)', () => {
  // Under linux the server's ACK of the request waits to ride on the response: a variant.
  const linux = timelineOf('keep-alive', 'linux');
  const delayed = linux.steps.find(
    (s) => s.reason === 'data-received' && s.segmentsOut.length === 0,
  );
  const plain = linux.steps.find((s) => s.reason === 'request-header-written');

  it('are not needed by step 0, which the first page describes from its own catalogue', () => {
    expect(explainWords()).toBeNull();
    const start = linux.steps[0];
    if (!start) throw new Error('no step 0');
    const d = describeStep(start, linux, en, 'en');
    expect(d.pending).toBe(false);
    expect(d.what).toBe(en['step.start']);
  });

  it('leave any other step pending until they arrive, even one whose words have no variant', () => {
    if (!plain) throw new Error('keep-alive writes header lines');
    const d = describeStep(plain, linux, en, 'en');
    expect([d.pending, d.what, d.why]).toEqual([true, '', '']);
  });

  it('say a step is pending rather than use words that are not true of it', async () => {
    if (!delayed) throw new Error('no delayed ACK under linux');
    const before = describeStep(delayed, linux, en, 'en');
    expect([before.pending, before.what, before.why]).toEqual([true, '', '']);
    await loadExplainWords();
    const after = describeStep(delayed, linux, en, 'en');
    expect(after.pending).toBe(false);
    expect(after.what).toMatch(/^The server receives \d+ bytes\. Its ACK waits a moment/);
  });
});
