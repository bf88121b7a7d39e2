import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessageFacts } from '../explain/messageFacts';
import { listConversations, readCapture, timelineFromConversation } from '../importer/capture';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { drawInStore } from '../test-support/booted';
import { timelineOf } from '../test-support/fixtures';
import { loadMessageBytes } from './bytesView';
import { MessageView } from './MessageView';
import { blockNote } from './notes';

// Counted, so that a test can tell the notes written once per message from once per step.
vi.mock('./notes', async (original) => {
  const notes = await original<typeof import('./notes')>();
  return { ...notes, blockNote: vi.fn(notes.blockNote) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The parser is here, as it is for any page but the first (messageFacts.test.tsx: before it is).
await Promise.all([loadMessageFacts(), loadMessageBytes()]);

function render(step: number, hex = false) {
  const store = createAppStore(modelApi, { hex });
  store.getState().loadScenario('get', { step });
  return mount(store);
}

function mount(store: ReturnType<typeof createAppStore>) {
  return { ...drawInStore(store, <MessageView />), store };
}

/** The first connection of a fixture capture, opened as the import dialog opens it. */
function captured(file: string) {
  const path = resolve(import.meta.dirname, '..', '..', 'fixtures', 'captures', file);
  const result = readCapture(new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(`${file} reads`);
  const [conversation] = listConversations(result.packets);
  if (!conversation) throw new Error(`${file} holds a connection`);
  return timelineFromConversation(conversation);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<MessageView>', () => {
  const timeline = timelineOf('get');
  const at = (reason: string, block: number) =>
    timeline.steps.findIndex((s) => s.reason === reason && s.message?.block === block);

  // The server aborts (SO_LINGER 0): its RST ends the connection at once (RFC 9293 §3.10.5); the
  // panel said the connection was closing.
  it('says a step of a RST is about a reset, and a FIN’s about the closing', () => {
    const timeline = captured('reset.pcapng');
    const store = createAppStore(modelApi);
    store.getState().loadSource({ kind: 'imported', name: 'reset.pcapng', timeline }, { step: 0 });
    const { host } = mount(store);
    const rst = timeline.steps.findIndex((s) =>
      s.segmentsOut.some((id) => timeline.segments[id]?.flags.includes('RST')),
    );
    expect(rst).toBeGreaterThan(0);
    act(() => store.getState().goTo(rst));
    expect(host.querySelector('.message-closing')?.textContent).toBe(
      'This step carries no HTTP message: the connection is reset, ended at once by a RST. Below is the last message it carried.',
    );
    const { host: get } = render(timelineOf('get').steps.length - 1);
    expect(get.querySelector('.message-closing')?.textContent).toContain(
      'the connection is closing',
    );
  });

  it('says so when there is no message yet', () => {
    const { host } = render(0);
    expect(host.textContent).toContain('No HTTP message yet.');
    expect(
      host.querySelector('[data-testid="message-view"]')?.getAttribute('data-message-id'),
    ).toBe('');
  });

  it('shows the blocks written so far, coloured by kind, CR LF as markers', () => {
    const { host } = render(at('request-header-written', 1));
    const lines = [...host.querySelectorAll('.message-lines .line')];
    expect(lines.map((l) => l.getAttribute('data-kind'))).toEqual(['start-line', 'header']);
    expect(lines[0]?.classList.contains('block-start-line')).toBe(true);
    expect(lines[1]?.classList.contains('current')).toBe(true);
    expect(lines[0]?.querySelectorAll('.crlf')).toHaveLength(2);
    expect(host.textContent).toContain('2 more blocks to come');
  });

  it('says who does what with the message at each step: writes, sends, receives, reads', () => {
    const doing = (step: number) => render(step).host.querySelector('.message-doing')?.textContent;
    const index = (reason: string) => timeline.steps.findIndex((s) => s.reason === reason);
    expect(doing(at('request-header-written', 1))).toBe('The client writes');
    expect(doing(index('data-sent'))).toBe('The client sends');
    // The server receives the request's 68 bytes: not "The client writes", as it said.
    expect(doing(index('data-received'))).toBe('The server receives');
    expect(doing(at('request-header-parsed', 1))).toBe('The server reads');
    expect(render(at('request-header-written', 2)).host.textContent).toContain(
      '1 more block to come',
    );
  });

  it('annotates each line for keyboard and screen readers', () => {
    const { host } = render(at('request-header-written', 2));
    const line = host.querySelector<HTMLElement>('.line[data-block-index="2"]');
    expect(line?.tabIndex).toBe(0);
    const note = document.getElementById(line?.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe('Accept-Language: the languages the reader prefers.');
  });

  // A tap focuses a line without :focus-visible: the line the note is about is marked, so that
  // message.css outlines it as keyboard focus does.
  it('marks the line the reader points at, whose note it shows, and only that one', () => {
    const { host } = render(at('request-header-written', 2));
    const line = (i: number) => host.querySelector<HTMLElement>(`.line[data-block-index="${i}"]`);
    act(() => line(0)?.focus());
    expect(line(0)?.classList.contains('selected')).toBe(true);
    expect(host.querySelector('.message-note')?.textContent).toBe(
      'Request line: the method, the path of the resource, and the HTTP version.',
    );
    act(() => line(1)?.focus());
    expect(host.querySelectorAll('.line.selected')).toHaveLength(1);
    expect(line(1)?.classList.contains('selected')).toBe(true);
    act(() => line(1)?.blur());
    expect(host.querySelectorAll('.line.selected')).toHaveLength(0);
  });

  it('has a hint for keys and one for touch, which message.css chooses between', () => {
    const { host } = render(at('request-header-written', 1));
    expect(host.querySelector('.message-hint .hint-keys')?.textContent).toBe(
      'Press Tab to read what each line means.',
    );
    expect(host.querySelector('.message-hint .hint-touch')?.textContent).toBe(
      'Tap a line to read what it means.',
    );
  });

  it('has a legend and a hex view', () => {
    const { host } = render(at('request-header-written', 1), true);
    expect([...host.querySelectorAll('.legend-item')].map((l) => l.textContent)).toEqual([
      'Start line',
      'Header',
      'Blank line',
      'Body',
    ]);
    expect(host.querySelector('.hex-row')?.textContent).toBe(
      '47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a',
    );
  });

  // A step reveals lines or moves the current one; what a line holds is the message's. Made again
  // at each step, a large body's bytes were compared octet by octet by its line's memo.
  it('writes the lines and their notes once per message, not again at each step', () => {
    const { host, store } = render(at('request-header-written', 1));
    vi.mocked(blockNote).mockClear();
    act(() => store.getState().goTo(at('request-header-written', 2)));
    expect(host.querySelectorAll('.message-lines .line')).toHaveLength(3);
    expect(blockNote).not.toHaveBeenCalled();
  });
});
