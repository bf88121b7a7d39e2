/**
 * Where in a JSON text something is, for messages a person can act on:
 * "line 12, column 5". `JSON.parse` says that a text is not JSON, but each
 * engine words where differently, so the first error is found again here by
 * a small scanner of RFC 8259's grammar; and the value at a path
 * (`log.entries[2].timings`) is found the same way, for a HAR whose JSON is
 * sound but whose shape is not. Both run only when something is wrong.
 */

export interface TextPosition {
  /** 0-based offset in the text (UTF-16 code units, as JavaScript counts). */
  offset: number;
  /** 1-based line, counting line feeds. */
  line: number;
  /** 1-based column in the line. */
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: end - lineStart + 1 };
}

/** The path of a value, written as in JavaScript: `log.entries[2]["odd key"]`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export interface JsonScan {
  /** The first syntax error, or null when the text is JSON. */
  error: { offset: number; explanation: string } | null;
  /** Offsets where the values at the requested paths start. */
  found: Map<string, number>;
}

type Frame = {
  kind: 'object' | 'array';
  path: (string | number)[];
  index: number;
  key: string | null;
};

/**
 * Scans `text` as JSON (RFC 8259), recording where the values at `paths`
 * start. An explicit stack, not recursion, so that deep nesting cannot
 * overflow the call stack.
 */
export function scanJson(text: string, paths: ReadonlySet<string> = new Set()): JsonScan {
  const found = new Map<string, number>();
  let at = 0;
  const fail = (explanation: string): JsonScan => ({ error: { offset: at, explanation }, found });
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const describe = () =>
    at >= text.length ? 'the end of the text' : `${JSON.stringify(text[at])}`;
  const stack: Frame[] = [];
  let path: (string | number)[] = [];

  // Reads one value starting at `at`; containers push a frame and return.
  const value = (): string | null => {
    space();
    if (paths.size > 0) {
      const key = pathText(path);
      if (paths.has(key) && !found.has(key)) found.set(key, at);
    }
    const c = text[at];
    if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', path, index: 0, key: null });
      at++;
      return null;
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return null;
      }
    }
    return `Expected a value (an object, array, string, number, true, false or null); found ${describe()}.`;
  };
  const string = (): string | null => {
    at++;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 34) {
        at++;
        return null;
      }
      if (code < 0x20)
        return 'A control character inside a string must be escaped (\\n, \\t, \\u00XX).';
      if (code === 92) {
        const e = text[at + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            return 'A \\u escape needs four hexadecimal digits.';
          at += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e))
          return `${JSON.stringify(`\\${e ?? ''}`)} is not a JSON escape.`;
        at += 2;
        continue;
      }
      at++;
    }
    return 'The text ends inside a string: a closing " is missing.';
  };
  const number = (): string | null => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) return `Expected a number; found ${describe()}.`;
    at += match[0].length;
    return null;
  };

  const firstError = value();
  if (firstError) return fail(firstError);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    space();
    const c = text[at];
    const close = frame.kind === 'object' ? '}' : ']';
    if (frame.index === 0 && c === close) {
      at++;
      stack.pop();
      continue;
    }
    if (frame.index > 0) {
      if (c === close) {
        at++;
        stack.pop();
        continue;
      }
      if (c !== ',') {
        return fail(
          `Expected , or ${close} after ${frame.kind === 'object' ? 'a member' : 'an element'}; found ${describe()}.`,
        );
      }
      at++;
      space();
    }
    if (frame.kind === 'object') {
      if (text[at] !== '"')
        return fail(`Expected a member name in double quotes; found ${describe()}.`);
      const keyStart = at;
      const bad = string();
      if (bad) return fail(bad);
      frame.key = JSON.parse(text.slice(keyStart, at)) as string;
      space();
      if (text[at] !== ':') return fail(`Expected : after the member name; found ${describe()}.`);
      at++;
      path = [...frame.path, frame.key];
    } else {
      path = [...frame.path, frame.index];
    }
    frame.index++;
    const bad = value();
    if (bad) return fail(bad);
  }
  space();
  if (at < text.length)
    return fail(`Expected the end of the text after the JSON value; found ${describe()}.`);
  return { error: null, found };
}
