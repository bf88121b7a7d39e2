/**
 * The explanations say only what the timeline shows. Each claim a sentence can make (that an
 * endpoint acknowledges now, sends a FIN now, waits for the peer's FIN, closes in four or three
 * segments, the status it reads, the numbers it quotes…) is found by its words in each
 * language and checked against the step: the segments it receives and sends, its state
 * changes, its HTTP message. Every step of every canned scenario, under both profiles, in both
 * numbering modes and every language. What is not a pattern here is read by people; this keeps
 * true what a machine can check.
 */
import { describe, expect, it } from 'vitest';
import { THIRD_SEGMENT_LOST } from '../../src/session/test-support/impaired';
import {
  type Profile,
  SCENARIOS,
  type Scenario,
  type Segment,
  type Step,
  simulate,
  type Timeline,
} from '../model';
import { type Catalogue, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { en } from '../strings/en';
import { formatDuration } from '../strings/intl';
import { ackOf, describeStep, type SeqMode, seqOf } from './describe';
import { loadMessageFacts, messageFacts } from './messageFacts';
import { explainStrings } from './strings';
import { loadExplainWords, type VariantKey } from './words';

const PROFILES: Profile[] = ['textbook', 'linux'];
const MODES: SeqMode[] = ['relative', 'absolute'];
/** 2×MSL: RFC 9293 §3.4.2's MSL of 2 minutes (textbook); Linux's TCP_TIMEWAIT_LEN of 60 s. */
const TIME_WAIT_MS: Record<Profile, number> = { textbook: 240_000, linux: 60_000 };

await loadExplainWords();
await loadMessageFacts();
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));

interface At {
  step: Step;
  timeline: Timeline;
  mode: SeqMode;
}

const segmentsOf = ({ step, timeline }: At) => ({
  received: step.segmentIn === null ? undefined : timeline.segments[step.segmentIn],
  sent: step.segmentsOut.flatMap((id) => timeline.segments[id] ?? []),
});
const sends = (at: At, flag: Segment['flags'][number]) =>
  segmentsOf(at).sent.some((s) => s.flags.includes(flag));
const endpointOf = (at: At) => at.step.endpoint ?? segmentsOf(at).received?.from ?? 'client';
const changeOf = (at: At) => at.step.changes.find((c) => c.endpoint === endpointOf(at));

/** The acknowledgment number (absolute) of the ACK this step sends, if it sends one. */
const acknowledgment = (at: At) => segmentsOf(at).sent.find((s) => s.flags.includes('ACK'))?.ack;

/** The last state change of this step's endpoint on its connection, before this step. */
function lastChangeBefore(at: At) {
  const endpoint = endpointOf(at);
  return at.timeline.steps
    .filter((s) => s.index < at.step.index && s.connection === at.step.connection)
    .flatMap((s) => s.changes)
    .filter((c) => c.endpoint === endpoint)
    .at(-1);
}

/** Whether this step's FIN is the first segment of its sender to acknowledge the peer's FIN. */
function finAcksPeerFinFirst(at: At): boolean {
  const fin = segmentsOf(at).sent.find((s) => s.flags.includes('FIN'));
  if (!fin) return false;
  // A port may carry one incarnation after another (`reusePort`): the connection tells them apart.
  const connection = (id: number) =>
    at.timeline.steps.find((s) => s.segmentsOut.includes(id))?.connection;
  const acksBefore = at.timeline.segments
    .filter((s) => s.id < fin.id && s.from === fin.from && connection(s.id) === at.step.connection)
    .map((s) => s.relAck);
  return fin.relAck > Math.max(0, ...acksBefore);
}

/** The response on this step's connection that decides whether it persists. */
function lastResponseSaysClose(at: At): boolean {
  const responses = at.timeline.messages.filter(
    (m) => m.kind === 'response' && m.connection === at.step.connection,
  );
  const last = responses.at(-1);
  return last !== undefined && /\r\nConnection: close\r\n/i.test(last.bytes);
}

