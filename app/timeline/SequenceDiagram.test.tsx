/**
 * A long capture's diagram is windowed (band.ts): only the arrows near what is on screen are in
 * the DOM, the current step's arrow always is (with its words for a screen reader), and a canned
 * scenario is drawn whole, as it always was.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneDownloadCapture } from '../../src/capture/test-support/download';
import { listConversations, readCapture, timelineFromConversation } from '../importer/capture';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { format } from '../strings';
import { timelineOf } from '../test-support/fixtures';
import { arrowInBand, bandFor, VIRTUAL_ABOVE, WHOLE } from './band';
import {
  type ArrowGeometry,
  boxesOverlap,
  glyphBox,
  LABEL_LIFT,
  LABEL_LINE_EM,
  LABEL_PX,
  labelBox,
  labelWidth,
  lineCrosses,
  textBox,
} from './geometry';
import { textEm } from './labelText';
import { TAG_PX } from './layout';
import { SequenceDiagram } from './SequenceDiagram';
import { drawWhole } from './useBand';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Counted, so that a test can tell the words written once per timeline from once per step.
vi.mock('../strings', async (original) => {
  const strings = await original<typeof import('../strings')>();
  return { ...strings, format: vi.fn(strings.format) };
});

afterEach(() => {
  document.body.innerHTML = '';
});

// The animation chunk, which the diagram fetches once the page is idle (StepLayer's
// loadPackets): loaded here first, so that the diagram's fetch finds it loaded and never starts
// a load after the file's environment is torn down, an EnvironmentTeardownError on a slow run.
await import('./Packet');

/** One download of `octets` as the importer shows it: about one segment a kilobyte. */
function longTimeline(octets: number) {
  const read = readCapture(oneDownloadCapture(octets));
  const first = read.ok ? listConversations(read.packets)[0] : undefined;
  if (!first) throw new Error('the generated capture has no connection');
  return timelineFromConversation(first);
}

function draw(store: ReturnType<typeof createAppStore>) {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    createRoot(host).render(
      <StoreProvider store={store}>
        <SequenceDiagram />
      </StoreProvider>,
    );
  });
  return host;
}

describe('<SequenceDiagram> windowing', () => {
  const long = longTimeline(1_000_000);

  it('draws a long capture a band at a time, the current step always in it', () => {
    expect(long.segments.length).toBeGreaterThan(1000);
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: 'long.pcapng', timeline: long });
    const last = long.steps.length - 1;
    act(() => store.getState().goTo(last));
    const host = draw(store);
    const arrows = host.querySelectorAll('.sequence .arrow');
    // A screen and a margin either side: a few dozen arrows, not a thousand.
    expect(arrows.length).toBeGreaterThan(0);
    expect(arrows.length).toBeLessThan(long.segments.length / 5);
    const current = host.querySelector('.sequence .arrow[aria-current="step"]');
    const step = long.steps[last];
    const id = step?.segmentIn ?? step?.segmentsOut[0];
    expect(current?.getAttribute('data-segment')).toBe(String(id));
    expect(current?.getAttribute('aria-label')).toMatch(/step \d+/i);
    // The SVG keeps the whole diagram's height: it is its own spacer.
    const svg = host.querySelector('svg.sequence');
    expect(Number(svg?.getAttribute('height'))).toBeGreaterThan(24 * long.segments.length);
  });

  it('draws it whole while the export asks for it', () => {
    // Just over the windowing threshold: drawing a thousand arrows in happy-dom takes long.
    const long = longTimeline(230_000);
    expect(long.segments.length).toBeGreaterThan(VIRTUAL_ABOVE);
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: 'long.pcapng', timeline: long });
    act(() => store.getState().goTo(long.steps.length - 1));
    const host = draw(store);
    let giveBack = () => {};
    act(() => {
      giveBack = drawWhole();
    });
    expect(host.querySelectorAll('.sequence .arrow').length).toBe(long.segments.length);
    act(() => giveBack());
    expect(host.querySelectorAll('.sequence .arrow').length).toBeLessThan(long.segments.length / 2);
  }, 30_000);

  it('draws every canned arrow: a canned scenario is never windowed', () => {
    const timeline = timelineOf('large-response');
    expect(timeline.segments.length).toBeLessThanOrEqual(VIRTUAL_ABOVE);
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: 'large.json', timeline });
    act(() => store.getState().goTo(timeline.steps.length - 1));
    const host = draw(store);
    expect(host.querySelectorAll('.sequence .arrow').length).toBe(timeline.segments.length);
  });
});

