/** The header's tools: scenario, language, display toggles and "Copy embed code". */
import { useId, useRef, useState } from 'react';
import { embedUrl, iframeSnippet } from '../embed/snippet';
import { useApp, useAppStore, useT } from '../store';
import { isLang, LANGUAGES, type Lang } from '../strings';
import { storeLanguage } from '../strings/language';
import { switchLanguage } from '../strings/switchLanguage';
import { scenarioDescription, scenarioTitle } from './scenarioText';

export function ScenarioPicker({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const scenarioId = useApp((s) => s.scenarioId);
  const store = useAppStore();
  const id = useId();
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>{t['header.scenario']}</label>
      <select
        id={id}
        value={scenarioId}
        aria-describedby={`${id}-desc`}
        onChange={(e) => store.getState().loadScenario(e.target.value, { step: 0 })}
      >
        {ids.map((sid) => (
          <option key={sid} value={sid}>
            {scenarioTitle(t, sid)}
          </option>
        ))}
      </select>
      <p id={`${id}-desc`} className="scenario-desc">
        {scenarioDescription(t, scenarioId)}
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
  const store = useAppStore();
  return (
    <div className="toggles">
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

export function CopyEmbed() {
  const t = useT();
  const store = useAppStore();
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const copy = async () => {
    const s = store.getState();
    const snippet = iframeSnippet(
      embedUrl(window.location.href, s),
      scenarioTitle(t, s.scenarioId),
    );
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t['header.copied']);
      window.setTimeout(() => setStatus(''), 4000);
    } catch {
      setManual(snippet);
      dialog.current?.showModal();
    }
  };
  return (
    <div className="tool copy-embed">
      <button type="button" onClick={copy}>
        {t['header.copyEmbed']}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
      <dialog ref={dialog} className="copy-dialog" aria-labelledby="copy-title">
        <p id="copy-title">{t['header.copyManual']}</p>
        <textarea
          readOnly
          value={manual}
          rows={4}
          onFocus={(e) => e.target.select()}
          aria-labelledby="copy-title"
        />
        <button type="button" onClick={() => dialog.current?.close()}>
          {t['header.close']}
        </button>
      </dialog>
    </div>
  );
}
