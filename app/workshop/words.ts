/** The workshop's sentences built from its strings (strings.ts). */

import type { ScenarioError } from '../model';
import { fill } from '../strings';
import type { FieldProblem } from './formEdit';
import type { RequestError, RequestErrorCode } from './requestText';
import type { ResponseError, ResponseOnlyCode } from './responseText';
import type { strings } from './strings';

type Words = (typeof strings)['en'];

/** Errors whose words differ in a response typed by hand (said of the server, not the client). */
export const RESPONSE_WORDS = ['incomplete', 'differs', 'after-end'] as const;
const ofResponse: readonly string[] = RESPONSE_WORDS;
/** Errors only a response typed by hand has. */
export const RESPONSE_ONLY_WORDS = [
  'not-written',
  'no-content-length',
  'no-transfer-encoding',
] as const;
const responseOnly = (code: ResponseError['code']): code is ResponseOnlyCode =>
  (RESPONSE_ONLY_WORDS as readonly string[]).includes(code);

/** "Line 2, column 5: …", in the reader's language, the parser's error by its code. */
export function errorText(
  s: Words,
  error: Pick<
    RequestError | ResponseError,
    'code' | 'line' | 'column' | 'expected' | 'length' | 'missing'
  >,
  kind: 'request' | 'response' = 'request',
): string {
  const { code } = error;
  const key = responseOnly(code)
    ? (`resp.${code}` as const)
    : kind === 'response' && ofResponse.includes(code)
      ? (`resp.${code}` as `resp.${(typeof RESPONSE_WORDS)[number]}`)
      : (`err.${code}` as const);
  const what = fill(s[key], {
    expected: error.expected ?? '',
    length: error.length ?? '',
    missing: error.missing ?? '',
    // A second request typed in one box: the button that adds one, by its own name.
    button: s.addRequest,
  });
  return fill(s.errorAt, { line: error.line, column: error.column, what });
}

/** The validator's refusal in the reader's language, by its code; never its English sentence. */
export function refusalText(s: Words, error: ScenarioError): string {
  const { code, params } = error;
  if (code === 'raw-unreadable') {
    // The reader's error inside, said as the response box says it: `reason` is an ExactErrorCode.
    const reason = {
      code: params.reason as RequestErrorCode | ResponseOnlyCode,
      line: Number(params.line),
      column: Number(params.column),
      ...(params.expected === undefined ? {} : { expected: String(params.expected) }),
    };
    return fill(s['refuse.raw-unreadable'], { what: errorText(s, reason, 'response') });
  }
  return fill(s[`refuse.${code}`], params);
}

const REQUEST_FIELDS = ['method', 'target', 'version', 'headers', 'body'] as const;

/** A refusal of a request's field (`/requests/0/target`), naming the field. */
export function requestRefusalText(s: Words, error: ScenarioError): string {
  const key = /^\/requests\/\d+\/(\w+)/.exec(error.path)?.[1];
  const field = REQUEST_FIELDS.find((f) => f === key) ?? 'request';
  return fill(s.refusedIn, { field: s[`field.${field}`], reason: refusalText(s, error) });
}

/** Why a field of "Edit as a form" holds a value the request cannot take (formEdit.ts). */
export function problemText(s: Words, problem: FieldProblem): string {
  switch (problem.kind) {
    case 'refused':
      return fill(s.notAccepted, { reason: refusalText(s, problem.error) });
    case 'unreadable':
      return fill(s.formUnreadable, {
        what: fill(s[`err.${problem.code}`], {
          length: problem.length ?? '',
          missing: problem.missing ?? '',
          button: s.addRequest,
        }),
      });
    case 'computed':
      return s.formComputed;
    case 'not-as-typed':
      return s.formNotAsTyped;
  }
}
