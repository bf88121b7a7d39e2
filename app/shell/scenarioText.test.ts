/**
 * A scenario's description is true of the run on screen, under each profile: RFC 9293 Figure 13's
 * simultaneous close reaches CLOSING on both ends only where both FINs cross.
 */
import { describe, expect, it } from 'vitest';
import { describeStep } from '../explain/describe';
import { loadExplainWords } from '../explain/words';
import { findScenario, SCENARIOS, simulate, type Timeline } from '../model';
import { en } from '../strings/en';
import { importedDescription, scenarioDescription } from './scenarioText';

const reachesClosing = (t: Timeline) =>
  (['client', 'server'] as const).every((e) =>
    t.steps.some((s) => s.changes.some((c) => c.endpoint === e && c.to === 'CLOSING')),
  );

describe.each(['textbook', 'linux'] as const)('scenario descriptions under %s', (profile) => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: says both ends pass through CLOSING only if they do',
    (id, scenario) => {
      const t = simulate(scenario, { profile });
      const says = scenarioDescription(en, id, profile);
      if (/both ends pass through CLOSING/.test(says)) expect(reachesClosing(t)).toBe(true);
      if (/neither end passes through CLOSING/.test(says)) expect(reachesClosing(t)).toBe(false);
    },
  );
});

describe('the simultaneous close', () => {
  const scenario = findScenario('simultaneous-close');
  if (!scenario) throw new Error('no simultaneous-close');

  it('crosses under textbook, and under linux says why it does not', async () => {
    expect(reachesClosing(simulate(scenario, { profile: 'textbook' }))).toBe(true);
    const linux = simulate(scenario, { profile: 'linux' });
    expect(reachesClosing(linux)).toBe(false);
    expect(scenarioDescription(en, 'simultaneous-close', 'linux')).toContain(
      'the server’s FIN rides on the last segment of the response',
    );
    expect(scenarioDescription(en, 'simultaneous-close', 'textbook')).toBe(
      en['scenario.simultaneous-close.desc'],
    );
    // The step where the client gets the FIN with the last data says why it cannot cross.
    const fin = linux.steps.find((s) => s.endpoint === 'client' && s.reason === 'fin-received');
    if (!fin) throw new Error('no FIN at the client');
    const words = (await loadExplainWords()).en;
    const why = describeStep(fin, linux, en, 'en', 'relative', words).why;
    expect(why).toContain('This FIN rode on the last data');
    expect(why).toContain('neither end passes through CLOSING');
  });
});

describe('an imported session', () => {
  // "retransmission-sack.pcapng · 127.0.0.1:55852 → 127" was all the Scenario menu showed: the
  // menu names the file, and the description the connection, whole.
  it('is described by its connection, both ends with their ports, an IPv6 address in brackets', () => {
    const t = simulate(SCENARIOS[0] as (typeof SCENARIOS)[number], {});
    const v6: Timeline = {
      ...t,
      client: { address: '2001:db8::10', port: 50000 },
      server: { address: '2001:db8::80', port: 80 },
    };
    expect(importedDescription(en, v6)).toMatch(
      /^The connection \[2001:db8::10\]:50000 → \[2001:db8::80\]:80, opened from a file/,
    );
  });
});