/**
 * Where the segment this step receives lies against the number its ACK acknowledges (RCV.NXT),
 * in sequence space (mod 2³²): how far it ends before (a segment that takes no number counts as
 * one), and how far it starts after. NaN without both, so that no comparison holds.
 */
function againstAck(at: At): { endsBefore: number; startsAfter: number } {
  const { received, sent } = segmentsOf(at);
  const ack = sent.find((s) => s.flags.includes('ACK'));
  if (!received || !ack) return { endsBefore: Number.NaN, startsAfter: Number.NaN };
  return {
    endsBefore: (ack.ack - (received.seq + Math.max(received.segLen, 1))) | 0,
    startsAfter: (received.seq - ack.ack) | 0,
  };
}

/** Octets the endpoint has written on this step's connection and not sent by the end of the step. */
function queuedAfter(at: At): number {
  const e = endpointOf(at);
  const upTo = at.timeline.steps.filter(
    (s) => s.index <= at.step.index && s.connection === at.step.connection,
  );
  let written = 0;
  for (const s of upTo) {
    if (s.endpoint !== e || s.message?.direction !== 'write') continue;
    const block = at.timeline.messages[s.message.messageId]?.blocks[s.message.block];
    written += block ? block.end - block.start : 0;
  }
  const sent = upTo
    .flatMap((s) => s.segmentsOut.flatMap((id) => at.timeline.segments[id] ?? []))
    .filter((seg) => seg.from === e && seg.payloadLength > 0)
    .map((seg) => seg.relSeq - 1 + seg.payloadLength);
  return written - Math.max(0, ...sent);
}

/** The endpoint's next data segment on this connection leaves only after an ACK reaches it. */
function nextSegmentAfterAck(at: At): boolean {
  const e = endpointOf(at);
  const later = at.timeline.steps.filter(
    (s) => s.index > at.step.index && s.connection === at.step.connection && s.endpoint === e,
  );
  const next = later.find((s) => s.reason === 'data-sent');
  if (!next) return false;
  return later.some((s) => {
    const received = s.segmentIn === null ? undefined : at.timeline.segments[s.segmentIn];
    return s.index < next.index && received?.from !== e && received?.flags.includes('ACK');
  });
}

/** A claim: how each language words it, and whether the step makes it true. */
interface Claim {
  name: string;
  /** Where the claim is made: what the step does, or why (both if not said). */
  in?: 'what' | 'why';
  words: Record<Lang, RegExp>;
  holds: (at: At) => boolean;
}

