import { expect, type Locator, type Page } from '@playwright/test';
import type { RoundtripPage } from './RoundtripPage';

/** The classroom features through the test contract: phases, moments, granularity, projector. */
export class Classroom {
  readonly phaseRail: Locator;
  readonly legend: Locator;
  readonly page: Page;

  constructor(readonly roundtrip: RoundtripPage) {
    this.page = roundtrip.page;
    this.phaseRail = this.page.getByTestId('phase-rail');
    this.legend = this.page.getByTestId('legend');
  }

  /** Presses "Copy link to this moment" (in the header's Share panel). */
  async copyLink(): Promise<void> {
    await (await this.roundtrip.share('Copy link to this moment')).click();
  }

  /** Opens the app at a raw query (`scenario=get&moment=status-line`). */
  async open(query: string): Promise<void> {
    await this.page.goto(`./?${query}`);
    await expect(this.roundtrip.stepCounter).toBeVisible();
  }

  /** The diagram's arrows, which are buttons that go to their step, in the order drawn. */
  get arrows(): Locator {
    return this.page.locator('.diagram-scroll [role="button"][data-segment]');
  }

  /** The diagram's scroller, which holds the focus after a scenario is chosen. */
  get diagramScroller(): Locator {
    return this.page.locator('.diagram-scroll');
  }

  /** A phase chip of the rail, by its name (“Status line”, “Connect”…). */
  phase(name: string | RegExp): Locator {
    return this.phaseRail.getByRole('button', { name });
  }

  /** The URL's query parameters, once the URL has been written. */
  async param(name: string): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /**
   * Where the message panel starts in the side column's content (so a scroll of the column does
   * not count), in px: what moves it from step to step is the height of what is above it.
   */
  async messageOffset(): Promise<number> {
    return this.page.evaluate(() => {
      const side = document.querySelector('.shell-main > .side');
      const message = document.querySelector('.region-message');
      if (!side || !message) return Number.NaN;
      const top = message.getBoundingClientRect().top - side.getBoundingClientRect().top;
      return Math.round(top + side.scrollTop);
    });
  }

  /**
   * The current step's plated labels (a line runs through them): each label's glyph box on screen
   * and its plate's, both as the browser draws them, turned with the arrow.
   */
  async platedLabels(): Promise<{ text: string; label: Box; plate: Box }[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.arrow.current')].flatMap((arrow) => {
        const plate = arrow.querySelector('.plate');
        const label = arrow.querySelector('.label');
        if (!plate || !label) return [];
        const box = (el: Element) => {
          const { left, top, right, bottom } = el.getBoundingClientRect();
          return { left, top, right, bottom };
        };
        return [{ text: label.textContent ?? '', label: box(label), plate: box(plate) }];
      }),
    );
  }

  /** The element that has the focus: its class names and tag. */
  async focused(): Promise<string> {
    return this.page.evaluate(
      () => `${document.activeElement?.localName}.${document.activeElement?.className}`,
    );
  }
}

/** A label's four corners on screen (its bounding box turned with the arrow). */
type Quad = [number, number][];

/** A box on screen, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Runs in the page: the font sizes of the drawn arrow labels and state tags, the pairs of
 * labels and tags whose turned boxes overlap (separating-axis test on the four corners), and
 * where Figure 5 (the state diagram) is beside the window's size, the smallest size on screen of
 * a state's name and of an edge's label in Figure 5 (font size times the figure's scale), and the
 * arrows drawn without their label.
 */
