/**
 * The words of sessions built in the scenario workshop, which no canned scenario reaches: each
 * is a scenario as the workshop writes it (validated as a link's would be), and each test reads
 * the words of the step a reviewer found false there against what its timeline shows.
 */
import { describe, expect, it } from 'vitest';
import { type Profile, type StepReason, simulate, type Timeline } from '../model';
import { type Catalogue, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { validateScenario } from '../validation';
import { describeStep } from './describe';
import { loadMessageFacts } from './messageFacts';
import { loadExplainWords } from './words';

await loadExplainWords();
await loadMessageFacts();
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));
const LANGS = LANGUAGES.map((l) => l.code);

const HTML = { path: '/', contentType: 'text/html', body: '<p>hi</p>\n' };

/** A workshop's scenario: one site, these requests, a 20 ms link. */
function session(
  resources: object[],
  requests: object[],
  more: object = {},
  profile: Profile = 'textbook',
): Timeline {
  const checked = validateScenario({
    id: 'workshop',
    title: 'workshop',
    profile: 'textbook',
    seed: 1,
    link: { latencyMs: 20, bitsPerSecond: 10_000_000, lossRate: 0 },
    site: { host: 'example.com', resources },
    requests,
    ...more,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return simulate(checked.scenario, { profile });
}

/** The words of every step with `reason`, in order, in `lang`. */
function wordsOf(timeline: Timeline, reason: StepReason, lang: Lang = 'en') {
  const t = catalogues.get(lang) as Catalogue;
  return timeline.steps
    .filter((s) => s.reason === reason)
    .map((s) => describeStep(s, timeline, t, lang));
}

// RFC 9110 §9.3.2, RFC 9112 §6.3 point 1: a response to HEAD has no body, whatever its status.
describe('a 404 to HEAD', () => {
  const timeline = session([HTML], [{ method: 'HEAD', target: '/nope' }]);

  it.each(LANGS)('says no body follows, not that a browser shows an error page (%s)', (lang) => {
    const [line] = wordsOf(timeline, 'status-line-parsed', lang);
    expect(line?.why).toContain('HEAD');
    expect(line?.why).toContain('RFC 9110 §9.3.2');
    expect(line?.why).not.toMatch(/error page|错误页面|錯誤頁面/);
  });
});