const CLAIMS: Claim[] = [
  {
    name: 'acknowledges now',
    in: 'what',
    words: {
      en: /acknowledges (it|them)\b|sends an ACK/,
      'zh-CN': /发回确认|用 ACK 确认|再确认一次|发送 ACK/,
      'zh-TW': /回覆確認|以 ACK 確認|再確認一次|傳送 ACK/,
    },
    holds: (at) => sends(at, 'ACK'),
  },
  {
    name: 'its ACK waits',
    words: { en: /Its ACK waits/, 'zh-CN': /ACK 先等/, 'zh-TW': /ACK 先等/ },
    holds: (at) => !sends(at, 'ACK'),
  },
  {
    name: 'sends a FIN now',
    in: 'what',
    words: {
      en: /sends (a|its own) FIN|its FIN in the same segment|and its own FIN/,
      'zh-CN': /发送 FIN|发送自己的 FIN|还带着自己的 FIN|和自己的 FIN。/,
      'zh-TW': /傳送 FIN|傳送自己的 FIN|還帶著自己的 FIN|和自己的 FIN。/,
    },
    holds: (at) => sends(at, 'FIN'),
  },
  {
    name: 'its FIN leaves later',
    words: { en: /FIN will leave/, 'zh-CN': /FIN 将和/, 'zh-TW': /FIN 將和/ },
    holds: (at) => !sends(at, 'FIN'),
  },
  {
    name: 'waits for the peer’s FIN',
    words: {
      en: /waits for the FIN/,
      'zh-CN': /等待(客户端|服务器)的 FIN/,
      'zh-TW': /等待(用戶端|伺服器)的 FIN/,
    },
    holds: (at) => at.step.states[endpointOf(at)] === 'FIN-WAIT-2',
  },
  {
    name: 'the peer’s FIN had already arrived',
    words: { en: /has already arrived/, 'zh-CN': /早已到达/, 'zh-TW': /早已抵達/ },
    holds: (at) => changeOf(at)?.from === 'CLOSING',
  },
  {
    name: 'closing takes four segments',
    words: { en: /four segments/, 'zh-CN': /四个报文段/, 'zh-TW': /四個區段/ },
    holds: (at) => sends(at, 'FIN') && !finAcksPeerFinFirst(at),
  },
  {
    name: 'ACK and FIN cannot merge',
    words: { en: /cannot merge/, 'zh-CN': /不能[^。]*合并/, 'zh-TW': /不能[^。]*合併/ },
    holds: (at) => !finAcksPeerFinFirst(at),
  },
  {
    name: 'closing takes three segments',
    words: { en: /closing takes three/, 'zh-CN': /只要三个报文段/, 'zh-TW': /只要三個區段/ },
    holds: (at) => finAcksPeerFinFirst(at),
  },
  {
    // RFC 9293 Figure 8: the client, in SYN-SENT, refuses the SYN,ACK of an old duplicate SYN.
    name: 'the handshake’s third segment refuses an old connection',
    words: {
      en: /handshake needs a third segment/,
      'zh-CN': /握手需要第三个报文段/,
      'zh-TW': /交握需要第三個區段/,
    },
    holds: (at) =>
      at.step.states[endpointOf(at)] === 'SYN-SENT' &&
      (segmentsOf(at).received?.flags.includes('SYN') ?? false),
  },
  {
    name: 'it no longer has this connection',
    words: {
      en: /no longer has this connection/,
      'zh-CN': /已经没有这个连接/,
      'zh-TW': /已經沒有這條連線/,
    },
    holds: (at) => !changeOf(at) && lastChangeBefore(at)?.to === 'CLOSED',
  },
  {
    name: 'it closed when its FIN was acknowledged',
    words: {
      en: /closed when its FIN was acknowledged/,
      'zh-CN': /FIN 得到确认后就进入了 CLOSED/,
      'zh-TW': /FIN 獲得確認後就進入了 CLOSED/,
    },
    holds: (at) => {
      const last = lastChangeBefore(at);
      return last?.from === 'LAST-ACK' && last.to === 'CLOSED';
    },
  },
  {
    // RFC 9293 §3.10.7.1–2: <SEQ=SEG.ACK><CTL=RST>.
    name: 'the RST’s Seq is the ACK’s number',
    words: {
      en: /Seq is that ACK/,
      'zh-CN': /RST 的序号取该报文段的确认号/,
      'zh-TW': /RST 的序號取該區段的確認號碼/,
    },
    holds: (at) => {
      const { received, sent } = segmentsOf(at);
      return (
        received?.flags.includes('ACK') === true &&
        sent.some((s) => s.flags.includes('RST') && s.seq === received.ack)
      );
    },
  },
  {
    name: 'receives data out of order',
    words: {
      en: /receives data out of order/,
      'zh-CN': /收到失序的数据/,
      'zh-TW': /收到次序錯亂的資料/,
    },
    holds: (at) => {
      const received = segmentsOf(at).received;
      const ack = acknowledgment(at);
      return !!received?.payloadLength && ack !== undefined && ((received.seq - ack) | 0) > 0;
    },
  },
  {
    name: 'the response said Connection: close',
    words: {
      en: /response said Connection: close/,
      'zh-CN': /响应里写了 Connection: close/,
      'zh-TW': /回應裡寫了 Connection: close/,
    },
    holds: lastResponseSaysClose,
  },
  {
    name: 'the client closes first, on a connection HTTP/1.1 keeps',
    words: {
      en: /[Tt]he client closes first/,
      'zh-CN': /客户端(没有请求了就)?先关闭/,
      'zh-TW': /用戶端(沒有請求了就)?先關閉/,
    },
    holds: (at) => endpointOf(at) === 'client' && !lastResponseSaysClose(at),
  },
  {
    // RFC 9112 §9.5: either side may close a connection at any time (a server closes an idle
    // one after its timeout), so no step makes this true.
    name: 'only the client knows the connection is done',
    words: { en: /only the client knows/, 'zh-CN': /只有客户端知道/, 'zh-TW': /只有用戶端知道/ },
    holds: () => false,
  },
  {
    name: 'the first data byte is number 1',
    words: { en: /first data byte is number 1/, 'zh-CN': /序号是 1/, 'zh-TW': /序號是 1/ },
    holds: (at) => at.mode === 'relative' && segmentsOf(at).sent[0]?.relSeq === 1,
  },
  {
    name: 'the segment came out of order',
    in: 'what',
    words: { en: /out of order/, 'zh-CN': /失序/, 'zh-TW': /次序錯亂/ },
    holds: (at) => againstAck(at).startsAfter > 0,
  },
  {
    name: 'its sequence numbers were already received',
    in: 'what',
    words: { en: /already received/, 'zh-CN': /已经收到过/, 'zh-TW': /已經收到過/ },
    holds: (at) =>
      (segmentsOf(at).received?.payloadLength ?? 0) > 0 && againstAck(at).endsBefore >= 0,
  },
  {
    name: 'the segment lies before the receive window',
    in: 'what',
    words: { en: /before its receive window/, 'zh-CN': /接收窗口之前/, 'zh-TW': /接收視窗之前/ },
    holds: (at) => againstAck(at).endsBefore >= 0,
  },
  {
    name: 'the segment lies beyond the receive window',
    in: 'what',
    words: { en: /beyond its receive window/, 'zh-CN': /超出接收窗口/, 'zh-TW': /超出接收視窗/ },
    holds: (at) => againstAck(at).startsAfter >= 0,
  },
  {
    name: 'a lost ACK alone',
    words: { en: /A lost ACK/, 'zh-CN': /单独的 ACK 丢失/, 'zh-TW': /單獨的 ACK 遺失/ },
    holds: (at) => segmentsOf(at).received?.segLen === 0,
  },
  {
    name: 'a POST’s body',
    words: { en: /A POST sends/, 'zh-CN': /POST 要把/, 'zh-TW': /POST 要把/ },
    holds: (at) => messageOf(at)?.method === 'POST',
  },
  {
    name: 'the body is the page',
    words: { en: /is the page\b/, 'zh-CN': /报文主体就是页面，/, 'zh-TW': /訊息主體就是頁面，/ },
    holds: (at) => messageOf(at)?.mediaType === 'text/html',
  },
  {
    name: 'the body is an image',
    words: { en: /is the image/, 'zh-CN': /所要的图片/, 'zh-TW': /所要的圖片/ },
    holds: (at) => messageOf(at)?.mediaType?.startsWith('image/') ?? false,
  },
  {
    name: 'the congestion window is full',
    words: {
      en: /fills its congestion window/,
      'zh-CN': /填满了拥塞窗口/,
      'zh-TW': /填滿了壅塞視窗/,
    },
    holds: (at) =>
      at.step.reason === 'data-sent' && at.step.detail.windowFull === 'cwnd' && queuedAfter(at) > 0,
  },
  {
    name: 'the peer’s window is full',
    words: {
      en: /fills the window/,
      'zh-CN': /填满了(客户端|服务器)给出的窗口/,
      'zh-TW': /填滿了(用戶端|伺服器)給出的視窗/,
    },
    holds: (at) =>
      at.step.reason === 'data-sent' && at.step.detail.windowFull === 'rwnd' && queuedAfter(at) > 0,
  },
  {
    name: 'the next segment waits for an ACK',
    words: {
      en: /next segment waits for an ACK/,
      'zh-CN': /下一个报文段要等 ACK/,
      'zh-TW': /下一個區段要等 ACK/,
    },
    holds: nextSegmentAfterAck,
  },
  {
    name: 'the ACK grows the congestion window in slow start',
    words: { en: /In slow start each ACK/, 'zh-CN': /在慢启动阶段/, 'zh-TW': /在慢啟動階段/ },
    holds: (at) => at.step.reason === 'ack-received' && at.step.detail.cwnd === 'slow-start',
  },
  {
    name: 'the ACK grows the congestion window in congestion avoidance',
    words: { en: /congestion avoidance/, 'zh-CN': /拥塞避免/, 'zh-TW': /壅塞避免/ },
    holds: (at) =>
      at.step.reason === 'ack-received' && at.step.detail.cwnd === 'congestion-avoidance',
  },
  {
    name: 'more of the queued data may leave',
    words: {
      en: /more of the queued data may leave/,
      'zh-CN': /排队的数据可以再发出/,
      'zh-TW': /排隊的資料可以再送出/,
    },
    holds: (at) => queuedAfter(at) > 0,
  },
  {
    name: 'Content-Length gives the length',
    words: { en: /Content-Length/, 'zh-CN': /Content-Length/, 'zh-TW': /Content-Length/ },
    holds: (at) => {
      const m = at.step.message && at.timeline.messages[at.step.message.messageId];
      return !m || /\r\nContent-Length:/i.test(m.bytes);
    },
  },
];

