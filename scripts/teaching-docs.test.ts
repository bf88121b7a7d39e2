/**
 * docs/teaching.md and its Chinese versions link each class question to the step that answers
 * it. Every link must open what it means to: a canned scenario, a moment that scenario has
 * (under both profiles, since a moment link survives a change of profile, unless the link names
 * its profile) or a step within its range; and each scenario has its three questions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { momentsOf } from '../app/timeline/moments';
import type { Profile, Timeline } from '../src/index';
import { SCENARIOS, simulate } from '../src/index';

const root = join(import.meta.dirname, '..');
const DOCS = ['docs/teaching.md', 'docs/teaching.zh-CN.md', 'docs/teaching.zh-TW.md'];
const BASE = 'https://roundtrip.example/';

/** Every Markdown link target in the text that points at the app. */
function appLinks(markdown: string): URL[] {
  return [...markdown.matchAll(/\]\((https:\/\/roundtrip\.example\/[^)\s]*)\)/g)].map(
    (m) => new URL(m[1] ?? ''),
  );
}

const timelines = new Map<string, Timeline>();
function timelineOf(id: string, profile: Profile): Timeline | null {
  const key = `${id}/${profile}`;
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) return null;
  let t = timelines.get(key);
  if (!t) {
    t = simulate(scenario, { profile });
    timelines.set(key, t);
  }
  return t;
}

/** What is wrong with a link, or null when it opens what it names. */
function linkProblem(url: URL): string | null {
  if (`${url.origin}${url.pathname}` !== BASE) return `not the app: ${url}`;
  const p = url.searchParams;
  const known = new Set(['scenario', 'moment', 'step', 'profile', 'lang', 'granularity']);
  for (const key of p.keys()) if (!known.has(key)) return `unknown parameter ${key}`;
  const id = p.get('scenario') ?? '';
  const named = p.get('profile');
  if (named !== null && named !== 'textbook' && named !== 'linux') return `bad profile ${named}`;
  const profiles: Profile[] = named ? [named as Profile] : ['textbook', 'linux'];
  const moment = p.get('moment');
  const step = p.get('step');
  if ((moment === null) === (step === null)) return 'needs a moment or a step, not both';
  for (const profile of profiles) {
    const t = timelineOf(id, profile);
    if (!t) return `no scenario ${id}`;
    if (moment !== null && !momentsOf(t).some((m) => m.id === moment)) {
      return `${id} has no moment ${moment} under ${profile}`;
    }
  }
  if (step !== null) {
    // A step link counts the textbook profile's steps unless it names another.
    const t = timelineOf(id, (named as Profile | null) ?? 'textbook');
    const n = Number(step);
    if (!t || !/^\d+$/.test(step) || n >= t.steps.length) return `${id} has no step ${step}`;
  }
  return null;
}

describe('the teaching notes', () => {
  for (const doc of DOCS) {
    const text = readFileSync(join(root, doc), 'utf8');
    const links = appLinks(text);

    it(`${doc}: every link opens a scenario at a moment or step it has`, () => {
      expect(links.length).toBeGreaterThan(0);
      expect(links.map((u) => [u.search, linkProblem(u)]).filter(([, p]) => p !== null)).toEqual(
        [],
      );
    });

    it(`${doc}: three questions with links for every canned scenario`, () => {
      for (const s of SCENARIOS) {
        expect(text, s.id).toContain(`## \`${s.id}\``);
        const section = text.split(`## \`${s.id}\``)[1]?.split('\n## ')[0] ?? '';
        expect(appLinks(section).length, s.id).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('the check refuses what would open somewhere else', () => {
    const problem = (search: string) => linkProblem(new URL(`${BASE}${search}`));
    expect(problem('?scenario=get&moment=server-syn-received')).toBeNull();
    expect(problem('?scenario=nope&moment=status-line')).toMatch(/no scenario/);
    expect(problem('?scenario=get&moment=status-line-2')).toMatch(/no moment/);
    // In the textbook profile only: refused without the profile, accepted with it.
    expect(problem('?scenario=simultaneous-close&moment=client-closing')).toMatch(/linux/);
    expect(
      problem('?scenario=simultaneous-close&profile=textbook&moment=client-closing'),
    ).toBeNull();
    expect(problem('?scenario=get&step=39')).toBeNull();
    expect(problem('?scenario=get&step=40')).toMatch(/no step/);
    expect(problem('?scenario=get')).toMatch(/moment or a step/);
    expect(problem('?scenario=get&stpe=3')).toMatch(/unknown/);
  });
});
