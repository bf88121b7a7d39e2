import { describe, expect, it, vi } from 'vitest';
import { findScenario, type Scenario } from '../model';
import {
  type Draft,
  draftFor,
  dropDamaged,
  type KeptDraft,
  MAX_DRAFTS,
  newDraftId,
  readDrafts,
  writeDraft,
} from './draft';
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
const post = findScenario('post-form') as Scenario;
const docs: Scenario = {
  ...get,
  requests: [{ ...get.requests[0], method: 'GET', target: '/docs' }],
};
const draft: KeptDraft = {
  id: 'a',
  original: get,
  scenario: get,
  texts: ['GET / HTTP/1.1\nHost example'],
  open: true,
};
const none = { drafts: [], damaged: false };

describe('the workshop draft', () => {
  it('comes back as it was typed, even when it does not parse', () => {
    const storage = memory();
    expect(writeDraft(storage, draft)).toBe(true);
    expect(readDrafts(storage)).toEqual({ drafts: [draft], damaged: false });
  });

  it('keeps a route’s response as typed, even when it does not read', () => {
    const storage = memory();
    const typed: KeptDraft = { ...draft, responses: ['HTTP/1.1 200 OK\nContent-Length 3\n\nabc'] };
    writeDraft(storage, typed);
    expect(readDrafts(storage).drafts).toEqual([typed]);
  });

  it('keeps the form’s fields held as typed, by field key', () => {
    const storage = memory();
    const typed: KeptDraft = {
      ...draft,
      forms: [{ target: 'no-slash', 'header:2:name': 'Bad Name' }],
    };
    writeDraft(storage, typed);
    expect(readDrafts(storage).drafts).toEqual([typed]);
  });

  it('reads the one draft stored before drafts were kept per scenario', () => {
    const storage = memory();
    const { id: _, ...old } = draft;
    storage.setItem(DRAFT_KEY, JSON.stringify(old satisfies Draft));
    expect(readDrafts(storage)).toEqual({ drafts: [{ ...old, id: 'draft' }], damaged: false });
  });

  // A teacher's draft of GET, left open, was written over by the first keystroke on another.
  it('keeps each session’s draft: one on another scenario does not write over it', () => {
    const storage = memory();
    writeDraft(storage, { ...draft, id: 'a', scenario: docs });
    writeDraft(storage, { ...draft, id: 'b', original: post, scenario: post });
    writeDraft(storage, { ...draft, id: 'b', original: post, scenario: post, texts: ['POST'] });
    const stored = readDrafts(storage);
    expect(stored.drafts.map((d) => d.id)).toEqual(['b', 'a']);
    expect(draftFor(stored, docs)?.id).toBe('a');
    expect(draftFor(stored, post)?.texts).toEqual(['POST']);
  });

  it('belongs to the scenario it last simulated, not to another nor to the one it came from', () => {
    const storage = memory();
    writeDraft(storage, { ...draft, scenario: docs });
    const stored = readDrafts(storage);
    expect(draftFor(stored, docs)?.id).toBe('a');
    expect(draftFor(stored, get)).toBeNull();
    expect(draftFor(stored, post)).toBeNull();
  });

  it('belongs to its scenario whatever the order of the scenario’s keys', () => {
    const storage = memory();
    writeDraft(storage, { ...draft, scenario: docs });
    // The same scenario as another writer (a file opened, an older version) may order it.
    const reordered = Object.fromEntries(Object.entries(docs).reverse()) as typeof docs;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(docs));
    expect(draftFor(readDrafts(storage), reordered)?.id).toBe('a');
  });

  it('keeps the latest drafts only, up to a bound', () => {
    const storage = memory();
    for (let i = 0; i < MAX_DRAFTS + 3; i++) writeDraft(storage, { ...draft, id: `d${i}` });
    const ids = readDrafts(storage).drafts.map((d) => d.id);
    expect(ids).toHaveLength(MAX_DRAFTS);
    expect(ids[0]).toBe(`d${MAX_DRAFTS + 2}`);
    expect(ids).not.toContain('d0');
  });

  it('drops older drafts rather than the one typed when storage is full', () => {
    const storage = memory();
    writeDraft(storage, { ...draft, id: 'old' });
    const full = {
      getItem: storage.getItem,
      setItem: (k: string, v: string) => {
        if (JSON.parse(v).drafts.length > 1) throw new Error('full');
        storage.setItem(k, v);
      },
    };
    expect(writeDraft(full, { ...draft, id: 'new' })).toBe(true);
    expect(readDrafts(storage).drafts.map((d) => d.id)).toEqual(['new']);
  });

  // A draft is written at every keystroke: the drafts it keeps beside it are those it wrote.
  it('is written again without reading back the drafts it wrote itself', () => {
    const storage = memory();
    for (let i = 0; i < 3; i++) writeDraft(storage, { ...draft, id: `d${i}` });
    const parse = vi.spyOn(JSON, 'parse');
    try {
      writeDraft(storage, { ...draft, id: 'd2', texts: ['GET /x HTTP/1.1'] });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(readDrafts(storage).drafts.map((d) => [d.id, d.texts[0]])).toEqual([
      ['d2', 'GET /x HTTP/1.1'],
      ['d1', draft.texts[0]],
      ['d0', draft.texts[0]],
    ]);
  });

  it('keeps a draft another tab wrote since its own last write', () => {
    const storage = memory();
    writeDraft(storage, { ...draft, id: 'mine' });
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        drafts: [
          { ...draft, id: 'theirs' },
          { ...draft, id: 'mine' },
        ],
      }),
    );
    writeDraft(storage, { ...draft, id: 'mine', open: false });
    expect(readDrafts(storage).drafts.map((d) => [d.id, d.open])).toEqual([
      ['mine', false],
      ['theirs', true],
    ]);
  });

  it('names a new session’s draft unlike any kept', () => {
    const stored = { drafts: [{ ...draft, id: newDraftId(none, 7) }], damaged: false };
    expect(newDraftId(stored, 7)).not.toBe(stored.drafts[0]?.id);
  });

  it('is reported damaged, never half read, when storage holds something else', () => {
    for (const raw of ['{', 'null', '[]', '{"texts":["x"]}', '{"drafts":{}}']) {
      const storage = memory();
      storage.setItem(DRAFT_KEY, raw);
      expect(readDrafts(storage), raw).toEqual({ drafts: [], damaged: true });
    }
    for (const bad of [
      { texts: ['x'] },
      { ...draft, texts: [] },
      { ...draft, id: 7 },
      { ...draft, original: { ...get, seed: -1 } },
      { ...draft, responses: 'HTTP/1.1 200 OK' },
      { ...draft, responses: [42] },
      { ...draft, forms: { target: 'x' } },
      { ...draft, forms: [{ 'header:x:name': 'x' }] },
      { ...draft, forms: [{ target: 7 }] },
      { ...draft, forms: [null] },
    ]) {
      const storage = memory();
      // The damaged one is dropped; the draft beside it stays.
      const good = { ...draft, id: 'good' };
      storage.setItem(DRAFT_KEY, JSON.stringify({ drafts: [bad, good] }));
      const stored = readDrafts(storage);
      expect(stored, JSON.stringify(bad)).toEqual({ drafts: [good], damaged: true });
      dropDamaged(storage, stored);
      expect(readDrafts(storage)).toEqual({ drafts: [good], damaged: false });
    }
    const storage = memory();
    storage.setItem(DRAFT_KEY, '{');
    dropDamaged(storage, readDrafts(storage));
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('is simply absent without storage, or when storage refuses', () => {
    expect(readDrafts(null)).toEqual(none);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readDrafts(refusing)).toEqual(none);
    expect(writeDraft(refusing, draft)).toBe(false);
    expect(writeDraft(null, draft)).toBe(false);
  });
});