function messageOf(at: At) {
  const record = at.step.message && at.timeline.messages[at.step.message.messageId];
  return record ? messageFacts(at.timeline, record) : null;
}

/** The `Seq=`/`Ack=` numbers a text quotes, each of which must be one of the step's. */
function wrongNumbers(text: string, at: At): string[] {
  const { received, sent } = segmentsOf(at);
  const segments = [received, ...sent].filter((s): s is Segment => s !== undefined);
  const seqs = new Set(segments.map((s) => seqOf(s, at.mode)));
  // RFC 9293 §3.1: a segment's Ack field means something only when it carries ACK.
  const acks = new Set(
    segments.filter((s) => s.flags.includes('ACK')).map((s) => ackOf(s, at.mode)),
  );
  const wrong: string[] = [];
  for (const [quoted, field, n] of text.matchAll(/\b(Seq|Ack)=(-?\d+)/g)) {
    if (!(field === 'Seq' ? seqs : acks).has(Number(n))) wrong.push(`${quoted} is not this step’s`);
  }
  return wrong;
}

/** How each language writes a count of bytes, and "every byte before N". */
const BYTES: Record<Lang, RegExp> = {
  en: /(\d[\d,]*) bytes/g,
  'zh-CN': /(\d[\d,]*) 字节/g,
  'zh-TW': /(\d[\d,]*) 位元組/g,
};
const BEFORE: Record<Lang, RegExp> = {
  en: /every byte before (-?\d+)/g,
  'zh-CN': /(-?\d+) 之前/g,
  'zh-TW': /(-?\d+) 之前/g,
};

