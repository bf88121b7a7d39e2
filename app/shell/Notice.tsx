/** Says which parts of a malformed link were replaced by defaults. */
import { useApp, useAppStore, useT } from '../store';
import { format } from '../strings';

export function Notice() {
  const t = useT();
  const bad = useApp((s) => s.badParams);
  const store = useAppStore();
  if (bad.length === 0) return null;
  // `s:<problem>`: the custom scenario in the link could not be read (app/workshop/openLink.ts).
  const link = bad.find((p) => p.startsWith('s:'));
  const params = bad.filter((p) => !p.startsWith('s:'));
  return (
    <div className="notice" role="status">
      {link && <span>{t[link === 's:newer' ? 'notice.linkNewer' : 'notice.linkDamaged']}</span>}
      {params.length > 0 && (
        <span>{format(t, 'notice.badUrl', { params: params.join(', ') })}</span>
      )}
      <button type="button" onClick={() => store.getState().setBadParams([])}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}
