/** Learning mode's handout: its words in the three languages (loaded with the handout). */
import { defineStrings } from '../../strings/feature';

export const printStrings = defineStrings({
  en: {
    subtitle:
      '{steps} steps · behavior: {profile} · seed {seed} · link {latency} one way, {rate} Mbit/s',
    // The workshop's names of the profiles (app/workshop/strings.ts, handout.test.tsx checks).
    'profile.textbook': 'Textbook (as the RFC figures draw it)',
    'profile.linux': 'Linux (as a real stack sends it)',
    // The screen's words for these two steps, without what they ask of a control on screen.
    'why.start':
      'The server is already listening on port {serverPort} (LISTEN); the client has opened nothing yet (CLOSED).',
    'why.active-open':
      'A segment is what TCP hands to IP to carry in one packet. This SYN starts the three-way handshake: it gives {peer} the client’s initial sequence number (ISN). The numbers printed count from each ISN, so Seq=0.',
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
      '共 {steps} 步 · 行为模式：{profile} · 种子 {seed} · 链路单向时延 {latency}，带宽 {rate} Mbit/s',
    'profile.textbook': '教科书（按 RFC 图示）',
    'profile.linux': 'Linux（按真实协议栈）',
    'why.start':
      '服务器已经在端口 {serverPort} 上监听（LISTEN）；客户端还什么都没有打开（CLOSED）。',
    'why.active-open':
      '报文段是 TCP 交给 IP、装在一个分组里传送的单位。这个 SYN 开始三次握手：把客户端的初始序号（ISN）告诉{peer}。这里印出的序号从各自的 ISN 算起，所以是 Seq=0。',
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
      '共 {steps} 步 · 行為模式：{profile} · 種子 {seed} · 鏈結單向延遲 {latency}，頻寬 {rate} Mbit/s',
    'profile.textbook': '教科書（依 RFC 圖示）',
    'profile.linux': 'Linux（依真實協定堆疊）',
    'why.start':
      '伺服器已經在連接埠 {serverPort} 上監聽（LISTEN）；用戶端還沒有開啟任何東西（CLOSED）。',
    'why.active-open':
      '區段是 TCP 交給 IP、裝在一個封包裡傳送的單位。這個 SYN 開始三向交握：把用戶端的初始序號（ISN）告訴{peer}。這裡印出的序號從各自的 ISN 算起，所以是 Seq=0。',
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
