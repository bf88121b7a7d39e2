/**
 * TIME-WAIT's second reason (RFC 9293 §3.6.1, RFC 1337), seen as a teacher shows it: the old
 * segment dying in TIME-WAIT, then the same run with TIME-WAIT cut short, where it is read as the
 * next connection's data; and the simultaneous close under linux saying why it does not cross.
 */
import { findScenario, type Profile, simulate, type Timeline } from '../src/index';
import { expect, test } from './fixtures';

function timelineOf(id: string, profile: Profile = 'textbook'): Timeline {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return simulate(scenario, { profile });
}

function indexOf(t: Timeline, reason: string, connection?: number): number {
  const step = t.steps.find(
    (s) => s.reason === reason && (connection === undefined || s.connection === connection),
  );
  if (!step) throw new Error(`no ${reason}`);
  return step.index;
}

test('with TIME-WAIT the old segment dies there; cut short, it is read as the next connection’s data', async ({
  roundtrip,
}) => {
  const full = timelineOf('time-wait-old-segment');
  await roundtrip.open({ scenario: 'time-wait-old-segment', lang: 'en' });
  await expect(roundtrip.scenarioDescription).toContainText('dies in TIME-WAIT');

  await roundtrip.goToStep(indexOf(full, 'old-segment-in-time-wait'));
  await expect(roundtrip.clientState).toHaveText('TIME-WAIT');
  await expect(roundtrip.explanation).toContainText('it acknowledges the segment and drops it');
  await expect(roundtrip.explanation).toContainText('second reason for TIME-WAIT');

  await roundtrip.goToStep(indexOf(full, 'time-wait-assassinated'));
  await expect(roundtrip.clientState).toHaveText('CLOSED');
  await expect(roundtrip.explanation).toContainText('TIME-WAIT assassination (RFC 1337)');

  // The "what if" beside it in the list: the same run with TIME-WAIT cut short.
  const cut = timelineOf('time-wait-cut-short');
  await roundtrip.selectScenario('time-wait-cut-short');
  await expect(roundtrip.scenarioDescription).toContainText('accepted as its data');
  await roundtrip.goToStep(indexOf(cut, 'time-wait-cut-short'));
  await expect(roundtrip.explanation).toContainText('A real TCP waits 2×MSL (4 min) here');
  // No 2 MSL passed: the edge taken is the what-if's own, and the figure says so.
  await expect(roundtrip.stateChanges).toHaveText('Client: TIME-WAIT → CLOSED on Timeout=0');
  await expect(roundtrip.stateFigure.locator('figcaption')).toContainText('against §3.10.8');

  await roundtrip.goToStep(indexOf(cut, 'old-segment-accepted'));
  await expect(roundtrip.clientState).toHaveText('ESTABLISHED');
  await expect(roundtrip.explanation).toContainText('as data of this one');
  // The client asked for /other and reads the first page.
  await roundtrip.goToStep(indexOf(cut, 'response-body-parsed', 1));
  await expect(roundtrip.messageView).toContainText('First page');
  await expect(roundtrip.messageView).not.toContainText('Other page');
});

test('the accepted old segment is explained in Chinese too', async ({ roundtrip }) => {
  const cut = timelineOf('time-wait-cut-short');
  await roundtrip.open({
    scenario: 'time-wait-cut-short',
    lang: 'zh-TW',
    step: indexOf(cut, 'old-segment-accepted'),
  });
  await expect(roundtrip.explanation).toContainText('當作本連線的資料接收了');
  await roundtrip.setLanguage('zh-CN');
  await expect(roundtrip.explanation).toContainText('当作本连接的数据接收了');
});

test('under linux the simultaneous close says why it does not reach CLOSING', async ({
  roundtrip,
}) => {
  const linux = timelineOf('simultaneous-close', 'linux');
  await roundtrip.open({ scenario: 'simultaneous-close', lang: 'en', profile: 'linux' });
  await expect(roundtrip.scenarioDescription).toContainText('neither end passes through CLOSING');
  const fin = linux.steps.find((s) => s.endpoint === 'client' && s.reason === 'fin-received');
  if (!fin) throw new Error('no FIN at the client');
  await roundtrip.goToStep(fin.index);
  await expect(roundtrip.clientState).toHaveText('CLOSE-WAIT');
  await expect(roundtrip.explanation).toContainText('This FIN rode on the last data');
  await expect(roundtrip.explanation).toContainText('neither end passes through CLOSING');
});
