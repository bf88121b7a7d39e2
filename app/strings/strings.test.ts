import { describe, expect, it } from 'vitest';
import { en } from './en';
import { LANGUAGES } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const englishKeys = Object.keys(en).sort();

// Strings that are protocol tokens or names in every language, so may be
// written the same way in the Chinese catalogues (RFC state names, header
// names, the product's name…): keys with these prefixes hold only such tokens.
const SAME_IN_EVERY_LANGUAGE = /^(app\.title|lang\.|rfc\.|token\.)/;
const HAN = /\p{Script=Han}/u;

describe.each(LANGUAGES.map((l) => [l.code, l.catalogue] as const))(
  'the %s catalogue',
  (code, catalogue) => {
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
  },
);
