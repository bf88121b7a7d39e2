/** The header's tools: scenario, language, display toggles and the Share panel. */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { EmbedDialogHandle } from '../embed/EmbedDialog';
import { useCopyMomentLink } from '../moments/MomentTools';
import { CUSTOM_ID, IMPORTED_ID, useApp, useAppStore, useT } from '../store';
import { isLang, LANGUAGES, type Lang } from '../strings';
import { storeLanguage } from '../strings/language';
import { StateNames } from '../strings/StateNames';
import { switchLanguage } from '../strings/switchLanguage';
import { placeOfView } from '../timeline/moments';
import { isWorkshopOpen, reopenWorkshop, setWorkshopOpen } from '../workshop/entry';
import { isWorkshopEdited, useWorkshopStale } from '../workshop/stale';
import { HeaderPopover } from './HeaderPopover';
import { keptEdits, setKeptEdits } from './keptEdits';
import { importedDescription, scenarioDescription, scenarioTitle } from './scenarioText';

export { Export } from '../importer/Export';
export { OpenCapture } from '../importer/OpenCapture';

export function ScenarioPicker({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const scenarioId = useApp((s) => s.scenarioId);
  const profile = useApp((s) => s.profile);
  const imported = useApp((s) => (s.source.kind === 'imported' ? s.source : null));
  const own = useApp((s) => s.ownScenario !== null);
  const store = useAppStore();
  const id = useId();
  // A scenario of the user's own is listed from the time it is first on screen, for the rest of
  // the session: picking another scenario must not lose the workshop's edits. An imported
  // session has an option of its own, named after its file.
  const listed =
    ids.includes(scenarioId) || scenarioId === IMPORTED_ID ? ids : [...ids, scenarioId];
  const shown = own && !listed.includes(CUSTOM_ID) ? [...listed, CUSTOM_ID] : listed;
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
          const at = { step: 0, ...(place ? { moment: place.id } : {}) };
          const picked = e.target.value;
          if (picked === CUSTOM_ID && !s.ownScenario) return;
          // The workshop holds edits of the scenario left, not of the one picked: it closes
          // rather than start again on another, a notice says where the edits are, and it comes
          // back with them when that scenario is picked again (its draft stays marked open).
          const left =
            isWorkshopOpen() && (s.source.kind === 'custom' || isWorkshopEdited())
              ? s.scenarioId
              : null;
          if (left !== null) setWorkshopOpen(false);
          if (picked === CUSTOM_ID && s.ownScenario) {
            const scenario = s.ownScenario;
            s.loadSource({ kind: 'custom', scenario }, { ...at, profile: scenario.profile });
          } else {
            s.loadScenario(picked, at);
          }
          if (left !== null) setKeptEdits(left);
          else if (picked === keptEdits()) setKeptEdits(null);
          reopenWorkshop(store);
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
        {imported !== null && <option value={IMPORTED_ID}>{imported.name}</option>}
      </select>
      <p id={`${id}-desc`} className="scenario-desc" data-testid="scenario-desc">
        <StateNames
          text={
            imported
              ? importedDescription(t, imported.timeline)
              : scenarioDescription(t, scenarioId, profile)
          }
        />
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
    <div className="tool language-tool">
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
    <HeaderPopover label={t['header.display']} className="display-tools">
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
    </HeaderPopover>
  );
}

// The dialog and its code are fetched on first use, or when the pointer or the focus comes to
// the Share button, so that they are here by the time "Copy embed code" is pressed.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog'));

/**
 * "Share": a panel with "Copy link to this moment" and "Copy embed code". The embed dialog and
 * the "Link copied." line live outside the panel, so that they stay when it closes, and the
 * line sits out of the flow, so that the header does not move. An imported session is in no
 * URL (it may be large and private), so while one is on screen the link button is off and says
 * why beside it, rather than copying a link that opens something else.
 */
export function ShareTools() {
  const t = useT();
  const id = useId();
  const link = useCopyMomentLink();
  const imported = useApp((s) => s.source.kind === 'imported');
  // The workshop's draft cannot be simulated: what is copied is the last version that worked.
  const lastGood = useWorkshopStale() && !imported;
  const dialog = useRef<EmbedDialogHandle>(null);
  const [wanted, setWanted] = useState(false);
  // A press before the dialog's code is here opens it once it is.
  const [pending, setPending] = useState(false);
  return (
    <HeaderPopover
      label={t['header.share']}
      className="share-tools"
      onWant={() => setWanted(true)}
      after={
        <>
          <span className="moment-status" role="status">
            {link.status}
          </span>
          {wanted && (
            <Suspense fallback={null}>
              <EmbedDialog handle={dialog} openNow={pending} onOpened={() => setPending(false)} />
            </Suspense>
          )}
        </>
      }
    >
      {/* aria-disabled, not disabled: the button keeps the focus, so its reason is heard. */}
      <button
        type="button"
        aria-disabled={imported || undefined}
        aria-describedby={imported ? `${id}-imported` : lastGood ? `${id}-last-good` : undefined}
        onClick={() => {
          if (!imported) void link.copy();
        }}
      >
        {t['header.copyLink']}
      </button>
      {imported && (
        <p className="share-note" id={`${id}-imported`} data-testid="share-link-imported">
          {t['header.linkImported']}
        </p>
      )}
      {lastGood && (
        <p className="share-note" id={`${id}-last-good`}>
          {t['header.linkLastGood']}
        </p>
      )}
      <button
        type="button"
        aria-describedby={lastGood ? `${id}-last-good` : undefined}
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
    </HeaderPopover>
  );
}