/**
 * The byte counts a step quotes must be those of its block (a message step) or of the data it
 * receives or sends; "every byte before N" must be the acknowledgment number it receives.
 */
function wrongCounts(text: string, at: At, lang: Lang): string[] {
  const { received, sent } = segmentsOf(at);
  const block = at.step.message
    ? at.timeline.messages[at.step.message.messageId]?.blocks[at.step.message.block]
    : undefined;
  const counts = new Set(
    block
      ? [block.end - block.start]
      : [received, ...sent].flatMap((s) => (s?.payloadLength ? [s.payloadLength] : [])),
  );
  // A fast retransmit (RFC 5681 §3.2) also quotes the windows it sets.
  if (at.step.reason === 'fast-retransmit') {
    counts.add(at.step.detail.cwnd).add(at.step.detail.ssthresh);
  }
  const wrong: string[] = [];
  for (const [quoted, n] of text.matchAll(BYTES[lang])) {
    if (!counts.has(Number(n?.replace(/,/g, '')))) wrong.push(`${quoted} is not this step’s`);
  }
  for (const [quoted, n] of text.matchAll(BEFORE[lang])) {
    if (!received || ackOf(received, at.mode) !== Number(n)) {
      wrong.push(`${quoted} is not the acknowledgment it receives`);
    }
  }
  return wrong;
}

