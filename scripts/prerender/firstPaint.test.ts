import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EARLY_BUTTONS, EARLY_PRESSES, STALE_CLASS } from '../../app/firstPaint';
import { LANG_STORAGE_KEY as APP_KEY, pickLanguage } from '../../app/strings/language';
import { FIRST_PAINT_SCRIPT, LANG_STORAGE_KEY, scriptHash } from './firstPaint';

/** The head script, as a function of the globals it reads. */
const headScript = () =>
  new Function('localStorage', 'navigator', 'location', 'document', FIRST_PAINT_SCRIPT);

/** Runs the head script against a page with this URL query, storage and browser languages. */
function hides(search: string, stored: string | null, languages: string[]): boolean {
  const classes = new Set<string>();
  const run = headScript();
  run(
    { getItem: (key: string) => (key === LANG_STORAGE_KEY ? stored : null) },
    { languages },
    { search },
    {
      documentElement: { classList: { add: (c: string) => classes.add(c) } },
      addEventListener() {},
    },
  );
  return classes.has(STALE_CLASS);
}

/**
 * A document with the player's row of buttons, enough for the head script, and a click on the
 * button at `place` (null: elsewhere on the page), as the browser would deliver it.
 */
function playerPage() {
  const listeners: ((e: { target: unknown }) => void)[] = [];
  const doc: Record<string, unknown> = {
    documentElement: { classList: { add() {} } },
    addEventListener: (type: string, f: (e: { target: unknown }) => void, capture: boolean) => {
      if (type === 'click' && capture) listeners.push(f);
    },
  };
  const buttons = ['Restart', 'Previous', 'Play', 'Next'];
  const click = (place: number | null) => {
    const target = {
      closest: (selector: string) =>
        place !== null && selector === EARLY_BUTTONS ? buttons[place] : null,
    };
    for (const f of listeners) f({ target });
  };
  return { doc, click, buttons };
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

  // On a slow network the prerendered page is painted seconds before the app can answer it.
  it("keeps the player's buttons pressed, in order, until the app takes the list", () => {
    const { doc, click, buttons } = playerPage();
    const run = headScript();
    run({ getItem: () => null }, { languages: ['en'] }, { search: '' }, doc);
    click(3);
    click(null);
    click(3);
    click(2);
    const kept = doc[EARLY_PRESSES];
    expect(kept).toEqual([buttons[3], buttons[3], buttons[2]]);
    // app/firstPaint.ts takeEarlyPresses, before hydrating: React answers the presses after it.
    doc[EARLY_PRESSES] = null;
    click(3);
    expect(kept).toEqual([buttons[3], buttons[3], buttons[2]]);
  });

  it('keeps nothing on a page the app replaces', () => {
    const { doc, click } = playerPage();
    const run = headScript();
    run({ getItem: () => null }, { languages: ['en'] }, { search: '?step=3' }, doc);
    click(3);
    expect(doc[EARLY_PRESSES]).toBeUndefined();
  });

  it('survives a storage that throws, as in a sandboxed frame', () => {
    const run = headScript();
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
        {
          documentElement: { classList: { add: (c: string) => classes.push(c) } },
          addEventListener() {},
        },
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
