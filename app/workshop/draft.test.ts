import { describe, expect, it } from 'vitest';
import { findScenario, type Scenario } from '../model';
import { type Draft, readDraft, writeDraft } from './draft';
import { DRAFT_KEY } from './draftKey';

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const get = findScenario('get') as Scenario;
const draft: Draft = {
  original: get,
  scenario: get,
  texts: ['GET / HTTP/1.1\nHost example'],
  open: true,
};

describe('the workshop draft', () => {
  it('comes back as it was typed, even when it does not parse', () => {
    const storage = memory();
    expect(writeDraft(storage, draft)).toBe(true);
    expect(readDraft(storage)).toEqual({ kind: 'draft', draft });
  });

  it('keeps a route’s response as typed, even when it does not read', () => {
    const storage = memory();
    const typed: Draft = { ...draft, responses: ['HTTP/1.1 200 OK\nContent-Length 3\n\nabc'] };
    writeDraft(storage, typed);
    expect(readDraft(storage)).toEqual({ kind: 'draft', draft: typed });
  });

  it('keeps the form’s fields held as typed, by field key', () => {
    const storage = memory();
    const typed: Draft = { ...draft, forms: [{ target: 'no-slash', 'header:2:name': 'Bad Name' }] };
    writeDraft(storage, typed);
    expect(readDraft(storage)).toEqual({ kind: 'draft', draft: typed });
  });

  it('is reported damaged, never half read, when storage holds something else', () => {
    for (const raw of [
      '{',
      'null',
      '[]',
      '{"texts":["x"]}',
      JSON.stringify({ ...draft, texts: [] }),
      JSON.stringify({ ...draft, original: { ...get, seed: -1 } }),
      JSON.stringify({ ...draft, responses: 'HTTP/1.1 200 OK' }),
      JSON.stringify({ ...draft, responses: [42] }),
      JSON.stringify({ ...draft, forms: { target: 'x' } }),
      JSON.stringify({ ...draft, forms: [{ 'header:x:name': 'x' }] }),
      JSON.stringify({ ...draft, forms: [{ target: 7 }] }),
      JSON.stringify({ ...draft, forms: [null] }),
    ]) {
      const storage = memory();
      storage.setItem(DRAFT_KEY, raw);
      expect(readDraft(storage), raw).toEqual({ kind: 'damaged' });
    }
  });

  it('is simply absent without storage, or when storage refuses', () => {
    expect(readDraft(null)).toEqual({ kind: 'none' });
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readDraft(refusing)).toEqual({ kind: 'none' });
    expect(writeDraft(refusing, draft)).toBe(false);
  });
});
