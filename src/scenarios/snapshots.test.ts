/**
 * Every canned timeline, as the text sequence diagram, in both profiles.
 * Reviewing a change to the simulator means reading the diff of these files.
 * Update with `npx vitest run --project model -u src/scenarios`.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../session/simulate';
import { formatTimeline } from '../timeline/diagram';
import { SCENARIOS } from '.';

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  it('textbook timeline', async () => {
    await expect(formatTimeline(simulate(scenario, { profile: 'textbook' }))).toMatchFileSnapshot(
      `__snapshots__/${id}.txt`,
    );
  });

  it('linux timeline', async () => {
    await expect(formatTimeline(simulate(scenario, { profile: 'linux' }))).toMatchFileSnapshot(
      `__snapshots__/${id}.linux.txt`,
    );
  });
});
