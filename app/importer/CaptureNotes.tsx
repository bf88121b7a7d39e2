/**
 * Under the explanation of a captured segment: what Wireshark's TCP analysis says of it, what
 * the real stack did that the simulator does not (segmentation offload, SACK, RST), and the
 * caveat that the analysis is heuristic. Loaded with the importer's words, only for a capture.
 */
import type { Segment } from '../model';
import { useApp, useStrings } from '../store';
import { StateNames } from '../strings/StateNames';
import { captureNoteLines } from './captureNoteLines';
import { importStrings } from './strings';
import './importer.css';

export default function CaptureNotes() {
  const s = useStrings(importStrings);
  const seg = useApp((st): Segment | undefined => {
    const step = st.timeline?.steps[st.cursor];
    return step?.reason === 'segment-captured' && step.segmentIn !== null
      ? st.timeline?.segments[step.segmentIn]
      : undefined;
  });
  const note = seg?.captured;
  if (!seg || !note) return null;
  const lines = captureNoteLines(seg, s);
  return (
    <section className="capture-notes" data-testid="capture-notes" aria-label={s.analysisHeading}>
      <h3>{s.analysisHeading}</h3>
      {note.info && <p className="capture-info">{note.info}</p>}
      {lines.length === 0 ? (
        <p>{s['note.none']}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>
              <StateNames text={line} />
            </li>
          ))}
        </ul>
      )}
      {note.analysis.length > 0 && <p className="capture-caveat">{s.analysisCaveat}</p>}
    </section>
  );
}
