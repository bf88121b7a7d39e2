/** The legend's content: each mark of the sequence diagram, drawn small, and what it means. */
import { useStrings, useT } from '../store';
import { legendStrings } from './strings';

type Key = keyof (typeof legendStrings)['en'];

/** A small drawing of each mark, in the diagram's own colours (legend.css). */
const MARKS: readonly [Key, string][] = [
  ['arrow', '→'],
  ['slope', '↘'],
  ['flight', '⇢'],
  ['lost', '✕'],
  ['retransmission', '↻'],
  ['pills', '▭'],
  ['now', '—'],
  ['strip', '┃'],
  ['compressed', '≈'],
  ['psh', 'PSH'],
  ['numbers', '#'],
];

export default function LegendBody() {
  const w = useStrings(legendStrings);
  const t = useT();
  return (
    <>
      {/* The sentence screen readers get with the diagram, for everyone. */}
      <p className="marks-lead">{t['diagram.description']}</p>
      <dl className="marks-list">
        {MARKS.map(([key, mark]) => (
          <div key={key} className={`marks-item marks-${key}`}>
            <dt aria-hidden="true">{mark}</dt>
            <dd>{w[key]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
