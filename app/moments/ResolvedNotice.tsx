/** Says that an old step link was shown at the nearest named moment (app/url/openView.ts). */
import { useApp, useAppStore, useStrings, useT } from '../store';
import { fill } from '../strings';
import { findMoment } from '../timeline/moments';
import { momentName } from './names';
import { momentStrings } from './strings';

export default function ResolvedNotice() {
  const w = useStrings(momentStrings);
  const t = useT();
  const store = useAppStore();
  const resolved = useApp((s) => s.resolvedStep);
  const timeline = useApp((s) => s.timeline);
  const moment = resolved && timeline ? findMoment(timeline, resolved.moment) : undefined;
  if (!resolved || !moment) return null;
  return (
    <div className="notice" role="status" data-testid="moment-notice">
      <span>
        {fill(w['notice.nearest'], { step: resolved.step, moment: momentName(w, moment) })}
      </span>
      <button type="button" onClick={() => store.getState().setResolvedStep(null)}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}
