/**
 * Before the variant words and their choosers arrive (words.ts). Once fetched they stay, so this
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

describe('the variant words and their choosers (words.ts)', () => {
  // Under linux the server's ACK of the request waits to ride on the response: a variant.
  const linux = timelineOf('keep-alive', 'linux');
  const delayed = linux.steps.find(
    (s) => s.reason === 'data-received' && s.segmentsOut.length === 0,
  );
  const plain = linux.steps.find((s) => s.reason === 'request-header-written');

  it('are needed by no step whose reason has no chooser', () => {
    expect(explainWords()).toBeNull();
    if (!plain) throw new Error('keep-alive writes header lines');
    const d = describeStep(plain, linux, en, 'en');
    expect(d.pending).toBe(false);
    expect(d.what).toMatch(/^The client writes a header line/);
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
