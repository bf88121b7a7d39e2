/**
 * What the parser tolerated in this message (src/http `deviations`): each kind once, where it
 * first occurs, and how it was read. Loaded on first use with its words: the simulator writes
 * messages by the rules, so only imported captures and hand-written messages have any.
 */
import type { DeviationCode } from '../model';
import { useStrings } from '../store';
import { fill } from '../strings';
import { deviationStrings } from './strings';
import './deviations.css';

export interface DeviationsProps {
  deviations: readonly { code: DeviationCode; line: number; column: number }[];
}

export default function Deviations({ deviations }: DeviationsProps) {
  const s = useStrings(deviationStrings);
  return (
    <section className="message-deviations" data-testid="message-deviations" aria-label={s.title}>
      <h3>{s.title}</h3>
      <p>{s.intro}</p>
      <ul>
        {deviations.map(({ code, line, column }) => (
          <li key={code} data-code={code}>
            <span className="deviation-at">{fill(s.at, { line, column })}</span> {s[code]}
          </li>
        ))}
      </ul>
    </section>
  );
}
