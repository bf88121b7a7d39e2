/**
 * The import dialog (loaded on first use, OpenCapture.tsx): reads the file in a worker with
 * progress and Cancel, offers the capture's TCP connections in capture order (with what is not
 * TCP counted and named), says where a bad file goes wrong, and puts the chosen connection on
 * screen as an imported source. Nothing leaves the computer.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Timeline } from '../model';
import { hostPort } from '../shell/scenarioText';
import { foldTools } from '../shell/toolsPanel';
import { useAppStore, useLang, useStrings } from '../store';
import { fill, type Lang } from '../strings';
import { formatNumber } from '../strings/intl';
import { setWorkshopOpen } from '../workshop/entry';
import type { ConversationSummary, HarDocument, HarScenario } from './capture';
import { countWords, otherTrafficText } from './counts';
import { HarView } from './HarView';
import type { CaptureFacts, FromWorker, ImportProblem, OpenRequest, ToWorker } from './protocol';
import { importStrings } from './strings';
import './importer.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; read: number; total: number; connections: number }
  | { kind: 'chooser'; facts: CaptureFacts; conversations: ConversationSummary[] }
  | { kind: 'failed'; problem: ImportProblem }
  | { kind: 'har'; har: HarDocument; warnings: number }
  | { kind: 'cancelled' };

export function formatBytes(lang: Lang, n: number): string {
  if (n < 1_000_000) return `${formatNumber(lang, Math.round(n / 100) / 10)} kB`;
  return `${formatNumber(lang, Math.round(n / 100_000) / 10)} MB`;
}

/** Connections the chooser shows before "show all": several screenfuls. */
const FIRST_ROWS = 100;

export default function ImportDialog({ request }: { request: OpenRequest | null }) {
  const s = useStrings(importStrings);
  const lang = useLang();
  const store = useAppStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const worker = useRef<Worker | null>(null);
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [name, setName] = useState('');

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  const close = () => {
    stop();
    dialog.current?.close();
    setPhase({ kind: 'idle' });
  };
  const show = (timeline: Timeline, label: string) => {
    store.getState().loadSource({ kind: 'imported', name: label, timeline }, { step: 0 });
    close();
    foldTools();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new request starts a new reading
  useEffect(() => {
    if (!request) return;
    stop();
    const { file } = request;
    setName(file.name);
    setPhase({ kind: 'reading', read: 0, total: file.size, connections: 0 });
    if (!dialog.current?.open) dialog.current?.showModal();
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'progress') {
        setPhase({ kind: 'reading', read: m.read, total: m.total, connections: m.connections });
      } else if (m.type === 'capture') {
        // One connection: nothing to choose.
        const only = m.conversations.length === 1 ? m.conversations[0] : undefined;
        if (only && !m.facts.damage && m.facts.other.length === 0) pick(w, only);
        else setPhase({ kind: 'chooser', facts: m.facts, conversations: m.conversations });
      } else if (m.type === 'har') {
        setPhase({ kind: 'har', har: m.har, warnings: m.warnings });
      } else if (m.type === 'timeline') {
        // The file's name alone: the Scenario menu shows it whole, and its description line
        // names the connection (ScenarioPicker).
        show(m.timeline, file.name);
      } else {
        setPhase({ kind: 'failed', problem: m.problem });
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      setPhase({
        kind: 'failed',
        problem: {
          kind: 'unknown',
          offset: null,
          frame: null,
          line: null,
          column: null,
          path: '',
          code: null,
          explanation: event.message || 'The reader stopped.',
        },
      });
    };
    const message: ToWorker = { type: 'open', file };
    w.postMessage(message);
    return stop;
  }, [request]);

  const pick = (w: Worker | null, c: ConversationSummary) => {
    const message: ToWorker = { type: 'conversation', id: c.id };
    w?.postMessage(message);
  };

  /** An exchange of a HAR in the workshop: its scenario on screen, the workshop open on it. */
  const simulate = (made: Extract<HarScenario, { ok: true }>) => {
    close();
    foldTools();
    // Closed first, so that the workshop opens on this scenario rather than keeping its draft.
    setWorkshopOpen(false);
    store.getState().loadSource({ kind: 'custom', scenario: made.scenario }, { step: 0 });
    requestAnimationFrame(() => {
      setWorkshopOpen(true);
      // The reader goes to the workshop once its chunk has drawn it.
      let tries = 0;
      const focus = () => {
        const heading = document.getElementById('h-workshop');
        if (heading) heading.focus();
        else if (++tries < 100) window.setTimeout(focus, 50);
      };
      focus();
    });
  };

  const n = (x: number) => formatNumber(lang, x);
  const atFrame = (frame: number | null) => (frame === null ? '' : fill(s.atFrame, { frame }));

  return (
    <dialog
      ref={dialog}
      className={phase.kind === 'har' ? 'import-dialog import-dialog-har' : 'import-dialog'}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id={`${id}-title`}>{s.title}</h2>
      <p className="import-intro">{s.intro}</p>
      {phase.kind === 'reading' && (
        <div className="import-reading" data-testid="import-progress">
          <label htmlFor={`${id}-progress`}>{fill(s.reading, { name })}</label>
          <progress id={`${id}-progress`} max={Math.max(1, phase.total)} value={phase.read} />
          <p>
            {fill(s.progress, {
              read: formatBytes(lang, phase.read),
              total: formatBytes(lang, phase.total),
            })}
          </p>
          {phase.connections > 0 && <p>{fill(s.found, { n: n(phase.connections) })}</p>}
        </div>
      )}
      {phase.kind === 'chooser' && (
        <Chooser
          facts={phase.facts}
          conversations={phase.conversations}
          onPick={(c) => pick(worker.current, c)}
          describeId={`${id}-hint`}
          atFrame={atFrame}
          n={n}
        />
      )}
      {phase.kind === 'har' && (
        <HarView har={phase.har} name={name} warnings={phase.warnings} onSimulate={simulate} />
      )}
      {phase.kind === 'failed' && (
        <div className="import-error" data-testid="import-error" role="alert">
          <p>
            {phase.problem.kind === 'har' || phase.problem.kind === 'json'
              ? fill(phase.problem.kind === 'har' ? s.errorHar : s.errorJson, {
                  where:
                    phase.problem.line !== null
                      ? fill(s.lineColumn, {
                          line: phase.problem.line,
                          column: phase.problem.column ?? 1,
                        })
                      : phase.problem.path || '/',
                })
              : fill(s.errorCapture, {
                  offset: n(phase.problem.offset ?? 0),
                  frame: atFrame(phase.problem.frame),
                })}
          </p>
          {phase.problem.code && <p>{s[`capture.${phase.problem.code}`]}</p>}
          <p>
            {s.details} <span lang="en">{phase.problem.explanation}</span>
          </p>
        </div>
      )}
      {phase.kind === 'cancelled' && <p role="status">{s.cancelled}</p>}
      <div className="import-actions">
        {phase.kind === 'reading' ? (
          <button
            type="button"
            onClick={() => {
              stop();
              setPhase({ kind: 'cancelled' });
            }}
          >
            {s.cancel}
          </button>
        ) : (
          <button type="button" onClick={close}>
            {s.close}
          </button>
        )}
      </div>
    </dialog>
  );
}