describe('bands', () => {
  it('reach a screen beyond the viewport either side, on whole quanta', () => {
    expect(bandFor(0, 800)).toEqual({ from: -1024, to: 1792 });
    expect(bandFor(5000, 600)).toEqual({ from: 4352, to: 6400 });
    // Scrolling a few pixels does not move the band.
    expect(bandFor(5010, 600)).toEqual(bandFor(5000, 600));
  });

  it('hold an arrow that crosses them, or whose label reaches into them', () => {
    const a = { y1: 100, y2: 300, past: null } as Parameters<typeof arrowInBand>[0];
    expect(arrowInBand(a, { from: 150, to: 200 })).toBe(true);
    expect(arrowInBand(a, { from: 330, to: 400 })).toBe(true);
    expect(arrowInBand(a, { from: 400, to: 600 })).toBe(false);
    expect(arrowInBand(a, { from: -600, to: 0 })).toBe(false);
    expect(arrowInBand(a, WHOLE)).toBe(true);
  });
});

describe('<SequenceDiagram> labels and lines', () => {
  /** Every current label another arrow's shaft runs through, as `step: label`, read from the drawing. */
  function struckThrough(host: HTMLElement, step: number): string[] {
    const struck: string[] = [];
    for (const current of host.querySelectorAll('.sequence .arrow[aria-current="step"]')) {
      const shaft = current.querySelector('line.shaft');
      const label = current.querySelector('text.label');
      if (!shaft || !label) continue;
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = ['x1', 'y1', 'x2', 'y2'].map((k) =>
        Number(shaft.getAttribute(k)),
      );
      // Where along its shaft the label is anchored, and how long its text is.
      const anchor = /translate\(([-\d.]+) ([-\d.]+)\) rotate\(([-\d.]+)\)/.exec(
        label.getAttribute('transform') ?? '',
      );
      if (!anchor) continue;
      const arrow = { x1, y1, x2, y2, angle: Number(anchor[3]) } as ArrowGeometry;
      const at = (Number(anchor[1]) - x1) / (x2 - x1);
      const px = LABEL_PX.page;
      const width = (label.textContent ?? '').length * px * 0.6 + 4;
      const box = glyphBox(labelBox(arrow, at, width, px * LABEL_LINE_EM, LABEL_LIFT));
      for (const line of host.querySelectorAll('.sequence .arrow:not([aria-current]) line.shaft')) {
        const [a = 0, b = 0, c = 0, d = 0] = ['x1', 'y1', 'x2', 'y2'].map((k) =>
          Number(line.getAttribute(k)),
        );
        if (lineCrosses(box, a, b, c, d)) struck.push(`${step}: ${label.textContent}`);
      }
    }
    return struck;
  }

  // Half way along it, why-time-wait's lost last ACK was struck through by the server's FIN,
  // which crosses it there; before labels kept off the lines, 5 of its steps had the current label
  // struck through (textbook, 620 px).
  it('draws each step’s current label off the other arrows’ lines (why-time-wait)', () => {
    const timeline = timelineOf('why-time-wait');
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: 'why-time-wait.json', timeline });
    const host = draw(store);
    const struck: string[] = [];
    for (const step of timeline.steps) {
      act(() => store.getState().goTo(step.index));
      struck.push(...struckThrough(host, step.index));
    }
    expect(host.querySelectorAll('.sequence .arrow').length).toBe(timeline.segments.length);
    // But the lost last ACK's, at the steps it leaves and dies, and the FIN's it answers
    // (lines.test.ts says why).
    const lastAck = /^3[78]: \[(ACK\] Seq=70 Ack=335|FIN, ACK\] Seq=334 Ack=70) Len=0$/;
    expect(struck.filter((s) => !lastAck.test(s))).toEqual([]);
  });
});