/** The status codes a status-line step quotes, each of which must be its message's. */
function wrongStatus(text: string, at: At): string[] {
  if (!at.step.reason.startsWith('status-line')) return [];
  const status = messageOf(at)?.status;
  return [...text.matchAll(/\b([1-5]\d\d)\b/g)]
    .filter(([, code]) => Number(code) !== status)
    .map(([code]) => `status ${code} where the message says ${status}`);
}

/** A TIME-WAIT quoted as 2×MSL must be the profile's. */
function wrongTimeWait(text: string, at: At, lang: Lang): string[] {
  if (!text.includes('2×MSL')) return [];
  const twice = formatDuration(lang, TIME_WAIT_MS[at.timeline.profile]);
  return text.includes(twice) ? [] : [`2×MSL is ${twice} under ${at.timeline.profile}`];
}

type Words = Readonly<Record<VariantKey, string>>;

function falsehoods(at: At, t: Catalogue, lang: Lang, words?: Words): string[] {
  const d = describeStep(at.step, at.timeline, t, lang, at.mode, words ?? explainStrings[lang]);
  const found: string[] = [];
  for (const [part, text] of [
    ['what', d.what],
    ['why', d.why],
  ] as const) {
    for (const claim of CLAIMS) {
      if ((claim.in ?? part) === part && claim.words[lang].test(text) && !claim.holds(at)) {
        found.push(`“${claim.name}” is false: ${text}`);
      }
    }
    found.push(...wrongNumbers(text, at), ...wrongStatus(text, at), ...wrongCounts(text, at, lang));
    found.push(...wrongTimeWait(text, at, lang));
  }
  return found.map((f) => `step ${at.step.index} (${at.step.reason}): ${f}`);
}

/** What the explanations of every step of a timeline say falsely, in both numbering modes. */
function everyFalsehood(timeline: Timeline, lang: Lang): string[] {
  const t = catalogues.get(lang) as Catalogue;
  return MODES.flatMap((mode) =>
    timeline.steps.flatMap((step) => falsehoods({ step, timeline, mode }, t, lang)),
  );
}

describe.each(SCENARIOS.flatMap((s) => PROFILES.map((p) => [s.id, p, s] as const)))(
  'the explanations of %s (%s) say what the timeline shows',
  (_id, profile, scenario) => {
    const timeline = simulate(scenario, { profile });
    it.each(LANGUAGES.map((l) => l.code))('in %s', (lang) => {
      expect(everyFalsehood(timeline, lang)).toEqual([]);
    });
  },
);

/** A close in four segments, as each language names it. */
const FOUR: Record<Lang, RegExp> = {
  en: /four segments|four-way/,
  'zh-CN': /四次挥手|四个报文段/,
  'zh-TW': /四次揮手|四個區段/,
};

