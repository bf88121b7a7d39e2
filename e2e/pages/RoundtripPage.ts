import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export interface OpenOptions {
  scenario?: string;
  step?: number;
  lang?: string;
  embed?: boolean;
  /** `profile=linux`: one of the URL's own parameters (docs/test-contract.md). */
  profile?: 'textbook' | 'linux';
  /** `projector=1`: projector mode. */
  projector?: boolean;
}

/** What a first load did (RoundtripPage.watchFirstLoad). */
export interface FirstLoad {
  /** Cumulative layout shift. */
  cls: number;
  /** Whether the prerendered page was taken out of the document (replaced, not hydrated). */
  shellRemoved: boolean;
  /** Whether #root was hidden when the HTML had been parsed. */
  hiddenAtParse: boolean | null;
}

/** What the page shows of the test contract, read in one round trip. */
export interface Shown {
  client: string;
  server: string;
  counter: string;
  explanation: string;
  messageId: string;
  revealed: number;
  message: string;
}

/**
 * Runs in the page: presses "Next step" `count` times and reads the test
 * contract's elements after each press (or once, for count 0). Self-contained,
 * because Playwright sends it to the page as source.
 */
async function pressAndRead(count: number): Promise<Shown[]> {
  const read = (): Shown => {
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    const view = document.querySelector<HTMLElement>('[data-testid="message-view"]');
    return {
      client: text('client-state'),
      server: text('server-state'),
      counter: text('step-counter'),
      explanation: text('step-explanation'),
      messageId: view?.dataset.messageId ?? '',
      revealed: Number(view?.dataset.revealed ?? 0),
      message: view?.querySelector('.message-lines')?.textContent ?? '',
    };
  };
  if (count === 0) return [read()];
  const next = [...document.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === 'Next step',
  );
  const out: Shown[] = [];
  for (let i = 0; i < count; i++) {
    next?.click();
    await new Promise((r) => setTimeout(r, 0));
    out.push(read());
  }
  return out;
}

/** The page object: tests speak the test contract (docs/test-contract.md) through it. */
export class RoundtripPage {
  readonly clientState: Locator;
  readonly serverState: Locator;
  readonly stepCounter: Locator;
  readonly explanation: Locator;
  readonly messageView: Locator;
  readonly scrubber: Locator;
  readonly scenarioDescription: Locator;
  /** The TCP states panel: the step's state changes in words, and Figure 5 with its caption. */
  readonly stateChanges: Locator;
  readonly stateFigure: Locator;

  constructor(readonly page: Page) {
    this.clientState = page.getByTestId('client-state');
    this.serverState = page.getByTestId('server-state');
    this.stepCounter = page.getByTestId('step-counter');
    this.explanation = page.getByTestId('step-explanation');
    this.messageView = page.getByTestId('message-view');
    this.scrubber = page.locator('input.scrubber');
    this.scenarioDescription = page.getByTestId('scenario-desc');
    this.stateChanges = page.locator('.region-states .state-changes');
    this.stateFigure = page.locator('.region-states .state-figure');
  }

