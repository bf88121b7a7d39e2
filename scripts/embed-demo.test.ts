/**
 * The embed demo's story is a teacher's text about the GET scenario: each sentence names a step
 * (`data-step`), and what it says must be what that step of the real timeline shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findScenario, type Segment, type Step, simulate, type Timeline } from '../src/index';

const html = readFileSync(new URL('../public/embed-demo.html', import.meta.url), 'utf8');
const sentences = [
  ...html.matchAll(/<button type="button" class="sentence" data-step="(\w+)">([^<]+)<\/button>/g),
].map((m) => ({ step: m[1] ?? '', text: (m[2] ?? '').replace(/\s+/g, ' ').trim() }));

const get = findScenario('get');
if (!get) throw new Error('no get scenario');
const timeline = simulate(get);

const sent = (t: Timeline, step: Step): Segment[] =>
  step.segmentsOut.map((id) => t.segments[id]).filter((s): s is Segment => s !== undefined);
const flagsOf = (s: Segment) => s.flags.join(',');

/** What each sentence claims, as a check on the step it names. */
const CLAIMS: Record<string, (step: Step, t: Timeline) => boolean> = {
  'The client sends a SYN: it asks to open a connection.': (step, t) =>
    step.endpoint === 'client' && sent(t, step).some((s) => flagsOf(s) === 'SYN'),
  'The server answers with SYN, ACK.': (step, t) =>
    step.endpoint === 'server' && sent(t, step).some((s) => flagsOf(s) === 'SYN,ACK'),
  'The client acknowledges it: for the client, the connection is open.': (step, t) =>
    step.endpoint === 'client' &&
    step.states.client === 'ESTABLISHED' &&
    step.states.server !== 'ESTABLISHED' &&
    sent(t, step).some((s) => flagsOf(s) === 'ACK' && s.payloadLength === 0),
  'The request, written line by line, leaves as one segment.': (step, t) => {
    const request = t.messages.find((m) => m.kind === 'request');
    const carrying = t.segments.filter((s) => s.carries.some((c) => c.messageId === request?.id));
    // Its blocks were written in the steps before, one each; one segment carries all of it.
    const written = t.steps.filter(
      (s) => s.message?.messageId === request?.id && s.message?.direction === 'write',
    );
    return (
      carrying.length === 1 &&
      sent(t, step).includes(carrying[0] as Segment) &&
      written.length === request?.blocks.length &&
      written.every((w) => w.index < step.index)
    );
  },
  'The server writes its answer, starting with the status line.': (step, t) => {
    const response = t.messages.find((m) => m.kind === 'response');
    return (
      step.endpoint === 'server' &&
      step.message?.messageId === response?.id &&
      step.message?.direction === 'write' &&
      step.message?.block === 0 &&
      response?.blocks[0]?.kind === 'start-line'
    );
  },
  'Both sides have closed the connection.': (step) =>
    step.states.client === 'CLOSED' && step.states.server === 'CLOSED',
};

describe("the embed demo's story", () => {
  it('tells each claim it makes, once', () => {
    expect(sentences.map((s) => s.text).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  it.each(sentences)('"$text" is true of the step it names ($step)', ({ step, text }) => {
    const index = step === 'end' ? timeline.steps.length - 1 : Number(step);
    const at = timeline.steps[index];
    expect(at, `step ${step}`).toBeDefined();
    expect(CLAIMS[text]?.(at as Step, timeline)).toBe(true);
  });
});

// Its introduction said "three" embeds when a fourth, the quiz, had been added below.
describe("the embed demo's introduction", () => {
  it('counts the embeds the page holds', () => {
    const said = /holds (\w+) Roundtrip embeds/.exec(html)?.[1];
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    const embeds = html.match(/<iframe\b/g)?.length ?? 0;
    expect(said && words.indexOf(said) + 1).toBe(embeds);
  });
});
