import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_STRINGS } from '../test-support/featureStrings';
import { en } from './en';
import { catalogueFor, fill, isMessageKey, LANGUAGES, loadCatalogue } from './index';

// Each catalogue through the loader the app uses (Chinese ones are chunks of their own).
const CATALOGUES = await Promise.all(
  LANGUAGES.map(async (l) => [l.code, await loadCatalogue(l.code)] as const),
);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const englishKeys = Object.keys(en).sort();

// Strings that are protocol tokens or names in every language, so may be
// written the same way in the Chinese catalogues (RFC state names, header
// names, the product's name…): keys with these prefixes hold only such tokens.
const SAME_IN_EVERY_LANGUAGE = /^(app\.title|lang\.|rfc\.|token\.)/;
const HAN = /\p{Script=Han}/u;

describe.each(CATALOGUES)('the %s catalogue', (code, catalogue) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
  });

  it('has no empty value', () => {
    const empty = Object.entries(catalogue).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same {placeholders} as English', () => {
    const mismatched = Object.entries(catalogue)
      .filter(
        ([key, v]) => placeholders(v).join() !== placeholders(en[key as keyof typeof en]).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  if (code !== 'en') {
    it('is translated: every interface string has Chinese text', () => {
      const untranslated = Object.entries(catalogue)
        .filter(([key, v]) => !SAME_IN_EVERY_LANGUAGE.test(key) && !HAN.test(v))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  }
});

// The words of the views loaded on first use (app/strings/feature.ts), each module's three
// languages checked as the main catalogues are.
describe.each(FEATURE_STRINGS)('the view strings $name', ({ strings }) => {
  const keys = Object.keys(strings.en).sort();
  it.each(LANGUAGES.map((l) => l.code))(
    'in %s: the English keys, none empty, the same {placeholders}',
    (code) => {
      const catalogue: Record<string, string> = strings[code];
      expect(Object.keys(catalogue).sort()).toEqual(keys);
      expect(Object.entries(catalogue).filter(([, v]) => v.trim() === '')).toEqual([]);
      const mismatched = keys.filter(
        (key) =>
          placeholders(catalogue[key] ?? '').join() !== placeholders(strings.en[key] ?? '').join(),
      );
      expect(mismatched).toEqual([]);
      if (code !== 'en') {
        const untranslated = keys.filter(
          (key) => !SAME_IN_EVERY_LANGUAGE.test(key) && !HAN.test(catalogue[key] ?? ''),
        );
        expect(untranslated).toEqual([]);
      }
    },
  );
});

// The English words write an apostrophe as typographers do (’), as most of them did: "RFC
// 9293's" beside "MDN’s" read as a slip.
it('English writes its apostrophes as ’, in every catalogue', () => {
  const english = [
    ...Object.entries(en),
    ...FEATURE_STRINGS.flatMap(({ name, strings }) =>
      Object.entries(strings.en).map(([key, value]) => [`${name}:${key}`, value] as const),
    ),
  ];
  expect(
    english.filter(([, value]) => /[\p{L}\p{N}]'\p{L}/u.test(value)).map(([key]) => key),
  ).toEqual([]);
});

describe('fill', () => {
  it('puts each value in its placeholder, and leaves one without a value as written', () => {
    expect(fill('{who} sends {len} bytes {x}', { who: 'The client', len: 68 })).toBe(
      'The client sends 68 bytes {x}',
    );
  });
  it('writes the form that agrees with the number: the first for 1, the second otherwise', () => {
    const text = '{n} {n:packet|packets} {n:was|were} skipped';
    expect(fill(text, { n: 1 })).toBe('1 packet was skipped');
    expect(fill(text, { n: '1' })).toBe('1 packet was skipped');
    expect(fill(text, { n: 0 })).toBe('0 packets were skipped');
    expect(fill(text, { n: 2 })).toBe('2 packets were skipped');
    expect(fill(text, { n: '1,001' })).toBe('1,001 packets were skipped');
    expect(fill('{n:one|}', { n: 3 })).toBe('');
    expect(fill(text, {})).toBe(text);
  });
});

// English words that agree with a number (`{n:packet|packets}`, `fill`): each names a
// placeholder of its own string, so that the number is there to agree with; Chinese needs none.
describe('words that agree with a number', () => {
  const forms = (s: string) => [...s.matchAll(/\{(\w+):[^{}|]*\|[^{}|]*\}/g)].map((m) => m[1]);
  const every = (code: 'en' | 'zh-CN' | 'zh-TW') => [
    ...Object.entries((CATALOGUES.find(([c]) => c === code) as (typeof CATALOGUES)[number])[1]),
    ...FEATURE_STRINGS.flatMap(({ name, strings }) =>
      Object.entries(strings[code] as Record<string, string>).map(
        ([key, value]) => [`${name}:${key}`, value] as const,
      ),
    ),
  ];
  it('in English, agree with a placeholder of the same string', () => {
    const orphans = every('en').filter(([, v]) =>
      forms(v).some((name) => !placeholders(v).includes(name)),
    );
    expect(orphans.map(([key]) => key)).toEqual([]);
  });
  it.each(['zh-CN', 'zh-TW'] as const)('are not written in %s', (code) => {
    expect(
      every(code)
        .filter(([, v]) => forms(v).length > 0)
        .map(([key]) => key),
    ).toEqual([]);
  });
  // A count written before a plural noun without its form reads "1 packets" when it is 1.
  it('follow every count that can be 1 in English', () => {
    // A key with a ".one" sibling is written only for other counts (app/importer's packets).
    const all = every('en');
    const bare = all.filter(
      ([key, v]) =>
        !all.some(([other]) => other === `${key}.one`) &&
        /\{(len|n|count|octets|missing|images|parallel|total|score)\} (more )?(bytes|octets|packets|blocks|connections|images|exchanges|steps)\b/.test(
          v,
        ),
    );
    expect(bare.map(([key]) => key)).toEqual([]);
  });
});

describe('loading the catalogues', () => {
  it('gives the loaded catalogue, and each language its own', () => {
    for (const [code, catalogue] of CATALOGUES) expect(catalogueFor(code)).toBe(catalogue);
    expect(catalogueFor('zh-CN')['controls.next']).not.toBe(en['controls.next']);
  });
});

describe('keys', () => {
  it('are read only as the type allows: no cast to MessageKey anywhere in app/', () => {
    const root = resolve(import.meta.dirname, '..');
    const casts = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return casts(path);
        if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith('.test.ts')) return [];
        return readFileSync(path, 'utf8').includes('as MessageKey') ? [relative(root, path)] : [];
      });
    expect(casts(root)).toEqual([]);
  });

  it('built at run time are checked before they are read', () => {
    expect(isMessageKey('scenario.get.title')).toBe(true);
    expect(isMessageKey('scenario.nope.title')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
