/**
 * The JSON Schema of a timeline (`src/timeline/types.ts`), as data. `timeline.schema.json` is
 * this object written out (`npx tsx scripts/write-schema.ts`), and `schema.test.ts` checks that
 * the file is what this makes. Each step's `detail` is generated from the same table as the
 * `StepDetail` type (`src/timeline/reasons.ts`): one `if`/`then` per reason.
 */
import { TCP_STATES } from '../tcp/states';
import { TCP_EVENTS } from '../tcp/transitions';
import { STEP_REASON_TABLE, STEP_REASONS, type StepReason } from './reasons';
import { TIMELINE_VERSION } from './types';

type Schema = { readonly [keyword: string]: unknown };

const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const integer = (minimum: number, maximum?: number): Schema =>
  maximum === undefined ? { type: 'integer', minimum } : { type: 'integer', minimum, maximum };
const number = (minimum?: number): Schema =>
  minimum === undefined ? { type: 'number' } : { type: 'number', minimum };
const text: Schema = { type: 'string' };
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });

/** An object with exactly these properties, all required unless listed otherwise. */
function object(properties: Record<string, Schema>, required = Object.keys(properties)): Schema {
  return { type: 'object', properties, required, additionalProperties: false };
}

const INDEX = integer(0);
const UINT32 = integer(0, 4294967295);
const INT32 = integer(-2147483648, 2147483647);
const PORT = integer(1, 65535);

/** The detail a step of `reason` carries, from the reasons table. */
function detailOf(reason: StepReason): Schema {
  const { about, detail } = STEP_REASON_TABLE[reason];
  const fields: Readonly<Record<string, Schema>> = detail;
  return { description: about, ...object({ ...fields }) };
}