// A scenario's description is read under either profile: it promises a close in four segments
// only where no profile closes in three (a passive close whose FIN carries the first ACK).
describe.each(SCENARIOS.map((s) => [s.id, s] as const))('the description of %s', (id, scenario) => {
  const three = PROFILES.filter((profile) => {
    const timeline = simulate(scenario, { profile });
    return timeline.steps.some(
      (step) =>
        step.reason === 'passive-close' &&
        finAcksPeerFinFirst({ step, timeline, mode: 'relative' }),
    );
  });
  it.each(LANGUAGES.map((l) => l.code))('in %s promises no four-segment close', (lang) => {
    const t = catalogues.get(lang) as Catalogue;
    const desc = t[`scenario.${id}.desc` as keyof Catalogue];
    if (FOUR[lang].test(desc)) expect(three, desc).toEqual([]);
  });
});

const large = SCENARIOS.find((s) => s.id === 'large-response') as Scenario;

/**
 * Runs that reach words no canned scenario needs: congestion avoidance after a timeout (the first
 * segment of the response lost; under linux the segments after it draw a fast retransmit
 * instead), a fast retransmit and the end of fast recovery (the third segment lost), and a full
 * receiver's window (200 KB on a 1 Gbit/s link, where the congestion window outgrows the 64 KB
 * the client offers). Each with the words it must use.
 */
const BEYOND: [string, Scenario, Partial<Record<Profile, string>>][] = [
  [
    'large-response with its first segment lost',
    { ...large, impairments: { drop: [{ from: 'server', what: 'data', nth: 1 }] } },
    { textbook: 'congestion avoidance' },
  ],
  [
    'large-response with its third segment lost',
    THIRD_SEGMENT_LOST,
    { textbook: 'fast retransmit', linux: 'fast retransmit' },
  ],
  [
    '200 KB on a 1 Gbit/s link',
    {
      ...large,
      link: { ...large.link, bitsPerSecond: 1e9 },
      site: {
        ...large.site,
        resources: large.site.resources.map((r) =>
          r.path === '/large.html' ? { ...r, body: 'x'.repeat(200_000) } : r,
        ),
      },
    },
    {
      textbook: 'fills the window the client offered',
      linux: 'fills the window the client offered',
    },
  ],
];

describe.each(
  BEYOND.flatMap(([name, s, words]) => PROFILES.map((p) => [name, p, s, words] as const)),
)('the explanations of %s (%s) say what the timeline shows', (_name, profile, scenario, words) => {
  const timeline = simulate(scenario, { profile });
  it.each(LANGUAGES.map((l) => l.code))('in %s', (lang) => {
    expect(everyFalsehood(timeline, lang)).toEqual([]);
  });

  const expected = words[profile];
  it.skipIf(expected === undefined)(`uses “${expected}”`, () => {
    const said = timeline.steps.map((step) => {
      const d = describeStep(step, timeline, en, 'en', 'relative', explainStrings.en);
      return `${d.what} ${d.why}`;
    });
    expect(said.some((text) => text.includes(expected ?? ''))).toBe(true);
  });
});