describe('<SequenceDiagram> labels and state tags on the page', () => {
  /** Each label drawn over a state tag, as `label × tag`, read from the drawing. */
  function overTags(host: HTMLElement): string[] {
    const tags = [...host.querySelectorAll('.sequence text.state-tag')].map((tag) => ({
      text: tag.textContent ?? '',
      box: textBox(
        Number(tag.getAttribute('x')),
        Number(tag.getAttribute('y')),
        (tag.textContent ?? '').length,
        TAG_PX.page,
        tag.getAttribute('text-anchor') === 'end',
      ),
    }));
    const over: string[] = [];
    for (const label of host.querySelectorAll('.sequence .arrow text.label')) {
      const anchor = /translate\(([-\d.]+) ([-\d.]+)\) rotate\(([-\d.]+)\)/.exec(
        label.getAttribute('transform') ?? '',
      );
      if (!anchor) continue;
      // The label's box where it is anchored, along its arrow's direction.
      const [x, y, angle] = [1, 2, 3].map((k) => Number(anchor[k]));
      const along = { x1: x, y1: y, x2: (x ?? 0) + 1, y2: y, angle } as ArrowGeometry;
      const text = label.textContent ?? '';
      const px = LABEL_PX.page;
      const box = labelBox(along, 0, labelWidth(textEm(text), px), px * LABEL_LINE_EM, LABEL_LIFT);
      for (const tag of tags) if (boxesOverlap(tag.box, box)) over.push(`${text} × ${tag.text}`);
    }
    return over;
  }

  // At 1280×800 (616 px) the old duplicate SYN's label, along an arrow that starts mid-link, ran
  // over the server's SYN-RECEIVED at each of its steps.
  it('draws no label over a state tag (why-three-way, 616 px)', () => {
    const timeline = timelineOf('why-three-way');
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: 'why-three-way.json', timeline });
    const measured = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => 616,
    });
    try {
      const host = draw(store);
      expect(host.querySelector('svg.sequence')?.getAttribute('width')).toBe('616');
      const over: string[] = [];
      for (const step of timeline.steps) {
        act(() => store.getState().goTo(step.index));
        over.push(...overTags(host).map((o) => `${step.index}: ${o}`));
      }
      expect(host.querySelectorAll('.sequence text.state-tag').length).toBeGreaterThan(4);
      expect(over).toEqual([]);
    } finally {
      if (measured) Object.defineProperty(HTMLElement.prototype, 'clientWidth', measured);
    }
  });
});

