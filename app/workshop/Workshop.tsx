/**
 * The scenario workshop (issue 15), loaded on first use. Data flows one way: the boxes and
 * fields are the draft (kept in localStorage as typed, draft.ts); each change is read
 * (requestText.ts, src/http's parser) and validated (edit.ts, validateScenario) and, when it
 * is a scenario, simulated at once into the store (`loadSource` with a custom source), which
 * redraws the page; the URL then carries it (app/url/scenarioParam.ts). Until a change can be
 * simulated, the last good timeline stays, marked out of date. A scenario put on screen by
 * anything else (the picker, a capture, Back, a link) starts the editor again from it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { findScenario, SCENARIOS, type Scenario } from '../model';
import { type TimelineSource, useApp, useAppStore, useStrings } from '../store';
import { fill } from '../strings';
import { draftFor, dropDamaged, localStore, newDraftId, readDrafts, writeDraft } from './draft';
import {
  activeCloserOf,
  applyEdit,
  cannedIdOf,
  clientDataOf,
  type EditResult,
  keepStep,
  responsesOf,
  sameData,
} from './edit';
import { hasProblem, heldValues, type PendingFields, restoredFields } from './formEdit';
import { NetworkForm } from './NetworkForm';
import { RequestBox } from './RequestBox';
import { RequestForm } from './RequestForm';
import { requestToText } from './requestText';
import { focusAfter, neighbourOf, rowControl } from './rowFocus';
import { SharePanel } from './SharePanel';
import { SiteForm } from './SiteForm';
import { setWorkshopEdited, setWorkshopStale } from './stale';
import { strings } from './strings';
import { refusalText } from './words';
import './workshop.css';

interface Work {
  original: Scenario;
  scenario: Scenario;
  texts: string[];
  /** Each route's response typed by hand, as typed, or null (edit.ts `responsesOf`). */
  responses: (string | null)[];
}

/** Whether a JSON Pointer is `at` itself or inside it. */
const within = (path: string, at: string) => path === at || path.startsWith(`${at}/`);

/**
 * The paths a box or a field shows the refusals of: the Request boxes (/requests/n), the network
 * form's fields and its last group (/client, /site and ''), the site form's routes.
 */
const SHOWN = [
  '/requests/',
  '/link/latencyMs',
  '/link/bitsPerSecond',
  '/link/lossRate',
  '/seed',
  '/tcp',
  '/impairments/drop',
  '/impairments/delay',
  '/client',
  '/site',
  '',
];

const NONE_PENDING: PendingFields = {};
const textsOf = (s: Scenario) => s.requests.map((r) => requestToText(r, s.site.host));

/** The draft to start from: the stored one that belongs to the scenario on screen, if any. */
function startFrom(onScreen: Scenario): {
  /** The draft's name in storage: the one restored, or a new one that writes over no other. */
  id: string;
  work: Work;
  forms: PendingFields[];
  notice: 'restored' | 'damaged' | null;
} {
  const stored = readDrafts(localStore());
  if (stored.damaged) dropDamaged(localStore(), stored);
  const kept = draftFor(stored, onScreen);
  if (kept) {
    const { original, scenario, texts } = kept;
    const responses = kept.responses ?? responsesOf(scenario);
    // The form's fields held as typed, each refused again for the same reason it was.
    const forms = (kept.forms ?? []).map((values, i) => {
      const spec = scenario.requests[i];
      return spec ? restoredFields(scenario, spec, values, scenario.site.host) : NONE_PENDING;
    });
    const changed =
      !sameData(original, scenario) ||
      !sameData(texts, textsOf(scenario)) ||
      !sameData(responses, responsesOf(scenario)) ||
      forms.some((f) => Object.keys(f).length > 0);
    return {
      id: kept.id,
      work: { original, scenario, texts, responses },
      forms,
      notice: changed ? 'restored' : stored.damaged ? 'damaged' : null,
    };
  }
  return {
    id: newDraftId(stored),
    work: {
      original: onScreen,
      scenario: onScreen,
      texts: textsOf(onScreen),
      responses: responsesOf(onScreen),
    },
    forms: [],
    notice: stored.damaged ? 'damaged' : null,
  };
}

