/** The app: store, URL, language, keyboard, player, and the layout (an embed's brings its bridge). */
import { lazy, type RefObject, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { KeysDialogHandle } from './controls/KeysDialog';
import { useKeyboard } from './controls/useKeyboard';
import { usePlayback } from './controls/usePlayback';
import { replayEarlyPresses } from './firstPaint';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { projectorStyle } from './shell/projector';
import { Shell } from './shell/Shell';
import { scenarioTitle } from './shell/scenarioText';
import { type AppStore, type ModelApi, StoreProvider, useApp, useLang, useT } from './store';
import { FirstDrawWidth } from './timeline/useWidth';
import { useUrlSync } from './url/useUrlSync';

// Only an embed needs it (embed=1): a chunk of its own, fetched by app/main.tsx as the app starts.
const EmbedLayout = lazy(() => import('./embed/EmbedLayout'));
const KeysDialog = lazy(() => import('./controls/KeysDialog'));

interface Props {
  store: AppStore;
  /** The model the store was made with; Back and Forward open views with it (app/url/openView). */
  model: ModelApi;
  embed: boolean;
  scenarioIds: readonly string[];
  /** The diagram's width in the prerendered page, when hydrating it (scripts/prerender.ts). */
  firstWidth?: number | null;
}

export function App({ store, model, embed, scenarioIds, firstWidth = null }: Props) {
  // The last resort, for a failure outside every region (the header, the app's
  // own hooks): its link keeps the language the page was in.
  const lang = store.getState().lang;
  const defaults = `./?${embed ? 'embed=1&' : ''}lang=${encodeURIComponent(lang)}`;
  return (
    <StoreProvider store={store}>
      <FirstDrawWidth value={firstWidth}>
        <ErrorBoundary page={{ defaults }}>
          <Root model={model} embed={embed} scenarioIds={scenarioIds} />
        </ErrorBoundary>
      </FirstDrawWidth>
    </StoreProvider>
  );
}

function Root({
  model,
  embed,
  scenarioIds,
}: {
  model: ModelApi;
  embed: boolean;
  scenarioIds: readonly string[];
}) {
  const lang = useLang();
  const t = useT();
  const projector = useApp((s) => s.projector);
  const scenarioId = useApp((s) => s.scenarioId);
  const importedName = useApp((s) => (s.source.kind === 'imported' ? s.source.name : null));
  const root = useRef<HTMLDivElement>(null);
  const keys = useRef<KeysDialogHandle>(null);
  // The list of keys is fetched when first asked for, and opens as it is drawn; after that the
  // same dialog opens again.
  const [helpAsked, setHelpAsked] = useState(false);
  const openHelp = useCallback(() => {
    if (keys.current) keys.current.open();
    else setHelpAsked(true);
  }, []);

  useUrlSync(model, embed, scenarioIds);
  useKeyboard(openHelp);
  // The player's buttons pressed on the prerendered page before the app was alive.
  useEffect(replayEarlyPresses, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${importedName ?? scenarioTitle(t, scenarioId)} · ${t['app.title']}`;
  }, [lang, t, scenarioId, importedName]);
  useEffect(() => {
    document.documentElement.classList.toggle('is-embed', embed);
  }, [embed]);
  // The mode's class once its stylesheet is here (shell/projector.ts); without it, if it cannot
  // be fetched: the layout is drawn for the mode, and its type is the page's.
  useEffect(() => {
    const html = document.documentElement;
    if (!projector) {
      html.classList.remove('projector');
      return;
    }
    let on = true;
    const show = () => {
      if (on) html.classList.add('projector');
    };
    projectorStyle.load().then(show, show);
    return () => {
      on = false;
    };
  }, [projector]);

  return (
    <div ref={root} className="root">
      {embed ? (
        <Suspense fallback={null}>
          <EmbedLayout onHelp={openHelp} />
        </Suspense>
      ) : (
        <Shell scenarioIds={scenarioIds} onHelp={openHelp} />
      )}
      {helpAsked && (
        <Suspense fallback={null}>
          <KeysDialog ref={keys} />
        </Suspense>
      )}
      <Player root={root} />
    </div>
  );
}

/** The player's clock, in a leaf of its own: its state changes re-render nothing else. */
function Player({ root }: { root: RefObject<HTMLDivElement | null> }) {
  usePlayback(root);
  return null;
}
