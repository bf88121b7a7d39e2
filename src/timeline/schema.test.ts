import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import { validateJson } from './json-schema';
import { STEP_REASONS } from './reasons';
import { TIMELINE_SCHEMA } from './schema';
import schema from './timeline.schema.json';

const root = schema as Record<string, unknown>;

describe('timeline.schema.json', () => {
  it('is what src/timeline/schema.ts makes (npx tsx scripts/write-schema.ts writes it)', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(TIMELINE_SCHEMA)));
  });

  it.each(
    SCENARIOS.flatMap(
      (s) =>
        [
          [s.id, 'textbook', s],
          [s.id, 'linux', s],
        ] as const,
    ),
  )('describes the %s timeline (%s)', (_id, profile, scenario) => {
    const timeline = JSON.parse(JSON.stringify(simulate(scenario, { profile })));
    expect(validateJson(root, timeline)).toEqual([]);
  });

  it('lists exactly the StepReason members', () => {
    const defs = root.$defs as Record<string, { enum: string[] }>;
    expect(defs.StepReason?.enum).toEqual([...STEP_REASONS]);
  });

  it('finds what is wrong, and where', () => {
    const timeline = JSON.parse(JSON.stringify(simulate(SCENARIOS[0] as never)));
    timeline.steps[3].states.client = 'SYN_SEND';
    timeline.segments[0].seq = -1;
    delete timeline.outcome.note;
    timeline.extra = true;
    const paths = validateJson(root, timeline).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/steps/3/states/client', '/segments/0/seq', '/outcome', '/']),
    );
  });

  it('holds each step to exactly the detail of its reason', () => {
    const timeline = JSON.parse(JSON.stringify(simulate(SCENARIOS[0] as never)));
    const last = timeline.steps.length - 1;
    expect(timeline.steps[last].reason).toBe('time-wait-expired');
    timeline.steps[last].detail = { msl: 120_000 };
    const rto = timeline.steps.findIndex((s: { reason: string }) => s.reason === 'active-open');
    timeline.steps[rto].detail = { rto: 1000 };
    expect(validateJson(root, timeline)).toEqual([
      { path: `/steps/${rto}/detail`, message: 'unexpected property "rto"' },
      { path: `/steps/${last}/detail`, message: 'missing property "timeWaitMs"' },
      { path: `/steps/${last}/detail`, message: 'unexpected property "msl"' },
    ]);
  });

  it('refuses a keyword outside its subset rather than ignoring it', () => {
    expect(() => validateJson({ type: 'string', format: 'date' }, 'x')).toThrow(/format/);
  });
});
