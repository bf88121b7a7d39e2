/**
 * Reads the Markdown test corpus in `src/http/cases/*.md` (the convention is
 * in `cases/README.md`). Test support: uses node:fs, so it sits outside the
 * model's tsconfig.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageBlock, MessageBlockKind } from '../../timeline/types';
import type { BodyFraming } from '../framing';

export const CASES_DIR = join(import.meta.dirname, '..', 'cases');

export interface ExpectedBlock {
  kind: MessageBlockKind;
  start: number;
  end: number;
  /** `Name: value` for a header line, when the case gives it. */
  field?: string;
}

/** A tolerated deviation the parse must report: `deviation <code> <offset>`. */
export interface ExpectedDeviation {
  code: string;
  offset: number;
}

export type Expected =
  | { ok: true; blocks: ExpectedBlock[]; framing?: BodyFraming; deviations: ExpectedDeviation[] }
  | { ok: false; code: string; offset: number; line?: number; column?: number };

export interface CorpusCase {
  file: string;
  name: string;
  kind: 'request' | 'response';
  /** Whether serializeMessage gives back the input byte for byte. */
  canonical: boolean;
  requestMethod?: string;
  input: Uint8Array;
  expected: Expected;
}

const ESCAPES: Record<string, number> = { r: 0x0d, n: 0x0a, t: 0x09, '\\': 0x5c };

/** Decodes escapes in one line; `continues` is true when it ends with a lone backslash. */
function decodeLine(line: string): { bytes: number[]; continues: boolean } {
  const bytes: number[] = [];
  const utf8 = (s: string) => bytes.push(...Buffer.from(s, 'utf8'));
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (c !== '\\') {
      const cp = line.codePointAt(i) ?? 0;
      utf8(String.fromCodePoint(cp));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const next = line[i + 1];
    if (next === undefined) return { bytes, continues: true };
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      bytes.push(simple);
      i += 2;
    } else if (next === 'x' && /^[0-9A-Fa-f]{2}$/.test(line.slice(i + 2, i + 4))) {
      bytes.push(Number.parseInt(line.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (next === '{') {
      const m = /^\\\{(\d+):([^}]*)\}/.exec(line.slice(i));
      if (!m) throw new Error(`bad repeat escape in ${JSON.stringify(line)}`);
      const unit = decodeLine(m[2] ?? '').bytes;
      for (let k = 0; k < Number(m[1]); k++) bytes.push(...unit);
      i += m[0].length;
    } else {
      throw new Error(`unknown escape \\${next} in ${JSON.stringify(line)}`);
    }
  }
  return { bytes, continues: false };
}

/** The bytes of an ```http block: every line ends with CRLF unless it ends with `\`. */
export function decodeHttpBlock(text: string): Uint8Array {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    const { bytes, continues } = decodeLine(line);
    out.push(...bytes);
    if (!continues) out.push(0x0d, 0x0a);
  }
  return Uint8Array.from(out);
}

function parseSpans(text: string, where: string): Expected {
  const blocks: ExpectedBlock[] = [];
  const deviations: ExpectedDeviation[] = [];
  let framing: BodyFraming | undefined;
  for (const line of text.split('\n')) {
    const d = /^deviation ([a-z-]+) (\d+)$/.exec(line);
    if (d) {
      deviations.push({ code: d[1] ?? '', offset: Number(d[2]) });
      continue;
    }
    const f = /^framing (none|content-length|chunked|until-close)$/.exec(line);
    if (f) {
      framing = f[1] as BodyFraming;
      continue;
    }
    const m = /^(start-line|header|blank-line|body) (\d+)-(\d+)(?: (.*))?$/.exec(line);
    if (!m) throw new Error(`${where}: bad spans line ${JSON.stringify(line)}`);
    const block: ExpectedBlock = {
      kind: m[1] as MessageBlockKind,
      start: Number(m[2]),
      end: Number(m[3]),
    };
    if (m[4] !== undefined) block.field = m[4];
    blocks.push(block);
  }
  return framing === undefined
    ? { ok: true, blocks, deviations }
    : { ok: true, blocks, framing, deviations };
}

function parseError(text: string, where: string): Expected {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^(code|offset|line|column) (\S+)$/.exec(line);
    if (!m) throw new Error(`${where}: bad error line ${JSON.stringify(line)}`);
    fields[m[1] ?? ''] = m[2] ?? '';
  }
  if (fields.code === undefined || fields.offset === undefined) {
    throw new Error(`${where}: an error block needs code and offset`);
  }
  const expected: Expected = { ok: false, code: fields.code, offset: Number(fields.offset) };
  if (fields.line !== undefined) expected.line = Number(fields.line);
  if (fields.column !== undefined) expected.column = Number(fields.column);
  return expected;
}

const FENCE = /^```([^\n]*)\n([\s\S]*?)\n```$/gm;

function parseCase(file: string, name: string, body: string): CorpusCase {
  const where = `${file} "${name}"`;
  let input: { bytes: Uint8Array; info: string[] } | undefined;
  let expected: Expected | undefined;
  for (const m of body.matchAll(FENCE)) {
    const info = (m[1] ?? '').trim().split(/\s+/);
    const text = m[2] ?? '';
    if (info[0] === 'http') input = { bytes: decodeHttpBlock(text), info: info.slice(1) };
    else if (info[0] === 'spans') expected = parseSpans(text, where);
    else if (info[0] === 'error') expected = parseError(text, where);
  }
  if (!input || !expected)
    throw new Error(`${where}: needs an http block and a spans or error block`);
  const kind = input.info[0];
  if (kind !== 'request' && kind !== 'response') {
    throw new Error(`${where}: the http block's info string must start with request or response`);
  }
  const method = input.info.find((w) => w.startsWith('method='))?.slice('method='.length);
  const result: CorpusCase = {
    file,
    name,
    kind,
    canonical: !input.info.includes('non-canonical'),
    input: input.bytes,
    expected,
  };
  if (method !== undefined) result.requestMethod = method;
  return result;
}

/** Every case of every corpus file, in file order. */
export function loadCorpus(): CorpusCase[] {
  const files = readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  return files.flatMap((file) => {
    const text = readFileSync(join(CASES_DIR, file), 'utf8');
    const sections = text.split(/^## /m).slice(1);
    return sections.map((section) => {
      const newline = section.indexOf('\n');
      return parseCase(file, section.slice(0, newline).trim(), section.slice(newline + 1));
    });
  });
}

/** The blocks of a parse, in the corpus's spans notation, for messages in failures. */
export function spansOf(blocks: readonly MessageBlock[]): string[] {
  return blocks.map((b) =>
    b.kind === 'header'
      ? `${b.kind} ${b.start}-${b.end} ${b.name}: ${b.value}`
      : `${b.kind} ${b.start}-${b.end}`,
  );
}
