import { describe, expect, it } from 'vitest';
import { findScenario, type Scenario, simulate } from '../model';
import { activeCloserOf, applyEdit, faultsOf, keepStep, otherRules, withFaults } from './edit';
import { requestToText } from './requestText';
import { rawToText } from './responseText';

const get = findScenario('get') as Scenario;
const text = (s: Scenario) => s.requests.map((r) => requestToText(r, s.site.host));

describe('a response typed by hand in the workshop', () => {
  const teapot = 'HTTP/1.1 418 I’m a teapot\nContent-Length: 4\n\ntea\n';

  it('becomes the route’s raw response, CR LF in the head, and is what the server sends', () => {
    const edited = applyEdit(get, text(get), [teapot, null]);
    const raw = 'HTTP/1.1 418 I’m a teapot\r\nContent-Length: 4\r\n\r\ntea\n';
    expect(edited.scenario?.site.resources[0]?.raw).toBe(raw);
    expect(rawToText(raw)).toBe(teapot);
    const t = simulate(edited.scenario as Scenario, {});
    expect(t.messages.find((m) => m.kind === 'response')?.startLine).toBe(
      'HTTP/1.1 418 I\u00e2\u0080\u0099m a teapot',
    );
    // Taken away, the route's fields make its response again.
    expect(applyEdit(edited.scenario as Scenario, text(get), [null, null]).scenario).toEqual(get);
  });

  it('is refused at its line and column, and the timeline waits for it', () => {
    const edited = applyEdit(get, text(get), [teapot.replace('Length: 4', 'Length: 9'), null]);
    expect(edited.scenario).toBeNull();
    expect(edited.responseErrors[0]).toMatchObject({ code: 'incomplete', line: 5 });
    const differs = applyEdit(get, text(get), [teapot.replace('Length: 4', 'Length:4'), null]);
    expect(differs.responseErrors[0]).toMatchObject({
      code: 'differs',
      line: 2,
      column: 16,
      index: teapot.indexOf('Length: 4') + 7,
      expected: 'Content-Length: 4',
    });
  });
});

describe('an edit in the workshop', () => {
  it('gives the same scenario when nothing is changed', () => {
    for (const id of ['get', 'post-form', 'keep-alive', 'http-1.0']) {
      const s = findScenario(id) as Scenario;
      expect(applyEdit(s, text(s)).scenario, id).toEqual(s);
    }
  });

  it('adds a header, and the timeline gains two steps (written, read)', () => {
    const [t] = text(get);
    const edited = applyEdit(get, [(t ?? '').replace('\n\n', '\nAccept: text/html\n\n')]);
    expect(edited.scenario?.requests[0]?.headers).toEqual([
      ['Accept-Language', 'fr'],
      ['Accept', 'text/html'],
    ]);
    const before = simulate(get, {});
    const after = simulate(edited.scenario as Scenario, {});
    expect(after.steps.length).toBe(before.steps.length + 2);
  });

  it('names the site by the Host line', () => {
    const [t] = text(get);
    const edited = applyEdit(get, [(t ?? '').replace('developer.mozilla.org', 'example.com')]);
    expect(edited.scenario?.site.host).toBe('example.com');
  });

  it('keeps every request’s error and gives no scenario while one box does not read', () => {
    const [t] = text(get);
    const edited = applyEdit(get, [(t ?? '').replace('Host: ', 'Host '), t ?? '']);
    expect(edited.scenario).toBeNull();
    expect(edited.requestErrors[0]).toMatchObject({ line: 2, column: 5 });
    expect(edited.requestErrors[1]).toBeNull();
  });

  it('passes what the validator refuses on, by its path', () => {
    const edited = applyEdit({ ...get, link: { ...get.link, lossRate: 0.9 } }, text(get));
    expect(edited.scenario).toBeNull();
    expect(edited.fieldErrors.map((e) => e.path)).toEqual(['/link/lossRate']);
  });
});

describe('the named faults', () => {
  it('drops the server’s FIN: it is sent again, and both ends still close', () => {
    const timeline = simulate(get, {});
    const closer = activeCloserOf(timeline);
    expect(closer).toBe('client');
    const faults = { ...faultsOf(get, closer), dropServerFin: true };
    const s = withFaults(get, faults, closer);
    expect(s.impairments).toEqual({ drop: [{ from: 'server', what: 'fin', nth: 1 }] });
    expect(faultsOf(s, closer)).toEqual(faults);
    const run = simulate(s, {});
    const fins = run.segments.filter((g) => g.from === 'server' && g.flags.includes('FIN'));
    expect(fins.length).toBe(2);
    expect(run.outcome).toMatchObject({ client: 'CLOSED', server: 'CLOSED' });
  });

  it('keeps the rules it does not name, and removes its own when turned off', () => {
    const lost = findScenario('lost-segment') as Scenario;
    const closer = activeCloserOf(simulate(lost, {}));
    const all = withFaults(
      lost,
      { dropClientData: 2, dropServerFin: true, dropFirstSynAck: true, delayLastAckMs: 300 },
      closer,
    );
    const off = withFaults(
      all,
      { dropClientData: 0, dropServerFin: false, dropFirstSynAck: false, delayLastAckMs: 0 },
      closer,
    );
    expect(otherRules(all, closer)).toBe(otherRules(off, closer));
    expect(withFaults(get, faultsOf(get, 'client'), 'client')).toEqual(get);
  });
});

describe('the step kept after an edit', () => {
  it('is the same occurrence of the same reason', () => {
    const before = simulate(get, {});
    const [t] = text(get);
    const after = simulate(
      applyEdit(get, [(t ?? '').replace('\n\n', '\nAccept: text/html\n\n')]).scenario as Scenario,
      {},
    );
    const last = before.steps.length - 1;
    const kept = keepStep(before, last, after);
    expect(after.steps[kept]?.reason).toBe(before.steps[last]?.reason);
    expect(keepStep(before, 0, after)).toBe(0);
    expect(keepStep(null, 5, after)).toBe(5);
  });
});