/** A control of the requests' rows (`request-remove`, `request-add`, `request-text`). */
const requestControl = (name: string, row: number) => () =>
  rowControl(document.getElementById('workshop'), name, row);

/** The scenario a source shows, or null for a capture (which the workshop cannot edit). */
const scenarioOf = (source: TimelineSource): Scenario | null =>
  source.kind === 'custom'
    ? source.scenario
    : source.kind === 'canned'
      ? (findScenario(source.id) ?? null)
      : null;

/**
 * Whether the workshop reopens by itself on `source` after a load: where the draft that belongs
 * to it (`draftFor`) was left open. A draft of another scenario leaves the page as its link says.
 */
export function reopensOn(source: TimelineSource): boolean {
  const onScreen = scenarioOf(source);
  return onScreen !== null && draftFor(readDrafts(localStore()), onScreen)?.open === true;
}

/** The sources the workshop put on screen itself, as its edits: these keep the editor. */
const OWN = new WeakSet<TimelineSource>();

/** What a source shows, to tell another scenario from the same one loaded again. */
const identityOf = (source: TimelineSource) =>
  source.kind === 'canned' ? `canned:${source.id}` : source.kind === 'custom' ? source : null;

export default function Workshop({ onClose }: { onClose: () => void }) {
  const source = useApp((s) => s.source);
  // Each scenario put on screen other than by the workshop's own edits (the picker, Back, a
  // link, an embed's page) is a new editor, started from it, or from its own draft.
  const [shown, setShown] = useState({ source, key: 0, refocus: false });
  if (shown.source !== source) {
    const another = !OWN.has(source) && identityOf(source) !== identityOf(shown.source);
    setShown({
      source,
      key: another ? shown.key + 1 : shown.key,
      // The reader who was in the workshop stays there, at its heading.
      refocus: another
        ? document.getElementById('workshop')?.contains(document.activeElement) === true
        : shown.refocus,
    });
  }
  const onScreen = scenarioOf(source);
  if (!onScreen) return <Imported onClose={onClose} />;
  return <Editor key={shown.key} onScreen={onScreen} onClose={onClose} refocus={shown.refocus} />;
}

function Panel({
  onClose,
  refocus = false,
  children,
}: {
  onClose: () => void;
  refocus?: boolean;
  children: React.ReactNode;
}) {
  const s = useStrings(strings);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened from its button, or started again on another scenario while the reader was in it:
    // the reader goes to it. Reopened after a reload: the focus stays.
    if (refocus || document.activeElement?.getAttribute('aria-controls') === 'workshop')
      heading.current?.focus();
  }, [refocus]);
  return (
    // Its checkboxes and buttons keep Space (app/controls/useKeyboard.ts): it is a form.
    <section
      id="workshop"
      className="region region-workshop"
      aria-labelledby="h-workshop"
      data-own-keys=""
    >
      <div className="workshop-row">
        <h2 className="region-title" id="h-workshop" ref={heading} tabIndex={-1}>
          {s.title}
        </h2>
        <button
          type="button"
          className="workshop-close"
          onClick={() => {
            // Back to the button that opened it, which says whether it is open (aria-controls).
            const opener = document.querySelector('[aria-controls="workshop"]');
            focusAfter(onClose, () => opener);
          }}
        >
          {s.close}
        </button>
      </div>
      {children}
    </section>
  );
}

function Imported({ onClose }: { onClose: () => void }) {
  const s = useStrings(strings);
  return (
    <Panel onClose={onClose}>
      <p>{s.imported}</p>
    </Panel>
  );
}

/**
 * `value`, or the value kept from an earlier render while `equal` says they are the same: the
 * forms below a Request box then get the same props and are skipped while a request is typed.
 */