describe('<SequenceDiagram> labels drawn over every arrow', () => {
  /** The diagram of a canned scenario's timeline at step `step`. */
  function drawnAt(id: string, profile: 'textbook' | 'linux', step: number) {
    const timeline = timelineOf(id, profile);
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: `${id}.json`, timeline });
    const host = draw(store);
    act(() => store.getState().goTo(step));
    return host;
  }

  /** Whether `node` comes after every arrow in the document (so is painted over each). */
  function afterEveryArrow(host: HTMLElement, node: Element | undefined): boolean {
    const arrows = [...host.querySelectorAll('.sequence .arrow')];
    const last = arrows[arrows.length - 1];
    return Boolean(
      last && node && last.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  }

  // large-response (linux) at step 42: the data segment the client receives was sent before the
  // ACKs and segments drawn after it, whose lines run through its label; its plate, drawn inside
  // its own arrow, lay under them. A copy is drawn over every arrow: the plates first, then the
  // words, the step's last, so that a plate hides no other label's words.
  it('draws the plated labels again over every arrow, plates first, without names', () => {
    const host = drawnAt('large-response', 'linux', 42);
    const current = host.querySelector('.sequence .arrow[aria-current="step"] .plate');
    const over = host.querySelector('.sequence .labels-over');
    const plates = [...(over?.querySelectorAll('.plate') ?? [])];
    const words = [...(over?.querySelectorAll('.label-over') ?? [])];
    expect(current).not.toBeNull();
    expect(plates.length).toBeGreaterThan(1);
    expect(words.length).toBeGreaterThanOrEqual(plates.length);
    expect(afterEveryArrow(host, over ?? undefined)).toBe(true);
    expect(over?.getAttribute('aria-hidden')).toBe('true');
    const last = words[words.length - 1];
    expect(last?.classList.contains('current')).toBe(true);
    expect(last?.querySelector('.label')?.textContent).toBe(
      current?.parentElement?.querySelector('.label')?.textContent,
    );
    const lastPlate = plates[plates.length - 1];
    expect(
      words.every(
        (w) => lastPlate && lastPlate.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBe(true);
  });

  // lost-segment at step 25: the lost response, no longer the step's, lies under the ACK sent
  // 5 ms before it, whose line runs along the top of its words. Its halo cut the line only under
  // each glyph, and the line showed in every gap: it is plated, without the step's bold.
  it('plates a label that is not the step’s where a line runs through it', () => {
    const host = drawnAt('lost-segment', 'textbook', 25);
    const lost = '[PSH, ACK] Seq=1 Ack=69 Len=333';
    const arrow = [...host.querySelectorAll('.sequence .arrow')].find(
      (g) => g.querySelector('text.label')?.textContent === lost,
    );
    expect(arrow?.getAttribute('aria-current')).toBeNull();
    expect(arrow?.querySelector('.plate')).not.toBeNull();
    const copy = [...host.querySelectorAll('.sequence .labels-over .label-over')].find(
      (g) => g.textContent === lost,
    );
    expect(afterEveryArrow(host, copy)).toBe(true);
    expect(copy?.classList.contains('current')).toBe(false);
    expect(copy?.classList.contains('from-server')).toBe(true);
    // The copy lies exactly over the arrow's own label, which a click and the tooltip reach.
    expect(copy?.querySelector('text')?.getAttribute('transform')).toBe(
      arrow?.querySelector('text.label')?.getAttribute('transform'),
    );
  });
});

describe('<SequenceDiagram> in projector mode', () => {
  /** The label of lost-segment's retransmission, drawn at the step that sends it, `width` px wide. */
  function retransmissionLabel(width: number): string | null | undefined {
    const timeline = timelineOf('lost-segment');
    const resent = timeline.segments.find((seg) => seg.retransmissionOf !== null);
    const step = timeline.steps.find((s) => resent && s.segmentsOut.includes(resent.id));
    const store = createAppStore(modelApi);
    store.getState().setProjector(true);
    store.getState().loadSource({ kind: 'imported', name: 'lost-segment.json', timeline });
    act(() => store.getState().goTo(step?.index ?? 0));
    const measured = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => width,
    });
    try {
      const host = draw(store);
      return host.querySelector(`.sequence .arrow[data-segment="${resent?.id}"] text.label`)
        ?.textContent;
    } finally {
      if (measured) Object.defineProperty(HTMLElement.prototype, 'clientWidth', measured);
    }
  }

  // At 1280×720 (728 px) "↻ retransmission [PSH, ACK]", on the first of its two lines, was longer
  // than the lanes are apart: marked by ↻ alone, which the legend explains, it fits between them.
  it('marks a retransmission by ↻ alone where the lanes are close, by ↻ and its word where not', () => {
    expect(retransmissionLabel(728)).toMatch(/^↻ \[PSH, ACK\]/);
    expect(retransmissionLabel(928)).toMatch(/^↻ retransmission \[PSH, ACK\]/);
  });
});

