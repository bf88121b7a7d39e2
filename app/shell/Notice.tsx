/**
 * Says which parts of a malformed link were replaced by defaults, and when an old step link was
 * shown at the nearest named moment (that notice and its words are loaded when needed).
 */
import { lazy, Suspense } from 'react';
import { useApp, useAppStore, useT } from '../store';
import { format } from '../strings';
import { setKeptEdits, useKeptEdits } from './keptEdits';
import { scenarioTitle } from './scenarioText';

const ResolvedNotice = lazy(() => import('../moments/ResolvedNotice'));

export function Notice() {
  const bad = useApp((s) => s.badParams);
  const resolved = useApp((s) => s.resolvedStep !== null);
  const store = useAppStore();
  return (
    <>
      <EditsKept />
      {resolved && (
        <Suspense fallback={null}>
          <ResolvedNotice />
        </Suspense>
      )}
      {bad.length > 0 && (
        <BadParams bad={bad} onDismiss={() => store.getState().setBadParams([])} />
      )}
    </>
  );
}

/** Where the workshop's edits are, after the Scenario menu left them (HeaderTools.tsx). */
function EditsKept() {
  const t = useT();
  const id = useKeptEdits();
  if (id === null) return null;
  return (
    <div className="notice" role="status">
      <span>{format(t, 'notice.editsKept', { scenario: scenarioTitle(t, id) })}</span>
      <button type="button" onClick={() => setKeptEdits(null)}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}

function BadParams({ bad, onDismiss }: { bad: string[]; onDismiss: () => void }) {
  const t = useT();
  // `s:<problem>`: the custom scenario in the link could not be read (app/workshop/openLink.ts).
  const link = bad.find((p) => p.startsWith('s:'));
  const params = bad.filter((p) => !p.startsWith('s:'));
  return (
    <div className="notice" role="status">
      {link && <span>{t[link === 's:newer' ? 'notice.linkNewer' : 'notice.linkDamaged']}</span>}
      {params.length > 0 && (
        <span>{format(t, 'notice.badUrl', { params: params.join(', ') })}</span>
      )}
      <button type="button" onClick={onDismiss}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}