function useKept<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const kept = useRef(value);
  if (kept.current !== value && !equal(kept.current, value)) kept.current = value;
  return kept.current;
}

/** The scenario without what the Request boxes say: what the network and site forms show. */
const settingsOf = (s: Scenario) => ({ ...s, requests: [], site: { ...s.site, host: '' } });
const sameSettings = (a: Scenario, b: Scenario) => sameData(settingsOf(a), settingsOf(b));

function Editor({
  onScreen,
  onClose,
  refocus,
}: {
  onScreen: Scenario;
  onClose: () => void;
  refocus: boolean;
}) {
  const s = useStrings(strings);
  const store = useAppStore();
  // The end that closes first, not the timeline: a new timeline alone does not render the forms.
  const activeCloser = useApp((st) => activeCloserOf(st.timeline));
  const clientData = useApp((st) => clientDataOf(st.timeline));
  const [start] = useState(() => startFrom(onScreen));
  const [work, setWork] = useState<Work>(start.work);
  // The draft as last changed, for the handlers of forms that a keystroke does not render again.
  const latest = useRef(work);
  const [notice, setNotice] = useState(start.notice);
  const [result, setResult] = useState<EditResult>(() =>
    applyEdit(start.work.scenario, start.work.texts, start.work.responses),
  );
  // Bumped when the draft is replaced (reset, a file opened): the fields start again from it.
  const [generation, setGeneration] = useState(0);
  // Each request's form fields held as typed, which its text does not have (formEdit.ts), kept
  // in the draft with it: a value that cannot be written survives a reload too.
  const [forms, setFormsState] = useState<PendingFields[]>(start.forms);
  const heldForms = useRef(start.forms);
  const save = useCallback(
    (work: Work, open = true) => {
      writeDraft(localStore(), {
        ...work,
        forms: heldForms.current.map(heldValues),
        open,
        id: start.id,
      });
    },
    [start.id],
  );
  const setForms = (next: (forms: PendingFields[]) => PendingFields[]) => {
    heldForms.current = next(heldForms.current);
    setFormsState(heldForms.current);
    save(latest.current);
  };
  const formProblem = forms.some(hasProblem);
  const stale = result.scenario === null || formProblem;
  const forForms = useKept(work.scenario, sameSettings);
  const fieldErrors = useKept(result.fieldErrors, sameData);
  const responseErrors = useKept(result.responseErrors, sameData);

  // The diagram's region, marked out of date with its own words as well as faded, since the
  // workshop's note on it may be scrolled out of view in the side column.
  const [diagramRegion, setDiagramRegion] = useState<Element | null>(null);
  useEffect(() => setDiagramRegion(document.querySelector('.region-diagram')), []);
  useEffect(() => {
    diagramRegion?.classList.toggle('workshop-stale', stale);
    // The header's Share tools say so too: what they copy is the last version that worked.
    setWorkshopStale(stale);
    return () => {
      diagramRegion?.classList.remove('workshop-stale');
      setWorkshopStale(false);
    };
  }, [stale, diagramRegion]);

  // Set by "Reset to the original" and an opened file, for the load that follows (`replace`).
  const asCanned = useRef(false);
  /** Simulates `scenario` into the store, the step kept by reason (`keepStep`). */
  const load = useCallback(
    (scenario: Scenario) => {
      const before = store.getState();
      // A draft replaced by a canned scenario unchanged (after "Reset to the original") is that
      // one again. Not one typed back to it: a keystroke that switched the whole page between the
      // canned scenario and the custom one cost twice the page's own work of a keystroke.
      const id = asCanned.current ? cannedIdOf(scenario, SCENARIOS) : null;
      asCanned.current = false;
      // The draft is the canned scenario again: the picker's "Your own scenario" would now show
      // a version the draft no longer holds.
      if (id !== null) before.forgetOwnScenario();
      if (
        id !== null
          ? before.scenarioId === id
          : before.source.kind === 'custom' && sameData(before.source.scenario, scenario)
      )
        return;
      const prev = before.timeline;
      const cursor = before.cursor;
      const source: TimelineSource =
        id !== null ? { kind: 'canned', id } : { kind: 'custom', scenario };
      // The workshop's own edit: it keeps this editor (`Workshop`).
      OWN.add(source);
      before.loadSource(source, {
        step: cursor,
        profile: scenario.profile,
      });
      const after = store.getState();
      if (after.timeline) after.goTo(keepStep(prev, cursor, after.timeline));
    },
    [store],
  );

  /**
   * Reads and validates the change and, when it is a scenario, simulates it into the store in
   * the same event, so that the frame which shows the keystroke shows its diagram too: a
   * keystroke's page is one redraw, not the character first and the diagram a frame later.
   */
  const change = useCallback(
    (next: Work) => {
      const edit = applyEdit(next.scenario, next.texts, next.responses);
      const scenario = edit.scenario ?? next.scenario;
      const work = { ...next, scenario };
      latest.current = work;
      setWork(work);
      setResult(edit);
      save(work);
      if (edit.scenario) load(edit.scenario);
    },
    [load, save],
  );

  /**
   * A form's scenario, with the requests and the Host of the draft as it is now: the forms are
   * not rendered again while a request is typed, so theirs may be older (`useKept`).
   */
  const fromForms = useCallback((scenario: Scenario): Work => {
    const now = latest.current;
    return {
      ...now,
      scenario: {
        ...scenario,
        requests: now.scenario.requests,
        site: { ...scenario.site, host: now.scenario.site.host },
      },
    };
  }, []);
  const onNetwork = useCallback(
    (scenario: Scenario) => change(fromForms(scenario)),
    [change, fromForms],
  );
  const onSite = useCallback(
    (scenario: Scenario, responses: (string | null)[]) =>
      change({ ...fromForms(scenario), responses }),
    [change, fromForms],
  );

  const replace = (scenario: Scenario) => {
    asCanned.current = true;
    setGeneration((g) => g + 1);
    setForms(() => []);
    setNotice(null);
    change({
      original: scenario,
      scenario,
      texts: textsOf(scenario),
      responses: responsesOf(scenario),
    });
  };

  const close = () => {
    save(work, false);
    onClose();
  };

  const setText = (i: number, text: string) =>
    change({ ...latest.current, texts: latest.current.texts.map((t, j) => (j === i ? text : t)) });
  const several = work.texts.length > 1;
  // A refusal no box or field shows is said here, so that "out of date" never stands alone.
  const unplaced = result.fieldErrors.filter(
    (e) =>
      !SHOWN.some((p) =>
        p === '' ? e.path === '' : p.endsWith('/') ? e.path.startsWith(p) : within(e.path, p),
      ),
  );
  // What "Reset to the original" compares with, written once per original rather than per key.
  const originalTexts = useMemo(() => textsOf(work.original), [work.original]);
  const originalResponses = useMemo(() => responsesOf(work.original), [work.original]);
  const unchanged =
    sameData(work.texts, originalTexts) &&
    sameData(work.responses, originalResponses) &&
    sameData(work.original, work.scenario);
  useEffect(() => setWorkshopEdited(!unchanged), [unchanged]);
  useEffect(() => () => setWorkshopEdited(false), []);

  return (
    <Panel onClose={close} refocus={refocus}>
      <p className="workshop-help">{s.intro}</p>
      {notice && (
        <p className="notice" role="status">
          {notice === 'restored' ? s.draftRestored : s.draftDamaged}
        </p>
      )}
      {stale &&
        diagramRegion &&
        createPortal(
          // Said by the note above (role="status"); here for the eye.
          <p className="diagram-stale-mark" aria-hidden="true">
            {s.staleMark}
          </p>,
          diagramRegion,
        )}
      {unplaced.length > 0 && (
        <p className="workshop-error" data-testid="workshop-unplaced">
          {unplaced.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each change.
            <span key={i} className="workshop-field-reason">
              {fill(s.refusedAt, { path: e.path || '/', reason: refusalText(s, e) })}
            </span>
          ))}
        </p>
      )}
      {work.texts.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the boxes are the requests, in order
        <div key={`${generation}-${i}`} className="workshop-request-pair">
          <RequestBox
            label={several ? fill(s.requestN, { n: i + 1 }) : s.request}
            text={text}
            error={result.requestErrors[i] ?? null}
            refusals={result.fieldErrors.filter((e) => within(e.path, `/requests/${i}`))}
            onChange={(t) => setText(i, t)}
            action={
              several ? (
                <button
                  type="button"
                  data-row-control="request-remove"
                  onClick={() =>
                    focusAfter(
                      () => {
                        setForms((f) => f.filter((_, j) => j !== i));
                        change({ ...work, texts: work.texts.filter((_, j) => j !== i) });
                      },
                      requestControl('request-remove', neighbourOf(i, work.texts.length)),
                      requestControl('request-add', 0),
                    )
                  }
                >
                  {fill(s.removeRequest, { n: i + 1 })}
                </button>
              ) : null
            }
          />
          <RequestForm
            spec={work.scenario.requests[i] ?? { method: 'GET', target: '/' }}
            readable={result.requestErrors[i] === null || result.requestErrors[i] === undefined}
            base={work.scenario}
            pending={forms[i] ?? NONE_PENDING}
            onChange={(text, pending) => {
              setForms((f) =>
                Array.from({ length: work.texts.length }, (_, j) =>
                  j === i ? pending : (f[j] ?? NONE_PENDING),
                ),
              );
              if (text !== null) setText(i, text);
            }}
          />
        </div>
      ))}
      {/* Under the boxes, not above them: inserted above, it moved the box being typed in down
          and back under the caret at each keystroke that broke or mended the text. Always
          there, empty while up to date, so that what it says is announced. */}
      <p className="workshop-stale-note" role="status">
        {stale ? (result.scenario === null ? s.stale : s.staleForm) : null}
      </p>
      <div className="workshop-row">
        <button
          type="button"
          disabled={work.texts.length >= 20}
          data-row-control="request-add"
          onClick={() =>
            focusAfter(
              () =>
                change({
                  ...work,
                  texts: [...work.texts, work.texts[work.texts.length - 1] ?? ''],
                }),
              requestControl('request-text', work.texts.length),
            )
          }
        >
          {s.addRequest}
        </button>
        <ResetButton
          disabled={unchanged}
          onReset={() => {
            // The Reset button is disabled once nothing differs: the focus goes to the workshop.
            document.getElementById('h-workshop')?.focus();
            replace(work.original);
          }}
        />
      </div>
      <NetworkForm
        key={generation}
        scenario={forForms}
        errors={fieldErrors}
        activeCloser={activeCloser}
        clientData={clientData}
        onChange={onNetwork}
      />
      <SiteForm
        key={`site-${generation}`}
        scenario={forForms}
        responses={work.responses}
        errors={fieldErrors}
        responseErrors={responseErrors}
        onChange={onSite}
      />
      <SharePanel scenario={stale ? null : result.scenario} stale={stale} onOpen={replace} />
    </Panel>
  );
}

/** "Reset to the original", which asks first. */
function ResetButton({ disabled, onReset }: { disabled: boolean; onReset: () => void }) {
  const s = useStrings(strings);
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          dialog.current?.showModal();
          // The safe choice is the one focused first, so that Enter keeps the changes. React does
          // not write autoFocus into the DOM, where showModal() would look for it.
          keep.current?.focus();
        }}
      >
        {s.reset}
      </button>
      <dialog ref={dialog} className="workshop-dialog" aria-labelledby={id}>
        <p id={id}>{s.resetQuestion}</p>
        <div className="workshop-row">
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onReset();
            }}
          >
            {s.resetYes}
          </button>
          <button type="button" ref={keep} onClick={() => dialog.current?.close()}>
            {s.resetNo}
          </button>
        </div>
      </dialog>
    </>
  );
}