describe('<SequenceDiagram> the state tags under the now line', () => {
  // In projector mode a tag sits at its step's moment, where the now line is drawn at that step:
  // the tag's halo cut the line only under each glyph, and its dots showed between the letters
  // (GET at 1280×720, the client's ESTABLISHED). The tag sits on a plate there, and only there.
  it('draws a plate under each tag the now line runs through, at every step of GET', () => {
    const store = createAppStore(modelApi);
    store.getState().setProjector(true);
    store.getState().loadScenario('get');
    const measured = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => 728,
    });
    try {
      const host = draw(store);
      const steps = store.getState().timeline?.steps.length ?? 0;
      let plated = 0;
      for (let step = 0; step < steps; step++) {
        act(() => store.getState().goTo(step));
        const nowY = Number(
          host
            .querySelector('.sequence .now')
            ?.getAttribute('transform')
            ?.match(/ ([\d.]+)\)/)?.[1],
        );
        for (const tag of host.querySelectorAll('.sequence text.state-tag')) {
          const px = host.querySelector('.state-tags.close') ? TAG_PX.close : TAG_PX.big;
          const baseline = Number(tag.getAttribute('y'));
          const across = nowY >= baseline - 0.85 * px && nowY <= baseline + 0.25 * px;
          const plate = tag.previousElementSibling?.classList.contains('tag-plate')
            ? tag.previousElementSibling
            : null;
          expect(plate !== null, `step ${step}: ${tag.textContent}`).toBe(across);
          if (!plate) continue;
          plated++;
          const top = Number(plate.getAttribute('y'));
          const height = Number(plate.getAttribute('height'));
          expect(top).toBeLessThanOrEqual(nowY);
          expect(top + height).toBeGreaterThanOrEqual(nowY);
        }
      }
      expect(plated).toBeGreaterThan(5);
    } finally {
      if (measured) Object.defineProperty(HTMLElement.prototype, 'clientWidth', measured);
    }
  });
});

describe('<SequenceDiagram> at each step', () => {
  // A step changes which arrows are drawn and which is current, not what an arrow says.
  it('writes an arrow’s words for a screen reader once, when it is first drawn', () => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('large-response', { step: 30 });
    const host = draw(store);
    const drawn = () => host.querySelectorAll('.sequence .arrow').length;
    const before = drawn();
    expect(before).toBeGreaterThan(5);
    vi.mocked(format).mockClear();
    for (let i = 0; i < 5; i++) act(() => store.getState().next());
    const arrowWords = vi.mocked(format).mock.calls.filter(([, key]) => key === 'diagram.arrow');
    expect(arrowWords.length).toBe(drawn() - before);
  });
});

describe('<SequenceDiagram> a stretch cut short', () => {
  // GET's TIME-WAIT is 4 min drawn in a few pixels: the band that says so stopped just past the
  // server's lane, while the now line and the server's state tags go on to the phase rail.
  it('is banded across the whole time axis, as far as the now line', () => {
    const store = createAppStore(modelApi);
    const timeline = timelineOf('get');
    store.getState().loadScenario('get', { step: timeline.steps.length - 1 });
    const host = draw(store);
    const band = host.querySelector('.sequence .break rect');
    const now = host.querySelector('.sequence .now line');
    expect(band).not.toBeNull();
    const end = Number(band?.getAttribute('x')) + Number(band?.getAttribute('width'));
    expect(end).toBe(Number(now?.getAttribute('x2')));
    expect(Number(band?.getAttribute('x'))).toBeLessThan(Number(now?.getAttribute('x1')));
  });

  // A label that crosses a stretch is drawn over it, and over its words: drawn after the arrows,
  // the words ran over the top of an imported capture's resent response (retransmission-rto),
  // whose level arrow is just under its stretch. The export copies the drawing in its order.
  it('writes its words under the arrows and their labels, on the page and in the export', async () => {
    const store = createAppStore(modelApi);
    const timeline = timelineOf('lost-segment');
    store.getState().loadScenario('lost-segment', { step: timeline.steps.length - 1 });
    const host = draw(store);
    const words = host.querySelector('.sequence .break-label');
    const band = host.querySelector('.sequence .break rect');
    const labels = [...host.querySelectorAll('.sequence .arrow .label')];
    expect(words?.textContent).toMatch(/compressed$/);
    expect(labels.length).toBeGreaterThan(5);
    const drawnBefore = (a: Element | null | undefined, b: Element | null | undefined) =>
      Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(drawnBefore(band, words)).toBe(true);
    expect(labels.filter((label) => !drawnBefore(words, label))).toEqual([]);
    const svg = host.querySelector('svg.sequence');
    if (!(svg instanceof SVGSVGElement)) throw new Error('no diagram');
    const file = (await import('../importer/diagramImage')).diagramSvg(svg);
    const first = labels[0]?.textContent ?? '';
    expect(file.indexOf(words?.textContent ?? '')).toBeGreaterThan(0);
    expect(file.indexOf(words?.textContent ?? '')).toBeLessThan(file.indexOf(first));
  });
});
