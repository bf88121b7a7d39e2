/** The header's tools: scenario, language, display toggles and "Copy embed code". */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { EmbedDialogHandle } from '../embed/EmbedDialog';
import { IMPORTED_ID, useApp, useAppStore, useT } from '../store';
import { isLang, LANGUAGES, type Lang } from '../strings';
import { storeLanguage } from '../strings/language';
import { switchLanguage } from '../strings/switchLanguage';
import { placeOfView } from '../timeline/moments';
import { scenarioDescription, scenarioTitle } from './scenarioText';

export { Export } from '../importer/Export';
export { OpenCapture } from '../importer/OpenCapture';

export function ScenarioPicker({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const scenarioId = useApp((s) => s.scenarioId);
  const profile = useApp((s) => s.profile);
  const imported = useApp((s) => (s.source.kind === 'imported' ? s.source.name : null));
  const store = useAppStore();
  const id = useId();
  // A scenario of the user's own is listed while it is on screen; an imported session has an
  // option of its own, named after its file.
  const shown = ids.includes(scenarioId) || scenarioId === IMPORTED_ID ? ids : [...ids, scenarioId];
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>{t['header.scenario']}</label>
      <select
        id={id}
        value={scenarioId}
        aria-describedby={`${id}-desc`}
        onChange={(e) => {
          // The imported session is only ever the one on screen: it cannot be loaded again.
          if (e.target.value === IMPORTED_ID) return;
          // The same moment in the new scenario, where it has it (the status line of GET →
          // the status line of the 404); else its start.
          const s = store.getState();
          const place = s.timeline ? placeOfView(s.timeline, s.granularity, s.cursor) : undefined;
          s.loadScenario(e.target.value, { step: 0, ...(place ? { moment: place.id } : {}) });
          // Back to the diagram: the arrow keys step there, and never change the scenario
          // behind a teacher's back.
          document.querySelector<HTMLElement>('.diagram-scroll')?.focus();
        }}
      >
        {shown.map((sid) => (
          <option key={sid} value={sid}>
            {scenarioTitle(t, sid)}
          </option>
        ))}
        {imported !== null && <option value={IMPORTED_ID}>{imported}</option>}
      </select>
      <p id={`${id}-desc`} className="scenario-desc" data-testid="scenario-desc">
        {scenarioDescription(t, scenarioId, profile)}
      </p>
    </div>
  );
}

export function LanguageSwitch() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const store = useAppStore();
  const id = useId();
  // The choice shows at once; the page changes when its catalogue is here.
  const [pending, setPending] = useState<Lang | null>(null);
  return (
    <div className="tool">
      <label htmlFor={id}>{t['header.language']}</label>
      <select
        id={id}
        value={pending ?? lang}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLang(next)) return;
          storeLanguage(next);
          setPending(next);
          void switchLanguage(next, (l) => store.getState().setLang(l)).finally(() =>
            setPending((p) => (p === next ? null : p)),
          );
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DisplayToggles() {
  const t = useT();
  const projector = useApp((s) => s.projector);
  const seqMode = useApp((s) => s.seqMode);
  const granularity = useApp((s) => s.granularity);
  const store = useAppStore();
  return (
    <div className="toggles">
      <label className="toggle">
        <input
          type="checkbox"
          checked={granularity === 'segment'}
          onChange={(e) => store.getState().setGranularity(e.target.checked ? 'segment' : 'block')}
        />
        {t['header.segmentSteps']}
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={projector}
          onChange={(e) => store.getState().setProjector(e.target.checked)}
        />
        {t['header.projector']}
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={seqMode === 'absolute'}
          onChange={(e) => store.getState().setSeqMode(e.target.checked ? 'absolute' : 'relative')}
        />
        {t['header.seqAbsolute']}
      </label>
    </div>
  );
}

// The dialog and its code are fetched on first use, or when the pointer or the focus comes to
// the button, so that they are here by the time it is pressed.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog'));

export function CopyEmbed() {
  const t = useT();
  const dialog = useRef<EmbedDialogHandle>(null);
  const [wanted, setWanted] = useState(false);
  // A press before the dialog's code is here opens it once it is.
  const [pending, setPending] = useState(false);
  const want = () => setWanted(true);
  return (
    <div className="tool copy-embed">
      <button
        type="button"
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          if (dialog.current) dialog.current.open();
          else {
            setWanted(true);
            setPending(true);
          }
        }}
      >
        {t['header.copyEmbed']}
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <EmbedDialog handle={dialog} openNow={pending} onOpened={() => setPending(false)} />
        </Suspense>
      )}
    </div>
  );
}
