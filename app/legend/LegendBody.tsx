/** The legend's content: each mark of the sequence diagram, drawn small, and what it means. */
import { useApp, useStrings, useT } from '../store';
import { StateNames } from '../strings/StateNames';
import { legendStrings } from './strings';
import './legendBody.css';

type Key = Exclude<keyof (typeof legendStrings)['en'], 'numbers.absolute'>;

/** A small drawing of each mark, in the diagram's own colours and type (legendBody.css). */
const MARKS: readonly [Key, string][] = [
  ['arrow', '→'],
  ['slope', '↘'],
  ['flight', '⇢'],
  ['lost', '✕'],
  ['retransmission', '↻'],
  ['states', 'LISTEN'],
  ['badges', 'ACK'],
  ['now', '┈'],
  ['strip', '┃'],
  ['pause', '‖'],
  ['compressed', '≈'],
  ['psh', 'PSH'],
  ['numbers', '#'],
];

export default function LegendBody() {
  const w = useStrings(legendStrings);
  const t = useT();
  // The numbers' entry says which numbers the diagram shows: relative, or as sent.
  const absolute = useApp((s) => s.seqMode === 'absolute');
  const words = (key: Key) => (key === 'numbers' && absolute ? w['numbers.absolute'] : w[key]);
  return (
    // Where the page is one screen tall (900 px wide and up) it scrolls within itself, so that the
    // diagram keeps its room; reachable by keyboard to scroll. Narrower, it opens in the page.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this groups definitions
    <div className="marks-body" tabIndex={0} role="group" aria-label={t['legend.title']}>
      {/* The sentence screen readers get with the diagram, for everyone. */}
      <p className="marks-lead">
        <StateNames text={t['diagram.description']} />
      </p>
      <dl className="marks-list">
        {MARKS.map(([key, mark]) => (
          <div key={key} className={`marks-item marks-${key}`}>
            <dt aria-hidden="true">
              <span>{mark}</span>
            </dt>
            <dd>
              <StateNames text={words(key)} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