describe('the checks themselves', () => {
  const variantsEn = explainStrings.en;
  const all = (id: string, profile: Profile, t: Catalogue = en, words: Words = variantsEn) => {
    const scenario = SCENARIOS.find((s) => s.id === id);
    if (!scenario) throw new Error(id);
    const timeline = simulate(scenario, { profile });
    return timeline.steps.flatMap((step) =>
      falsehoods({ step, timeline, mode: 'relative' }, t, 'en', words),
    );
  };

  it('catch the words of the ACK sent at once where the ACK waits (linux)', () => {
    const words = {
      ...variantsEn,
      'step.data-received.ack-later': variantsEn['step.data-received'],
    };
    expect(all('keep-alive', 'linux', en, words).join('\n')).toContain(
      '“acknowledges now” is false',
    );
  });

  it('catch “waits for the FIN” from CLOSING, and four segments where there are three', () => {
    const closing = { ...variantsEn, 'why.fin-acked.closing': variantsEn['why.fin-acked'] };
    expect(all('simultaneous-close', 'textbook', en, closing).join('\n')).toContain(
      '“waits for the peer’s FIN” is false',
    );
    const merged = { ...variantsEn, 'why.passive-close.with-ack': variantsEn['why.passive-close'] };
    expect(all('get', 'linux', en, merged).join('\n')).toContain(
      '“closing takes four segments” is false',
    );
  });

  it('catch the RST of a closed endpoint said of the client that refuses an old SYN,ACK, and the reverse', () => {
    const closed = { ...variantsEn, 'why.rst-sent': variantsEn['why.rst-sent.no-connection'] };
    const refused = all('why-three-way', 'textbook', en, closed).join('\n');
    expect(refused).toContain('“it no longer has this connection” is false');
    expect(refused).toContain('“it closed when its FIN was acknowledged” is false');
    const handshake = { ...variantsEn, 'why.rst-sent.no-connection': variantsEn['why.rst-sent'] };
    expect(all('time-wait-old-segment', 'linux', en, handshake).join('\n')).toContain(
      '“the handshake’s third segment refuses an old connection” is false',
    );
  });

  it('catch “out of order” said of an old segment', () => {
    const plain = {
      ...variantsEn,
      'step.duplicate-ack-sent.old': variantsEn['step.duplicate-ack-sent'],
    };
    expect(all('time-wait-cut-short', 'textbook', en, plain).join('\n')).toContain(
      '“receives data out of order” is false',
    );
  });

  it('catch a number, a status and a 2×MSL that are not the step’s', () => {
    const numbers = { ...variantsEn, 'step.data-sent': '{who} sends {len} bytes (Seq={ack}).' };
    expect(all('large-response', 'textbook', en, numbers).join('\n')).toContain(
      'is not this step’s',
    );
    const status = {
      ...variantsEn,
      'why.status-line-parsed.200': variantsEn['why.status-line-parsed.404'],
    };
    expect(all('get', 'textbook', en, status).join('\n')).toContain('status 404 where');
    const page = {
      ...variantsEn,
      'why.status-line-parsed.200-image': variantsEn['why.status-line-parsed.200'],
    };
    expect(all('page-with-images', 'textbook', en, page).join('\n')).toContain(
      '“the body is the page” is false',
    );
    const bytes = { ...variantsEn, 'step.data-sent': '{who} sends {seq} bytes of data.' };
    expect(all('get', 'textbook', en, bytes).join('\n')).toContain('1 bytes is not this step’s');
    const twice = { ...variantsEn, 'why.time-wait-ack': 'It waits 2×MSL (4 min) again.' };
    expect(all('why-time-wait', 'linux', en, twice).join('\n')).toContain('2×MSL is 60 sec');
  });

  it('catch a full window, slow start and congestion avoidance where the step shows none', () => {
    const full = { ...variantsEn, 'step.data-sent': variantsEn['step.data-sent.cwnd-full'] };
    const found = all('large-response', 'textbook', en, full).join('\n');
    expect(found).toContain('“the congestion window is full” is false');
    expect(found).toContain('“the next segment waits for an ACK” is false');
    const peer = { ...variantsEn, 'step.data-sent': variantsEn['step.data-sent.rwnd-full'] };
    expect(all('large-response', 'linux', en, peer).join('\n')).toContain(
      '“the peer’s window is full” is false',
    );
    // The client's request is acknowledged in slow start, but nothing of it waits to leave.
    const more = { ...variantsEn, 'why.ack-received': variantsEn['why.ack-received.slow-start'] };
    expect(all('get', 'textbook', en, more).join('\n')).toContain(
      '“more of the queued data may leave” is false',
    );
    const avoidance = {
      ...variantsEn,
      'why.ack-received': variantsEn['why.ack-received.congestion-avoidance'],
    };
    expect(all('large-response', 'textbook', en, avoidance).join('\n')).toContain(
      '“the ACK grows the congestion window in congestion avoidance” is false',
    );
  });
});
