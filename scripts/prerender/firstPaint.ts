/**
 * The one inline script of the built page, run in its head before the first paint. The page
 * holds the first page prerendered (scripts/prerender.ts): the default scenario at step 0, in
 * English. When the URL has parameters, or the language the app will choose is not English,
 * the app shows another page and replaces the prerendered one (app/main.tsx); this script hides
 * the prerendered one meanwhile (`visibility: hidden` keeps its boxes, so nothing shifts), so
 * that a reader never sees a page that is not the one asked for. It chooses the language as
 * `pickLanguage` does (app/strings/language.ts): the remembered choice, else the browser's
 * first English or Chinese language, else English. On the page shown as it is, it keeps the
 * buttons of the player pressed before the app is alive (on a slow network, seconds after the page
 * is painted), which the app presses again once it has taken the page over (app/firstPaint.ts).
 * The CSP allows it by its hash.
 */
import { createHash } from 'node:crypto';
import { EARLY_BUTTONS, EARLY_PRESSES, STALE_CLASS } from '../../app/firstPaint.ts';

/** `LANG_STORAGE_KEY` of app/strings/language.ts (firstPaint.test.ts holds them equal). */
export const LANG_STORAGE_KEY = 'roundtrip.lang';

/** Written one statement a line; sent on one line (every statement ends with `;` or a brace). */
export const FIRST_PAINT_SCRIPT = `(function () {
  var stored = null;
  try { stored = localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)}); } catch (e) {}
  var browser = navigator.languages || [navigator.language || ''];
  var lang = 'en';
  for (var i = 0; i < browser.length; i++) {
    var tag = /^(en|zh)(-|$)/i.exec(browser[i] || '');
    if (tag) { lang = tag[1].toLowerCase(); break; }
  }
  if (stored === 'en' || stored === 'zh-CN' || stored === 'zh-TW') lang = stored;
  if (location.search.length > 1 || lang !== 'en') {
    document.documentElement.classList.add(${JSON.stringify(STALE_CLASS)});
    return;
  }
  var kept = document.${EARLY_PRESSES} = [];
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest(${JSON.stringify(EARLY_BUTTONS)});
    if (button && document.${EARLY_PRESSES} === kept) kept.push(button);
  }, true);
})();`.replace(/\n\s*/g, '');

/** A CSP source that allows exactly this script's text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
