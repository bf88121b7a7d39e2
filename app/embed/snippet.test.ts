import { describe, expect, it } from 'vitest';
import { findScenario, type Scenario } from '../model';
import { timelineOf } from '../test-support/fixtures';
import { viewIndexOf } from '../timeline/granularity';
import { encodeScenarioParam } from '../url/scenarioParam';
import {
  type EmbedView,
  embedUrl,
  fallbackHeight,
  fullUrl,
  HOST_SCRIPT,
  iframeSnippet,
} from './snippet';

const view: EmbedView = {
  scenarioId: 'get',
  source: { kind: 'canned', id: 'get' },
  timeline: null,
  cursor: 4,
  lang: 'en',
  profile: 'textbook',
  seqMode: 'relative',
  seqChosen: false,
  granularity: 'block',
};

describe('the embed code', () => {
  it('names the view, the panels and, when given, the course site', () => {
    expect(embedUrl('https://rt.test/app/?x=1#h', view)).toBe(
      'https://rt.test/app/?scenario=get&step=4&lang=en&embed=1&panels=explanation',
    );
    expect(
      embedUrl('https://rt.test/', view, { panels: 'all', origin: 'https://moodle.example.edu' }),
    ).toBe(
      'https://rt.test/?scenario=get&step=4&lang=en&embed=1&panels=all&origin=https%3A%2F%2Fmoodle.example.edu',
    );
  });

  it('is a titled, lazily loaded frame of the preset size, never wider than the page', () => {
    const code = iframeSnippet('https://rt.test/?a=1&b="2"', 'A <simple> GET', {
      size: 'small',
      panels: 'diagram',
      origin: null,
    });
    const frame = code.split('\n')[0] ?? '';
    expect(frame).toBe(
      `<iframe src="https://rt.test/?a=1&amp;b=&quot;2&quot;" title="Roundtrip: A &lt;simple&gt; GET" width="480" height="${fallbackHeight('small', 'diagram')}" style="max-width: 100%; border: 0" loading="lazy"></iframe>`,
    );
    const full = iframeSnippet('https://rt.test/', 'GET', {
      size: 'full',
      panels: 'all',
      origin: null,
    });
    expect(full).toContain(
      `style="width: 100%; height: ${fallbackHeight('medium', 'all')}px; border: 0"`,
    );
  });

  it('carries the script that fits the frame to its content, and nothing that ends it early', () => {
    const code = iframeSnippet('https://rt.test/', 'GET', {
      size: 'medium',
      panels: 'explanation',
      origin: null,
    });
    expect(code).toContain(`<script>\n${HOST_SCRIPT}\n</script>`);
    expect(HOST_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });
});

describe("the course page's script", () => {
  /** Runs HOST_SCRIPT on a page holding these frames; returns its message listener. */
  function page(frames: { contentWindow: object; src: string; style: { height?: string } }[]) {
    const listeners: ((e: object) => void)[] = [];
    const win: Record<string, unknown> = {
      addEventListener: (_type: string, listener: (e: object) => void) => listeners.push(listener),
    };
    const run = new Function('window', 'document', 'location', HOST_SCRIPT);
    run(win, { getElementsByTagName: () => frames }, { href: 'https://course.test/page' });
    // A second copy, as a page with three embeds has three: it adds no second listener.
    run(win, { getElementsByTagName: () => frames }, { href: 'https://course.test/page' });
    expect(listeners).toHaveLength(1);
    return (e: object) => listeners[0]?.(e);
  }

  it('sets the height of the frame that posted it, from that frame’s origin only', () => {
    const a = { contentWindow: {}, src: 'https://rt.test/?embed=1', style: {} };
    const b = { contentWindow: {}, src: '/local/?embed=1', style: {} };
    const hear = page([a, b]);
    const resize = { source: 'roundtrip', type: 'resize', height: 612.4 };
    hear({ data: resize, source: a.contentWindow, origin: 'https://rt.test' });
    expect(a.style).toEqual({ height: '613px' });
    expect(b.style).toEqual({});
    // The frame's address is relative: its origin is the page's.
    hear({ data: resize, source: b.contentWindow, origin: 'https://course.test' });
    expect(b.style).toEqual({ height: '613px' });
  });

  it('ignores a wrong origin, an unknown window and anything but a sane height', () => {
    const a = { contentWindow: {}, src: 'https://rt.test/', style: {} };
    const hear = page([a]);
    const ok = { source: 'roundtrip', type: 'resize', height: 500 };
    hear({ data: ok, source: a.contentWindow, origin: 'https://evil.test' });
    hear({ data: ok, source: {}, origin: 'https://rt.test' });
    for (const height of [50, 20_000, Number.NaN, '500', null]) {
      hear({ data: { ...ok, height }, source: a.contentWindow, origin: 'https://rt.test' });
    }
    for (const data of [null, 'resize', { ...ok, source: 'other' }, { ...ok, type: 'step' }]) {
      hear({ data, source: a.contentWindow, origin: 'https://rt.test' });
    }
    expect(a.style).toEqual({});
  });
});

describe('the embed of a custom scenario', () => {
  const scenario = { ...(findScenario('get') as Scenario), seed: 9 };
  const custom: EmbedView = {
    ...view,
    scenarioId: 'custom',
    cursor: 3,
    source: { kind: 'custom', scenario },
  };

  it('carries the scenario in its address', () => {
    const url = new URL(embedUrl('https://roundtrip.example/app/', custom));
    expect(url.searchParams.get('scenario')).toBe('custom');
    expect(url.searchParams.get('s')).toBe(encodeScenarioParam(scenario));
    expect(url.searchParams.get('embed')).toBe('1');
  });

  it('and so does its title link, "Open in Roundtrip", which is no embed', () => {
    const here = embedUrl('https://roundtrip.example/app/', custom, {
      panels: 'all',
      origin: 'https://moodle.example.edu',
    });
    const url = new URL(fullUrl(here, custom));
    expect(url.searchParams.get('scenario')).toBe('custom');
    expect(url.searchParams.get('s')).toBe(encodeScenarioParam(scenario));
    for (const key of ['embed', 'panels', 'origin']) expect(url.searchParams.has(key)).toBe(false);
  });
});

describe('the embed of the view on screen', () => {
  // why-time-wait under Linux, numbers absolute, one step per segment: a textbook embed would
  // show another run.
  const timeline = timelineOf('why-time-wait', 'linux');
  const shown: EmbedView = {
    ...view,
    scenarioId: 'why-time-wait',
    source: { kind: 'canned', id: 'why-time-wait' },
    timeline,
    cursor: 38,
    profile: 'linux',
    seqMode: 'absolute',
    seqChosen: true,
    granularity: 'segment',
  };

  it('keeps its profile, its numbering and its granularity, in the code and the title link', () => {
    const code = new URL(embedUrl('https://rt.test/', shown));
    const link = new URL(fullUrl(code.toString(), shown));
    for (const url of [code, link]) {
      expect(url.searchParams.get('scenario')).toBe('why-time-wait');
      expect(url.searchParams.get('profile')).toBe('linux');
      expect(url.searchParams.get('seq')).toBe('abs');
      expect(url.searchParams.get('granularity')).toBe('segment');
      // `step` counts view steps, as the page's own link does.
      expect(url.searchParams.get('step')).toBe(String(viewIndexOf(timeline, 'segment', 38)));
    }
  });

  it('leaves projector mode out: it is the classroom screen, not the course page', () => {
    const url = new URL(
      embedUrl('https://rt.test/?projector=1', { ...shown, granularity: 'block' }),
    );
    expect(url.searchParams.has('projector')).toBe(false);
    expect(url.searchParams.has('granularity')).toBe(false);
  });
});
