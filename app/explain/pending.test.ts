/**
 * Before the variant words and their choosers arrive (words.ts): a file of its own, since once
 * fetched they stay for every test after.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../strings/en';
import { timelineOf } from '../test-support/fixtures';
import { describeStep } from './describe';
import { loadMessageFacts } from './messageFacts';
import { explainWords, loadExplainWords } from './words';

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
