/** The workshop's sentences built from its strings (strings.ts). */
import { fill } from '../strings';
import type { RequestError } from './requestText';
import type { strings } from './strings';

type Words = (typeof strings)['en'];

/** "Line 2, column 5: …", in the reader's language, the parser's error by its code. */
export function errorText(s: Words, error: RequestError): string {
  const what = fill(s[`err.${error.code}`], { expected: error.expected ?? '' });
  return fill(s.errorAt, { line: error.line, column: error.column, what });
}