const STEP: Schema = {
  ...object({
    index: INDEX,
    time: number(),
    kind: ref('StepKind'),
    reason: ref('StepReason'),
    detail: { type: 'object', description: 'Exactly the fields of the step’s reason (below).' },
    connection: INDEX,
    endpoint: nullable(ref('Endpoint')),
    states: object({ client: ref('TcpState'), server: ref('TcpState') }),
    changes: arrayOf(ref('StateChange')),
    segmentIn: { type: ['integer', 'null'], minimum: 0 },
    segmentsOut: arrayOf(INDEX),
    message: nullable(
      object({ messageId: INDEX, block: INDEX, direction: { enum: ['write', 'parse'] } }),
    ),
    phase: ref('Phase'),
    rfc: { type: ['string', 'null'] },
  }),
  allOf: STEP_REASONS.map((reason) => ({
    if: { properties: { reason: { const: reason } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, never awaited.
    then: { properties: { detail: detailOf(reason) } },
  })),
};

export const TIMELINE_SCHEMA: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://roundtrip.invalid/timeline.schema.json',
  title: 'Roundtrip timeline',
  description:
    'What simulate() returns (src/timeline/types.ts): a scenario run as steps, segments and HTTP messages. Times are virtual milliseconds; octets are binary strings, one char per octet.',
  ...object({
    version: { const: TIMELINE_VERSION },
    scenario: text,
    profile: { enum: ['textbook', 'linux'] },
    seed: UINT32,
    client: ref('EndpointInfo'),
    server: ref('EndpointInfo'),
    link: ref('LinkInfo'),
    connections: arrayOf(ref('Connection')),
    segments: arrayOf(ref('Segment')),
    messages: arrayOf(ref('HttpMessageRecord')),
    steps: arrayOf(ref('Step')),
    durationMs: number(0),
    outcome: object({
      client: ref('TcpState'),
      server: ref('TcpState'),
      note: { type: ['string', 'null'] },
    }),
  }),
  $defs: {
    TcpState: { enum: TCP_STATES },
    TcpEvent: { enum: TCP_EVENTS },
    Endpoint: { enum: ['client', 'server'] },
    TcpFlag: { enum: ['SYN', 'FIN', 'RST', 'PSH', 'ACK'] },
    StepReason: { enum: STEP_REASONS },
    StepKind: { enum: ['start', 'app', 'receive', 'lost', 'timer', 'message'] },
    BinaryString: {
      type: 'string',
      pattern: '^[\\u0000-\\u00ff]*$',
      description: 'One char per octet (0-255).',
    },
    Phase: object({
      mdn: { enum: [1, 2, 3, null] },
      sevenStep: { enum: [1, 2, 3, 4, 5, 6, 7, null] },
    }),
    SegmentOptions: object(
      {
        mss: PORT,
        windowScale: integer(0, 14),
        sackPermitted: { type: 'boolean' },
        timestamps: object({ value: UINT32, echo: UINT32 }),
      },
      [],
    ),
    MessageSlice: object({ messageId: INDEX, start: INDEX, end: INDEX }),
    Segment: object(
      {
        id: INDEX,
        from: ref('Endpoint'),
        to: ref('Endpoint'),
        srcPort: PORT,
        dstPort: PORT,
        flags: arrayOf(ref('TcpFlag')),
        seq: UINT32,
        ack: UINT32,
        relSeq: INT32,
        relAck: INT32,
        segLen: INDEX,
        payloadLength: INDEX,
        window: integer(0, 65535),
        options: ref('SegmentOptions'),
        payload: ref('BinaryString'),
        carries: arrayOf(ref('MessageSlice')),
        sentAt: number(),
        arrivesAt: { type: ['number', 'null'] },
        lostAt: { type: ['number', 'null'] },
        retransmissionOf: { type: ['integer', 'null'], minimum: 0 },
        oldDuplicate: { type: 'boolean' },
        captured: ref('CapturedNote'),
      },
      [
        'id',
        'from',
        'to',
        'srcPort',
        'dstPort',
        'flags',
        'seq',
        'ack',
        'relSeq',
        'relAck',
        'segLen',
        'payloadLength',
        'window',
        'options',
        'payload',
        'carries',
        'sentAt',
        'arrivesAt',
        'lostAt',
        'retransmissionOf',
      ],
    ),
    CapturedNote: object(
      {
        frame: integer(1),
        analysis: arrayOf(text),
        info: text,
        longerThanMss: { type: ['integer', 'null'], minimum: 0 },
        sackBlocks: INDEX,
        receivedWith: integer(1),
        rst: { enum: ['no-connection', 'unacceptable', 'abort', 'after-close'] },
      },
      ['frame', 'analysis', 'info', 'longerThanMss', 'sackBlocks'],
    ),
    MessageBlock: object(
      {
        kind: { enum: ['start-line', 'header', 'blank-line', 'body'] },
        start: INDEX,
        end: INDEX,
        name: text,
        value: text,
      },
      ['kind', 'start', 'end'],
    ),
    HttpMessageRecord: object({
      id: INDEX,
      kind: { enum: ['request', 'response'] },
      from: ref('Endpoint'),
      connection: INDEX,
      bytes: ref('BinaryString'),
      blocks: arrayOf(ref('MessageBlock')),
      startLine: text,
    }),
    StateChange: object({
      endpoint: ref('Endpoint'),
      from: ref('TcpState'),
      to: ref('TcpState'),
      event: ref('TcpEvent'),
      transition: { type: 'string', pattern: '^[A-Z0-9-]+--[a-z0-9-]+$' },
    }),
    Step: STEP,
    EndpointInfo: object({ address: text, port: PORT }),
    Connection: object({
      id: INDEX,
      clientPort: PORT,
      serverPort: PORT,
      clientIsn: UINT32,
      serverIsn: UINT32,
    }),
    LinkInfo: object({
      latencyMs: number(0),
      bitsPerSecond: number(0),
      lossRate: { type: 'number', minimum: 0, maximum: 1 },
    }),
  },
};
