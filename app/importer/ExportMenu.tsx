/**
 * The Export menu (loaded on first use, Export.tsx): the session on screen as pcapng for
 * Wireshark (timelineToPcapng, the server's capture), as SVG or PNG of the whole sequence
 * diagram, as Roundtrip's versioned JSON (which reopens as the same session, byte for byte),
 * or as the CLI's text diagram. Before it, the user chooses what to scrub (cookies,
 * credentials, bodies: `scrubTimeline`, each value overwritten by a placeholder of its own
 * length), as checkable items at the top of the menu; the choice lasts while the page is open.
 * Keyboard: arrows move, Space or Enter checks or exports, Escape closes and returns the focus.
 */
import { useEffect, useRef, useState } from 'react';
import type { Timeline } from '../model';
import { useApp, useAppStore, useStrings } from '../store';
import { drawWhole } from '../timeline/useBand';
import {
  formatTimeline,
  type ScrubOptions,
  scrubTimeline,
  timelineJson,
  timelineToPcapng,
} from './capture';
import { diagramPng, diagramSvg } from './diagramImage';
import { exportStrings } from './exportStrings';
import './importer.css';

type Format = 'pcapng' | 'svg' | 'png' | 'json' | 'text';
const FORMATS: readonly Format[] = ['pcapng', 'svg', 'png', 'json', 'text'];
const SCRUBS: readonly (keyof ScrubOptions)[] = ['cookies', 'authorization', 'bodies'];

/** Cookies and credentials are scrubbed unless the user says otherwise; bodies are what students read. */
let chosen: ScrubOptions = { cookies: true, authorization: true, bodies: false };

function save(data: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the session's name: letters, digits, dots and dashes. */
const baseName = (name: string) =>
  name
    .replace(/\.(pcapng|pcap|cap|json)\b.*$/, '')
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 60) || 'roundtrip';

export default function ExportMenu({ onClose }: { onClose: () => void }) {
  const s = useStrings(exportStrings);
  const store = useAppStore();
  const imported = useApp((st) => st.source.kind === 'imported');
  const [scrub, setScrub] = useState(chosen);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
  ];

  const popup = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // All of it above the controls bar that sticks to the page's bottom (its scroll margin,
    // importer.css): on a phone it opens low in the Tools and ran past the screen's bottom.
    popup.current?.scrollIntoView?.({ block: 'nearest' });
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const outside = (e: PointerEvent) => {
      const button = document.getElementById('export-button');
      if (
        e.target instanceof Node &&
        !menu.current?.contains(e.target) &&
        !button?.contains(e.target)
      )
        onClose();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [onClose]);

  const close = () => {
    onClose();
    document.getElementById('export-button')?.focus();
  };

  const run = async (format: Format, onScreen: Timeline) => {
    const { source, scenarioId } = store.getState();
    const name = baseName(source.kind === 'imported' ? source.name : scenarioId);
    // The files carry every octet, so they are scrubbed; the images draw numbers and start
    // lines only, from the diagram on screen.
    const scrubbed = () => scrubTimeline(onScreen, scrub).timeline;
    if (format === 'pcapng') {
      save(
        timelineToPcapng(scrubbed()).bytes as BlobPart,
        'application/vnd.tcpdump.pcap',
        `${name}.pcapng`,
      );
    } else if (format === 'json') {
      save(timelineJson(scrubbed()), 'application/json', `${name}.json`);
    } else if (format === 'text') {
      save(`${formatTimeline(scrubbed())}\n`, 'text/plain', `${name}.txt`);
    } else {
      // The whole session: at its last step every arrow is drawn, and a long diagram, otherwise
      // drawn a band at a time, is drawn whole; then back where it was.
      const { cursor, goTo } = store.getState();
      const giveBack = drawWhole();
      goTo(onScreen.steps.length - 1);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const svg = document.querySelector<SVGSVGElement>('svg.sequence');
      try {
        if (!svg) return;
        if (format === 'svg') save(diagramSvg(svg), 'image/svg+xml', `${name}.svg`);
        else {
          const png = await diagramPng(svg);
          if (png) save(png, 'image/png', `${name}.png`);
        }
      } finally {
        giveBack();
        store.getState().goTo(cursor);
      }
    }
  };

  const ipv6 = (t: Timeline | null) => t?.client.address.includes(':') ?? false;
  const timeline = store.getState().timeline;
  return (
    <div ref={popup} className="export-popup">
      <div
        ref={menu}
        id="export-menu"
        role="menu"
        aria-labelledby="export-button"
        className="export-menu"
        data-testid="export-menu"
        onKeyDown={(e) => {
          const list = items();
          const at = list.indexOf(document.activeElement as HTMLButtonElement);
          const move = (i: number) => list[(i + list.length) % list.length]?.focus();
          if (e.key === 'ArrowDown') move(at + 1);
          else if (e.key === 'ArrowUp') move(at - 1);
          else if (e.key === 'Home') move(0);
          else if (e.key === 'End') move(list.length - 1);
          else if (e.key === 'Escape' || e.key === 'Tab') close();
          else if (e.key === ' ') {
            // Space presses the item, not the player's Play (app/controls' keyboard).
            list[at]?.click();
            e.stopPropagation();
          } else return;
          e.preventDefault();
        }}
      >
        <fieldset className="export-scrub">
          <legend className="export-scrub-label">{s.scrubLabel}</legend>
          {SCRUBS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitemcheckbox"
              aria-checked={scrub[kind]}
              tabIndex={-1}
              data-scrub={kind}
              onClick={() => {
                chosen = { ...scrub, [kind]: !scrub[kind] };
                setScrub(chosen);
              }}
            >
              <span className="export-check" aria-hidden="true">
                {scrub[kind] ? '☑' : '☐'}
              </span>{' '}
              {s[`scrub.${kind}`]}
            </button>
          ))}
        </fieldset>
        <hr className="export-separator" />
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            role="menuitem"
            tabIndex={-1}
            data-format={format}
            disabled={!timeline || (format === 'pcapng' && ipv6(timeline))}
            title={format === 'pcapng' && ipv6(timeline) ? s.ipv6 : undefined}
            onClick={() => {
              if (timeline) void run(format, timeline);
              close();
            }}
          >
            {s[format]}
          </button>
        ))}
      </div>
      <p className="export-note">{s.scrubNote}</p>
      <p className="export-note">{imported ? s.notInUrl : s.private}</p>
    </div>
  );
}
