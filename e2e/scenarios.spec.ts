import { SCENARIOS, simulate } from '../src/index';
import { expectedMessage } from './expected';
import { expect, test } from './fixtures';

// Every canned scenario, stepped through with "Next step" in one page session,
// checking at every step the states and the message against the timeline.
for (const scenario of SCENARIOS) {
  test(`${scenario.id}: every step shows the timeline's states and message`, async ({
    roundtrip,
  }) => {
    const timeline = simulate(scenario);
    const total = timeline.steps.length - 1;
    await roundtrip.open({ scenario: scenario.id, lang: 'en' });
    expect(await roundtrip.stepCount()).toBe(total);
    const counter = (n: number) =>
      `Step ${n.toLocaleString('en')} of ${total.toLocaleString('en')}`;
    const seen = [await roundtrip.shown(), ...(await roundtrip.walk(total))];
    for (let n = 0; n <= total; n++) {
      const shown = seen[n];
      const step = timeline.steps[n];
      expect.soft(shown?.counter).toBe(counter(n));
      expect.soft(shown?.client, `client state at step ${n}`).toBe(step?.states.client);
      expect.soft(shown?.server, `server state at step ${n}`).toBe(step?.states.server);
      expect
        .soft(shown?.explanation, `explanation at step ${n}`)
        .toContain(`client ${step?.states.client}, server ${step?.states.server}`);
      const message = expectedMessage(timeline, n);
      if (!message) {
        expect.soft(shown?.messageId, `no message at step ${n}`).toBe('');
        continue;
      }
      expect.soft(shown?.messageId, `message at step ${n}`).toBe(String(message.messageId));
      expect
        .soft(shown?.revealed, `blocks shown at step ${n}`)
        .toBeGreaterThanOrEqual(message.minBlocks);
      expect.soft(shown?.message, `start line at step ${n}`).toContain(message.startLine);
    }
    await expect(roundtrip.button('Next step')).toBeDisabled();
  });
}
