/** Learning mode's handout: its words in the three languages (loaded with the handout). */
import { defineStrings } from '../../strings/feature';

export const printStrings = defineStrings({
  en: {
    subtitle:
      '{steps} steps · profile {profile} · seed {seed} · link {latency} one way, {rate} Mbit/s',
    diagram: 'The session, step by step',
    legend:
      'Each row is one step: the client’s lane on the left, the server’s on the right; an arrow is a segment sent at that step.',
    step: 'Step {step}',
    lost: 'lost',
    messages: 'The messages’ bytes',
    message: 'Message {id}: {kind} from the {from}, {octets} {octets:byte|bytes}',
    request: 'request',
    response: 'response',
    client: 'client',
    server: 'server',
    crlf: 'Each line ends with CR LF, printed as the letters CR and LF in small boxes.',
    source: 'Made with Roundtrip: {url}',
  },
  'zh-CN': {
    subtitle:
      '共 {steps} 步 · 行为模式 {profile} · 种子 {seed} · 链路单向时延 {latency}，带宽 {rate} Mbit/s',
    diagram: '会话的每一步',
    legend: '每一行是一步：左边是客户端，右边是服务器；箭头是这一步发送的报文段。',
    step: '第 {step} 步',
    lost: '丢失',
    messages: '报文的字节',
    message: '报文 {id}：{from}发出的{kind}，{octets} 字节',
    request: '请求',
    response: '响应',
    client: '客户端',
    server: '服务器',
    crlf: '每行以 CR LF（回车、换行）结尾，印为小方框中的字母 CR 和 LF。',
    source: '由 Roundtrip 生成：{url}',
  },
  'zh-TW': {
    subtitle:
      '共 {steps} 步 · 行為模式 {profile} · 種子 {seed} · 鏈結單向延遲 {latency}，頻寬 {rate} Mbit/s',
    diagram: '工作階段的每一步',
    legend: '每一列是一步：左邊是用戶端，右邊是伺服器；箭頭是這一步傳送的區段。',
    step: '第 {step} 步',
    lost: '遺失',
    messages: '訊息的位元組',
    message: '訊息 {id}：{from}送出的{kind}，{octets} 位元組',
    request: '請求',
    response: '回應',
    client: '用戶端',
    server: '伺服器',
    crlf: '每行以 CR LF（歸位、換行）結尾，印為小方框中的字母 CR 和 LF。',
    source: '由 Roundtrip 產生：{url}',
  },
});
