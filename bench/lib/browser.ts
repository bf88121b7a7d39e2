import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';

/** The same browser and flags as the end-to-end tests (scripts/chromium.ts). */
export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

/** A fresh context (empty cache) with one page, its CPU throttled `rate` times. */
export async function open(browser: Browser, rate: number, initScripts: string[] = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  for (const script of initScripts) await page.addInitScript(script);
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const session: Session = { context, page, cdp, close: () => context.close() };
  return session;
}

/**
 * Waits until `performance.mark(name)` exists; false on timeout. The predicate is a function, not
 * a string: Playwright evaluates a string predicate with `eval` in the page, which the built
 * page's CSP (no 'unsafe-eval') refuses once its <meta> has been read.
 */
export async function waitForMark(
  page: Page | Frame,
  name: string,
  timeout: number,
): Promise<boolean> {
  try {
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
      name,
      { polling: 50, timeout },
    );
    return true;
  } catch {
    return false;
  }
}

type Scope = Page | FrameLocator;

export function playButton(scope: Scope): Locator {
  return scope.getByRole('button', { name: 'Play', exact: true });
}

export function pauseButton(scope: Scope): Locator {
  return scope.getByRole('button', { name: 'Pause', exact: true });
}

/** True when a visible "Pause" button says playback is running. */
export async function isPlaying(scope: Scope): Promise<boolean> {
  return (await pauseButton(scope).count()) > 0;
}

/** Presses Play (or Space when there is no Play button); says how. */
export async function startPlayback(scope: Scope, page: Page): Promise<string> {
  const play = playButton(scope);
  if ((await play.count()) > 0) {
    await play.first().click({ timeout: 10_000 });
    return 'Play button';
  }
  await page.keyboard.press('Space');
  return 'Space key';
}

/**
 * Picks the fastest playback speed when the page offers a speed control (a
 * select, a slider, a radio group or buttons labelled like "4×"); says which,
 * or null when there is none.
 */
export async function fastestSpeed(scope: Scope): Promise<string | null> {
  const speed = /speed|tempo|rate/i;
  const select = scope.getByRole('combobox', { name: speed });
  if ((await select.count()) > 0) {
    const values = await select
      .first()
      .locator('option')
      .evaluateAll((options) =>
        options.map((o) => ({
          value: (o as HTMLOptionElement).value,
          label: o.textContent ?? '',
        })),
      );
    const fastest = [...values].sort(
      (a, b) => speedOf(b.label, b.value) - speedOf(a.label, a.value),
    )[0];
    if (fastest) {
      await select.first().selectOption(fastest.value);
      return `select ${fastest.label.trim()}`;
    }
  }
  const slider = scope.getByRole('slider', { name: speed });
  if ((await slider.count()) > 0) {
    await slider.first().focus();
    await slider.first().press('End');
    return `slider ${
      (await slider.first().getAttribute('aria-valuetext')) ??
      (await slider
        .first()
        .inputValue()
        .catch(() => 'max'))
    }`;
  }
  const radios = scope.getByRole('radiogroup', { name: speed }).getByRole('radio');
  if ((await radios.count()) > 0) {
    const labels = await radios.evaluateAll((els) =>
      els.map(
        (el) =>
          el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '',
      ),
    );
    let best = 0;
    labels.forEach((label, i) => {
      if (speedOf(label, '') > speedOf(labels[best] ?? '', '')) best = i;
    });
    await radios.nth(best).check({ force: true });
    return `radio ${labels[best] ?? ''}`;
  }
  const buttons = scope.getByRole('button', { name: /^\s*\d+(\.\d+)?\s*[×x]\s*$/ });
  const count = await buttons.count();
  if (count > 0) {
    const labels: string[] = [];
    for (let i = 0; i < count; i++) labels.push((await buttons.nth(i).textContent()) ?? '');
    let best = 0;
    labels.forEach((label, i) => {
      if (speedOf(label, '') > speedOf(labels[best] ?? '', '')) best = i;
    });
    await buttons.nth(best).click();
    return `button ${labels[best]?.trim() ?? ''}`;
  }
  return null;
}

function speedOf(label: string, value: string): number {
  const text = `${label} ${value}`;
  const n = Number.parseFloat(/(\d+(?:\.\d+)?)/.exec(text)?.[1] ?? '');
  if (Number.isFinite(n)) return n;
  if (/fastest|max/i.test(text)) return 0.9;
  if (/fast/i.test(text)) return 0.8;
  if (/normal/i.test(text)) return 0.5;
  return 0;
}