  async open(options: OpenOptions = {}): Promise<void> {
    const params = new URLSearchParams();
    if (options.scenario !== undefined) params.set('scenario', options.scenario);
    if (options.step !== undefined) params.set('step', String(options.step));
    if (options.lang !== undefined) params.set('lang', options.lang);
    if (options.embed) params.set('embed', '1');
    if (options.profile !== undefined) params.set('profile', options.profile);
    if (options.projector) params.set('projector', '1');
    const query = params.toString();
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.stepCounter).toBeVisible();
  }

  /**
   * Opens the app at a query and hash written as they are, not encoded: for
   * links as hostile pages write them (broken percent-encoding, raw markup).
   */
  async openRaw(queryAndHash: string): Promise<void> {
    await this.page.goto(`./${queryAndHash}`);
    await expect(this.stepCounter).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async next(): Promise<void> {
    await this.button('Next step').click();
  }

  /** The → key: the quick way through hundreds of steps (the focus must not be in a field). */
  async pressNext(): Promise<void> {
    await this.page.keyboard.press('ArrowRight');
  }

  async previous(): Promise<void> {
    await this.button('Previous step').click();
  }

  /** The step number the counter shows (its first number). */
  async currentStep(): Promise<number> {
    const text = (await this.stepCounter.textContent()) ?? '';
    return Number(/\d[\d,]*/.exec(text)?.[0]?.replace(/,/g, '') ?? Number.NaN);
  }

  /** The total number of steps the counter shows (its last number). */
  async stepCount(): Promise<number> {
    const numbers = ((await this.stepCounter.textContent()) ?? '').match(/\d[\d,]*/g) ?? [];
    return Number(numbers[numbers.length - 1]?.replace(/,/g, '') ?? Number.NaN);
  }

  /** Moves the scrubber to step n, as a person dragging it would. */
  async goToStep(n: number): Promise<void> {
    await this.scrubber.fill(String(n));
    await expect.poll(() => this.currentStep()).toBe(n);
  }

  /** The scenario the picker shows, by its id (`custom` for the workshop's own). */
  async shownScenario(): Promise<string> {
    return this.page.getByLabel('Scenario', { exact: true }).inputValue();
  }

  async selectScenario(id: string): Promise<void> {
    await this.page.getByLabel('Scenario', { exact: true }).selectOption(id);
    await expect(this.page).toHaveURL(new RegExp(`scenario=${id.replace('.', '\\.')}`));
  }

  /** On a phone the header's tools fold behind one button: unfolds them (else does nothing). */
  async openTools(): Promise<void> {
    const toggle = this.page.locator('.shell-header .tools-toggle');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
    }
  }

  /** Opens one of the header's panels ("Display", "Share"), found by its place, in any language. */
  private async openPanel(name: 'display' | 'share'): Promise<Locator> {
    await this.openTools();
    const button = this.page.locator(`.shell-header .${name}-tools > .popover-button`);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    return this.page.locator(`.shell-header .${name}-tools > .popover-panel`);
  }

  /** A checkbox of the header's Display panel ("Projector mode", "One step per segment"…), shown. */
  async display(label: string): Promise<Locator> {
    return (await this.openPanel('display')).getByLabel(label, { exact: true });
  }

  /** A button of the header's Share panel ("Copy link to this moment", "Copy embed code"), shown. */
  async share(name: string): Promise<Locator> {
    return (await this.openPanel('share')).getByRole('button', { name, exact: true });
  }

  /** Picks a language in the header's switch; its label is in the current language. */
  async setLanguage(code: 'en' | 'zh-CN' | 'zh-TW'): Promise<void> {
    await this.openTools();
    await this.page.locator('.shell-header select').nth(1).selectOption(code);
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }

  async shown(): Promise<Shown> {
    const [shown] = await this.page.evaluate(pressAndRead, 0);
    if (!shown) throw new Error('nothing read');
    return shown;
  }

  /**
   * Presses "Next step" `count` times inside the page and reads the contract
   * after each press: one round trip for a whole scenario, so that hundreds of
   * steps take seconds even on a slow machine.
   */
  async walk(count: number): Promise<Shown[]> {
    return this.page.evaluate(pressAndRead, count);
  }

  /**
   * Presses → `count` times, a frame apart, and counts the CSS transitions and
   * animations that start meanwhile (their `transitionrun` and
   * `animationstart` events), by the class of the element each moves.
   */
  async cssMotionWhileStepping(count: number): Promise<string[]> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __motion: string[] }).__motion = seen;
      const note = (e: Event) => {
        const el = e.target instanceof Element ? e.target : null;
        seen.push(`${e.type} ${el?.getAttribute('class') ?? el?.localName ?? '?'}`);
      };
      document.addEventListener('transitionrun', note, true);
      document.addEventListener('animationstart', note, true);
    });
    for (let i = 0; i < count; i++) {
      await this.pressNext();
      await this.page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    }
    return this.page.evaluate(() => (window as unknown as { __motion: string[] }).__motion);
  }

  /** The sequence diagram's arrows in the DOM (a long diagram holds only those near the screen). */
  diagramArrows(): Locator {
    return this.page.locator('svg.sequence .arrow');
  }

  /** The arrow of the current step's segment. */
  currentArrow(): Locator {
    return this.page.locator('svg.sequence .arrow[aria-current="step"]');
  }

  /**
   * The labels, of arrows other than the current step's, that a travelling packet's box
   * overlaps on screen (each label's box as the browser draws it: for a slanted label the
   * upright box round it, a little larger than its glyphs).
   */
  async labelsUnderPackets(): Promise<string[]> {
    await this.page.locator('.packet').first().waitFor();
    return this.page.evaluate(() => {
      const packets = [...document.querySelectorAll('.packet')].map((p) =>
        p.getBoundingClientRect(),
      );
      const labels = [
        ...document.querySelectorAll('svg.sequence .arrow:not([aria-current="step"]) .label'),
      ];
      return labels
        .filter((label) => {
          const r = label.getBoundingClientRect();
          return packets.some(
            (p) => p.left < r.right && r.left < p.right && p.top < r.bottom && r.top < p.bottom,
          );
        })
        .map((label) => label.textContent ?? '');
    });
  }

  /** Whether `target` lies inside the diagram's scrolled viewport: in part, or `whole`. */
  async inDiagramView(target: Locator, whole = false): Promise<boolean> {
    return target.evaluate((el, all) => {
      const scroller = el.closest('.diagram-scroll');
      if (!scroller) return false;
      const box = scroller.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return all
        ? r.top >= box.top && r.bottom <= box.bottom
        : r.bottom >= box.top && r.top <= box.bottom;
    }, whole);
  }

  /**
   * The segments in flight (with `sent`, only those the step sends) whose arrow or label reaches
   * outside the diagram's scrolled view.
   */
  async flightOutOfView(sent = false): Promise<string[]> {
    return this.page.evaluate((sentOnly) => {
      const scroller = document.querySelector('.diagram-scroll');
      if (!scroller) return ['no diagram'];
      const box = scroller.getBoundingClientRect();
      const arrows = `.sequence .arrow.flight${sentOnly ? '.current' : ''}`;
      return [...document.querySelectorAll<SVGGElement>(arrows)].flatMap((a) =>
        [...a.querySelectorAll('.shaft, .label')]
          .filter((part) => {
            const r = part.getBoundingClientRect();
            return r.top < box.top - 1 || r.bottom > box.bottom + 1;
          })
          .map((part) => `${a.dataset.segment} ${part.getAttribute('class')}`),
      );
    }, sent);
  }

  /**
   * The player's controls that are not on the first button's row: each button whose top differs
   * from the first's, and each other control (scrubber, counter, speed) whose middle lies outside
   * that row, with its top and its size.
   */
  async controlsOffFirstRow(): Promise<string[]> {
    return this.page.evaluate(() => {
      const visible = (el: Element) => el.getBoundingClientRect().width > 0;
      const buttons = [...document.querySelectorAll('.controls button')].filter(visible);
      const row = buttons[0]?.getBoundingClientRect();
      if (!row) return ['no controls'];
      const name = (el: Element) =>
        `${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.localName}`;
      const others = [...document.querySelectorAll('.controls :is(.scrubber, output, select)')];
      return [
        ...buttons.filter((b) => Math.round(b.getBoundingClientRect().top) !== Math.round(row.top)),
        ...others.filter((el) => {
          const r = el.getBoundingClientRect();
          const middle = (r.top + r.bottom) / 2;
          return middle < row.top || middle > row.bottom;
        }),
      ].map((el) => {
        const r = el.getBoundingClientRect();
        return `${name(el)} at ${Math.round(r.top)} (${Math.round(r.width)}×${Math.round(r.height)})`;
      });
    });
  }

  /**
   * Whether the diagram's "now" line lies inside the diagram's scrolled viewport; with
   * `clearOfExplanation`, also above the explanation, which on a phone sticks over the diagram's
   * lower part.
   */
  async nowLineInView(clearOfExplanation = false): Promise<boolean> {
    return this.page.evaluate((clear) => {
      const scroller = document.querySelector('.diagram-scroll');
      const now = document.querySelector('.sequence .now line');
      const sheet = document.querySelector('.region-explain');
      if (!scroller || !now || (clear && !sheet)) return false;
      const box = scroller.getBoundingClientRect();
      const line = now.getBoundingClientRect();
      const bottom =
        clear && sheet ? Math.min(box.bottom, sheet.getBoundingClientRect().top) : box.bottom;
      return line.top >= box.top && line.bottom <= bottom;
    }, clearOfExplanation);
  }

  /**
   * The current step's labels that are not whole in the diagram's view: above its top, or below
   * its bottom or, on a phone, the top of the explanation over it.
   */
  async currentLabelsHidden(): Promise<string[]> {
    return this.page.evaluate(() => {
      const scroller = document.querySelector('.diagram-scroll')?.getBoundingClientRect();
      const sheet = document.querySelector('.region-explain')?.getBoundingClientRect();
      if (!scroller) return ['no diagram'];
      const bottom = Math.min(
        scroller.bottom,
        sheet && sheet.top > scroller.top ? sheet.top : Infinity,
      );
      return [...document.querySelectorAll('.sequence .arrow.current .label')]
        .filter((label) => {
          const r = label.getBoundingClientRect();
          return r.top < scroller.top - 1 || r.bottom > bottom + 1;
        })
        .map((label) => label.textContent ?? '');
    });
  }

  /**
   * The current step's arrows (shaft or label) that are not whole on screen in the part of the
   * diagram in sight: under the screen's top or the scroller's, above the top edge of whatever
   * sticks over the scroller's lower part (on a phone the explanation or Predict's question, and
   * the controls). The follow keeps all of them there where they fit together, else those the
   * step sends (ARCHITECTURE.md, useFollow.ts): so are they measured. Each as "segment part".
   */
  async stepArrowsHidden(): Promise<string[]> {
    return this.page.evaluate(() => {
      const scroller = document.querySelector('.diagram-scroll')?.getBoundingClientRect();
      if (!scroller) return ['no diagram'];
      let bottom = Math.min(scroller.bottom, window.innerHeight);
      for (const over of document.querySelectorAll(
        '.region-explain, .learning-panel, .shell-controls',
      )) {
        const edge = over.getBoundingClientRect().top;
        if (edge > scroller.top && edge < bottom) bottom = edge;
      }
      const top = Math.max(scroller.top, 0);
      const parts = (arrows: string) =>
        [...document.querySelectorAll<SVGGElement>(arrows)].flatMap((a) =>
          [...a.querySelectorAll('.shaft, .label')].map((part) => ({
            name: `${a.dataset.segment} ${part.getAttribute('class')}`,
            box: part.getBoundingClientRect(),
          })),
        );
      const tall = (list: { box: DOMRect }[]) =>
        Math.max(...list.map((p) => p.box.bottom)) - Math.min(...list.map((p) => p.box.top));
      const all = parts('.sequence .arrow.current');
      if (all.length === 0) return [];
      // The follow's margins: 8 px at the top, 16 at the bottom.
      const kept = tall(all) <= bottom - top - 24 ? all : parts('.sequence .arrow.current.flight');
      return kept
        .filter(({ box }) => box.top < top - 1 || box.bottom > bottom + 1)
        .map(({ name }) => name);
    });
  }

  /**
   * How much of the diagram's scroller shows above the explanation, in px: on a phone the
   * explanation sticks over the diagram's lower part.
   */
  async diagramShownAboveExplanation(): Promise<number> {
    return this.page.evaluate(() => {
      const scroller = document.querySelector('.diagram-scroll')?.getBoundingClientRect();
      const sheet = document.querySelector('.region-explain')?.getBoundingClientRect();
      if (!scroller || !sheet) return 0;
      return Math.min(scroller.bottom, sheet.top) - Math.max(scroller.top, 0);
    });
  }

  /**
   * How far the page itself scrolls beyond the window, in px (0 where only its columns scroll, as
   * on a desktop: the window scrolling shows blank space under the controls bar).
   */
  async pageOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
    );
  }

  /** The endpoints whose marker in Figure 5 lies outside the figure's sideways-scrolled view. */
  async markersOutOfFigureView(): Promise<string[]> {
    return this.page.evaluate(() => {
      const scroller = document.querySelector('.sd-scroll');
      if (!scroller) return ['no figure'];
      const view = scroller.getBoundingClientRect();
      return ['client', 'server'].filter((e) => {
        const marker = scroller.querySelector(`.sd-marker.marker-${e}`)?.getBoundingClientRect();
        return !marker || marker.left < view.left || marker.right > view.right;
      });
    });
  }

  /** The message's lines as shown (`.message-lines .line`), the start line first. */
  messageLine(index: number): Locator {
    return this.messageView.locator('.message-lines .line').nth(index);
  }

  /** The note under the message: what the line pointed at (or the step's own line) means. */
  get messageNote(): Locator {
    return this.messageView.locator('.message-note');
  }

  /** The hint under the message that says how to read a line's note, as shown. */
  get messageHint(): Locator {
    return this.messageView.locator('.message-hint');
  }

  /** A message line's outline as drawn: the highlight that keyboard focus and a tap give it. */
  async outlineOf(line: Locator): Promise<string> {
    return line.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    });
  }

  /**
   * Whether the message line the step writes or reads (`.current`) lies whole inside the message
   * region as it is scrolled; null when the step has none.
   */
  async currentLineSeen(): Promise<boolean | null> {
    return this.page.evaluate(() => {
      const region = document.querySelector('.region-message');
      const line = region?.querySelector('.message-lines .current');
      if (!region || !line) return null;
      const view = region.getBoundingClientRect();
      const box = line.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
  }

  /**
   * From the next navigation on: every console error and uncaught exception, the cumulative
   * layout shift (PerformanceObserver), and whether the prerendered page's `.shell` was ever
   * taken out of the document (replaced rather than hydrated) or hidden at DOMContentLoaded.
   */
  async watchFirstLoad(): Promise<{ errors: string[]; read: () => Promise<FirstLoad> }> {
    const errors: string[] = [];
    this.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    this.page.on('pageerror', (e) => errors.push(String(e)));
    await this.page.addInitScript(() => {
      const w = window as unknown as { __firstLoad: FirstLoad };
      w.__firstLoad = { cls: 0, shellRemoved: false, hiddenAtParse: null };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          w.__firstLoad.cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.removedNodes) {
            if (n instanceof Element && (n.matches('.root') || n.querySelector('.shell'))) {
              w.__firstLoad.shellRemoved = true;
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('root');
        w.__firstLoad.hiddenAtParse = root ? getComputedStyle(root).visibility === 'hidden' : null;
      });
    });
    return {
      errors,
      read: () =>
        this.page.evaluate(() => (window as unknown as { __firstLoad: FirstLoad }).__firstLoad),
    };
  }

  /**
   * Waits for Figure 5's tall arrangement, which projector mode's three columns and a phone draw:
   * the wide one is drawn until the tall one's module has arrived (app/states/StatesPanel.tsx),
   * which a cold load under load fetches after the app is ready.
   */
  async waitForTallFigure(): Promise<void> {
    await expect(this.page.locator('.state-diagram')).toHaveClass(/\bsd-tall\b/);
  }

  /** Waits until the app has drawn its first timeline and two more frames have passed. */
  async waitUntilReady(): Promise<void> {
    await this.page.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }

  /**
   * Each text drawn in the page's SVG figures whose contrast against the panel behind it is under
   * WCAG 2.2's 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold), as `ratio text`. axe leaves
   * SVG text out. The colour is the text's fill, faded by its own and its ancestors' opacity, over
   * the nearest background colour behind the figure.
   */
  async lowContrastSvgText(): Promise<string[]> {
    return this.page.evaluate(() => {
      const rgba = (c: string) => {
        const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
        return { r: m[0] ?? 0, g: m[1] ?? 0, b: m[2] ?? 0, a: m[3] ?? 1 };
      };
      const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const lin = (v: number) => {
          const s = v / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const low: string[] = [];
      for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
        const box = text.getBoundingClientRect();
        if (box.width === 0 || !text.textContent?.trim()) continue;
        const style = getComputedStyle(text);
        if (style.visibility === 'hidden') continue;
        let alpha = Number(style.fillOpacity) * rgba(style.fill).a;
        for (let el: Element | null = text; el; el = el.parentElement)
          alpha *= Number(getComputedStyle(el).opacity);
        let back = { r: 255, g: 255, b: 255, a: 1 };
        // A text drawn on a shape of its own (Figure 5's states and endpoint markers) is read
        // against that shape's fill.
        const shape = text.previousElementSibling;
        const shapeFill = shape?.matches('circle, rect, ellipse')
          ? rgba(getComputedStyle(shape).fill)
          : null;
        if (shapeFill && shapeFill.a > 0 && getComputedStyle(shape as Element).fill !== 'none')
          back = shapeFill;
        else
          for (let el: Element | null = text.closest('svg'); el; el = el.parentElement) {
            const c = rgba(getComputedStyle(el).backgroundColor);
            if (c.a > 0) {
              back = c;
              break;
            }
          }
        const fore = rgba(style.fill);
        const seen = {
          r: fore.r * alpha + back.r * (1 - alpha),
          g: fore.g * alpha + back.g * (1 - alpha),
          b: fore.b * alpha + back.b * (1 - alpha),
        };
        const [hi, lo] = [luminance(seen), luminance(back)].sort((x, y) => y - x);
        const ratio = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
        const px = Number.parseFloat(style.fontSize);
        const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) low.push(`${ratio.toFixed(2)} ${text.textContent.trim()}`);
      }
      return low;
    });
  }

  /**
   * The scenario titles the scenario menu would cut when chosen: each option's text measured in
   * the menu's own font against the room inside it (its width less its padding and the arrow's
   * 24 px).
   */
  async scenarioTitlesCut(): Promise<string[]> {
    return this.page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('.scenario-picker select');
      if (!select) return ['no scenario menu'];
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return ['no canvas'];
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        select.clientWidth -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight) -
        24;
      return [...select.options]
        .map((o) => o.text)
        .filter((text) => context.measureText(text).width > room);
    });
  }

  /** The controls' "?" button, which opens the list of keys (hidden on a touch phone). */
  get keysButton(): Locator {
    return this.button('Keyboard shortcuts');
  }

  /**
   * Opens the list of keys with its button and waits until it shows: it is fetched when first
   * asked for, so an Escape pressed at once could come before it.
   */
  async showKeys(): Promise<Locator> {
    await this.keysButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Zero accessibility violations against WCAG 2.2 A and AA. */
  async expectNoAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
  }
}
