import { describe, expect, it } from 'vitest';
import { findScenario } from '../model';
import { afterRows, attemptField, shownField, typeField, withField } from './formEdit';

const base = findScenario('get');
if (!base) throw new Error('no get scenario');
const spec = {
  method: 'GET',
  target: '/',
  headers: [['Accept', 'text/html']] as [string, string][],
};
const attempt = (key: Parameters<typeof withField>[1], value: string) =>
  attemptField(base, withField(spec, key, value), key, base.site.host);

describe('attemptField', () => {
  it('writes what reads back as typed', () => {
    const a = attempt('header:0:value', 'text/plain');
    expect(a.ok && a.text).toContain('\nAccept: text/plain\n');
  });
  it('refuses, by the validator’s code, what the validator refuses, without throwing', () => {
    const a = attempt('header:0:name', '');
    expect(!a.ok && a.problem.kind === 'refused' && a.problem.error.code).toBe('not-field-name');
    const t = attempt('target', 'no-slash');
    expect(!t.ok && t.problem.kind === 'refused' && t.problem.error.code).toBe('not-target');
  });
  it('refuses what would not read (a second Host) and a Content-Length typed by hand', () => {
    const a = attempt('header:0:name', 'Host');
    expect(!a.ok && a.problem).toEqual({ kind: 'unreadable', code: 'multiple-host' });
    expect(!attempt('header:0:name', 'Content-Length').ok).toBe(true);
  });
});

describe('the fields held as typed', () => {
  it('shows a header value with its spaces while the text holds it without', () => {
    const held = { 'header:0:value': { value: 'text/html ', problem: null } };
    expect(shownField(spec, 'header:0:value', held)).toBe('text/html ');
    // Changed in the text since, the text's value is shown.
    const other = withField(spec, 'header:0:value', 'x');
    expect(shownField(other, 'header:0:value', held)).toBe('x');
  });
  it('follow their rows when rows are removed or moved', () => {
    const held = {
      'header:0:name': { value: '', problem: { kind: 'computed' as const } },
      'header:2:name': { value: 'a b', problem: { kind: 'computed' as const } },
      method: { value: 'P T', problem: { kind: 'computed' as const } },
    };
    const removed = afterRows(held, 'header', (r) => (r === 0 ? null : r - 1));
    expect(Object.keys(removed).sort()).toEqual(['header:1:name', 'method']);
  });
});

describe('a row typed whole', () => {
  const host = base.site.host;
  it('tries a name with the value held beside it, not with the value the text has', () => {
    // The value held as refused (a line break cannot be in a field value), then a name typed:
    // the text keeps its row as it was rather than take the name beside its old value.
    const held = typeField(base, spec, {}, 'header:0:value', 'a\nb', host);
    expect(held.text).toBeNull();
    const named = typeField(base, spec, held.pending, 'header:0:name', 'X-Other', host);
    expect(named.text).toBeNull();
    expect(shownField(spec, 'header:0:name', named.pending)).toBe('X-Other');
    expect(shownField(spec, 'header:0:value', named.pending)).toBe('a\nb');
    // Mended, the whole row goes in, and nothing is held.
    const mended = typeField(base, spec, named.pending, 'header:0:value', 'ab', host);
    expect(mended.text).toContain('\nX-Other: ab\n');
    expect(mended.pending).toEqual({});
  });
  it('keeps the spaces a held value was typed with once its row goes in', () => {
    const held = typeField(base, spec, {}, 'header:0:name', 'Bad Name', host);
    const valued = typeField(base, spec, held.pending, 'header:0:value', 'x ', host);
    expect(valued.text).toBeNull();
    const named = typeField(base, spec, valued.pending, 'header:0:name', 'Good', host);
    expect(named.text).toContain('\nGood: x\n');
    expect(named.pending).toEqual({ 'header:0:value': { value: 'x ', problem: null } });
  });
});