export function measureDiagram(): {
  labelPx: number[];
  tagPx: number[];
  overlaps: string[];
  figure: Box | null;
  stateNamePx: number;
  edgeLabelPx: number;
  unlabelled: string[];
  viewport: { width: number; height: number };
} {
  const quads: { text: string; quad: Quad }[] = [];
  for (const el of document.querySelectorAll<SVGTextElement>(
    '.sequence .arrow .label, .sequence .state-tag',
  )) {
    const b = el.getBBox();
    const m = el.getScreenCTM();
    if (!m) continue;
    const corner = (x: number, y: number): [number, number] => [
      m.a * x + m.c * y + m.e,
      m.b * x + m.d * y + m.f,
    ];
    quads.push({
      text: el.textContent ?? '',
      quad: [
        corner(b.x, b.y),
        corner(b.x + b.width, b.y),
        corner(b.x + b.width, b.y + b.height),
        corner(b.x, b.y + b.height),
      ],
    });
  }
  const axes = (q: Quad) =>
    q.map((p, i) => {
      const n = q[(i + 1) % 4] ?? p;
      return [-(n[1] - p[1]), n[0] - p[0]] as [number, number];
    });
  const project = (q: Quad, ax: [number, number]) => {
    const v = q.map((p) => p[0] * ax[0] + p[1] * ax[1]);
    return [Math.min(...v), Math.max(...v)] as const;
  };
  const overlap = (p: Quad, q: Quad) =>
    [...axes(p), ...axes(q)].every((ax) => {
      const [a0, a1] = project(p, ax);
      const [b0, b1] = project(q, ax);
      // A pixel of halo is not an overlap.
      const len = Math.hypot(ax[0], ax[1]) || 1;
      return Math.min(a1, b1) - Math.max(a0, b0) > 1.5 * len;
    });
  const overlaps: string[] = [];
  for (let i = 0; i < quads.length; i++)
    for (let j = i + 1; j < quads.length; j++) {
      const p = quads[i];
      const q = quads[j];
      if (p && q && overlap(p.quad, q.quad)) overlaps.push(`${p.text} × ${q.text}`);
    }
  const px = (sel: string) =>
    [...document.querySelectorAll(sel)].map((el) =>
      Number.parseFloat(getComputedStyle(el).fontSize),
    );
  const fig = document.querySelector('.state-diagram')?.getBoundingClientRect();
  // A text's size on screen: its font size times the figure's scale.
  const screenPx = (sel: string) =>
    Math.min(
      ...[...document.querySelectorAll<SVGTextElement>(sel)].map(
        (el) => Number.parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.d ?? 0),
      ),
    );
  const stateNamePx = screenPx('.state-diagram .sd-node > text');
  const edgeLabelPx = screenPx('.state-diagram .sd-label');
  // Every arrow drawn, and those whose label is left out (it shows only as a tooltip).
  const arrows = [...document.querySelectorAll('.sequence .arrow')];
  const unlabelled = arrows
    .filter((el) => !el.querySelector('.label'))
    .map((el) => el.querySelector('title')?.textContent ?? '');
  return {
    labelPx: px('.sequence .arrow .label'),
    tagPx: px('.sequence .state-tag'),
    overlaps,
    figure: fig ? { top: fig.top, left: fig.left, bottom: fig.bottom, right: fig.right } : null,
    stateNamePx,
    edgeLabelPx,
    unlabelled,
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

/**
 * Runs in the page: each arrow label `selector` picks (`.sequence .arrow .label`, or the current
 * step's: `.sequence .arrow.current .label`) whose glyphs reach across a lane of the sequence diagram
 * (more than 12 px past it, the corner of a label's box at its arrow's end), as "label by N px".
 */
export function labelsAcrossLanes(selector: string): string[] {
  const lanes = ['client', 'server'].map(
    (e) => document.querySelector(`.sequence .lane-${e} line`)?.getBoundingClientRect().x ?? 0,
  );
  const left = Math.min(...lanes) - 12;
  const right = Math.max(...lanes) + 12;
  const across: string[] = [];
  for (const el of document.querySelectorAll<SVGTextElement>(selector)) {
    const b = el.getBBox();
    const m = el.getScreenCTM();
    if (!m) continue;
    const xs = [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x + b.width, b.y + b.height],
      [b.x, b.y + b.height],
    ].map(([x = 0, y = 0]) => m.a * x + m.c * y + m.e);
    const by = Math.max(left - Math.min(...xs), Math.max(...xs) - right);
    if (by > 0) across.push(`${el.textContent} by ${Math.round(by)} px`);
  }
  return across;
}

/**
 * Runs in the page: every control a finger can press in the page (buttons, links, fields,
 * checkboxes by their label, the legend's summary, the scrubber) that is shown and smaller than
 * 44 × 44 px (WCAG 2.5.5), outside dialogs, as "name width×height".
 */
export function smallTargets(): string[] {
  const selector =
    'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="menuitem"]';
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (el.closest('dialog')) continue;
    // A checkbox is pressed through its label, which is the target.
    const target = el.closest('label') ?? el;
    const r = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
    if (r.height < 44 || r.width < 44) {
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 24) ?? '';
      out.push(`${el.localName} ${name} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return [...new Set(out)];
}

/**
 * Runs in the page: each hyphenated TCP state name in the page's text (not the SVG drawings)
 * whose letters lie on more than one line, with the element it is in. A state name is one word
 * for a student, never broken at its hyphen (app/strings/StateNames.tsx).
 */
export function splitStateNames(): string[] {
  const names = /\b(SYN-SENT|SYN-RECEIVED|FIN-WAIT-1|FIN-WAIT-2|CLOSE-WAIT|LAST-ACK|TIME-WAIT)\b/g;
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('svg') || el.getClientRects().length === 0) continue;
    const text = node.textContent ?? '';
    for (const m of text.matchAll(names)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(`${m[0]} in ${el.localName}.${el.className}`);
    }
  }
  return out;
}