function Chooser({
  facts,
  conversations,
  onPick,
  describeId,
  atFrame,
  n,
}: {
  facts: CaptureFacts;
  conversations: ConversationSummary[];
  onPick: (c: ConversationSummary) => void;
  describeId: string;
  atFrame: (frame: number | null) => string;
  n: (x: number) => string;
}) {
  const s = useStrings(importStrings);
  const lang = useLang();
  const first = facts.warnings[0];
  // A capture can hold thousands of connections; laying out a button for each took half a second
  // before any could be chosen. The first ones are shown, the rest when asked for.
  const [all, setAll] = useState(false);
  const shown = all ? conversations : conversations.slice(0, FIRST_ROWS);
  const firstMore = useRef<HTMLButtonElement>(null);
  // The "show all" button goes away: the focus goes on to the first connection it showed.
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  return (
    <div className="import-chooser">
      {facts.damage && (
        <p className="import-damage" data-testid="import-error" role="alert">
          {fill(s.damage, { offset: n(facts.damage.offset), frame: atFrame(facts.damage.frame) })}
          {/* Chinese puts no space after its full stop. */}
          {lang === 'en' ? ' ' : ''}
          {s[`capture.${facts.damage.code}`]} <span lang="en">{facts.damage.explanation}</span>
        </p>
      )}
      {facts.warningCount > 0 && first && (
        <p>
          {fill(countWords(s, 'skipped', facts.warningCount), {
            n: n(facts.warningCount),
            frame: first.frame ?? 0,
          })}
        </p>
      )}
      {conversations.length === 0 ? (
        <p data-testid="import-error" role="alert">
          {s.noTcp}
        </p>
      ) : (
        <>
          <h3>{s.choose}</h3>
          <p id={describeId}>{s.chooseHint}</p>
          <ol className="conversation-chooser" data-testid="conversation-chooser">
            {shown.map((c, i) => (
              <li key={c.id}>
                <button
                  ref={i === FIRST_ROWS ? firstMore : undefined}
                  type="button"
                  aria-describedby={describeId}
                  data-testid="conversation"
                  onClick={() => onPick(c)}
                >
                  <span className="conv-ends">
                    {hostPort(c.client.address, c.client.port)} →{' '}
                    {hostPort(c.server.address, c.server.port)}
                  </span>
                  <span className="conv-facts">
                    {fill(countWords(s, 'packets', c.packets), { n: n(c.packets) })} ·{' '}
                    {fill(s.bytes, { n: n(c.bytes) })}
                  </span>
                  <span className="conv-line">{c.firstRequestLine ?? s.notHttp}</span>
                </button>
              </li>
            ))}
          </ol>
          {shown.length < conversations.length && (
            <button type="button" className="import-show-all" onClick={() => setAll(true)}>
              {fill(s.showAll, { n: n(conversations.length) })}
            </button>
          )}
        </>
      )}
      {facts.other.length > 0 && (
        <p className="import-other" data-testid="import-other">
          {otherTrafficText(s, lang, facts.other, n)}
        </p>
      )}
    </div>
  );
}
