import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STALE_CLASS } from '../../app/firstPaint';
import { LANG_STORAGE_KEY as APP_KEY, pickLanguage } from '../../app/strings/language';
import { FIRST_PAINT_SCRIPT, LANG_STORAGE_KEY, scriptHash } from './firstPaint';

/** Runs the head script against a page with this URL query, storage and browser languages. */
function hides(search: string, stored: string | null, languages: string[]): boolean {
  const classes = new Set<string>();
  const run = new Function('localStorage', 'navigator', 'location', 'document', FIRST_PAINT_SCRIPT);
  run(
    { getItem: (key: string) => (key === LANG_STORAGE_KEY ? stored : null) },
    { languages },
    { search },
    { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
  );
  return classes.has(STALE_CLASS);
}

describe('the head script', () => {
  it('hides the prerendered page exactly when the app will not hydrate it', () => {
    const searches = ['', '?', '?step=3', '?lang=en', '?embed=1'];
    const stored = [null, 'en', 'zh-CN', 'zh-TW', 'fr', ''];
    const browsers = [[], ['en-US'], ['zh-HK', 'en'], ['fr', 'zh'], ['de'], ['EN-gb'], ['zh-Hant']];
    for (const search of searches) {
      for (const s of stored) {
        for (const b of browsers) {
          // app/boot.ts: the first page is the one with no parameter, in English.
          const lang = pickLanguage(null, s, b);
          const firstPage = search.replace(/^\?/, '') === '' && lang === 'en';
          expect(hides(search, s, b), `${search} ${s} ${b.join()}`).toBe(!firstPage);
        }
      }
    }
  });

  it('survives a storage that throws, as in a sandboxed frame', () => {
    const run = new Function(
      'localStorage',
      'navigator',
      'location',
      'document',
      FIRST_PAINT_SCRIPT,
    );
    const classes: string[] = [];
    expect(() =>
      run(
        {
          getItem: () => {
            throw new Error('denied');
          },
        },
        { languages: ['en'] },
        { search: '' },
        { documentElement: { classList: { add: (c: string) => classes.push(c) } } },
      ),
    ).not.toThrow();
    expect(classes).toEqual([]);
  });

  it("reads the app's storage key, and its class hides the root in the app's stylesheet", () => {
    expect(LANG_STORAGE_KEY).toBe(APP_KEY);
    const css = readFileSync(new URL('../../app/firstPaint.css', import.meta.url), 'utf8');
    expect(css).toContain(`html.${STALE_CLASS} #root {\n  visibility: hidden;`);
  });

  it('is allowed by a SHA-256 hash of its text', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
