/**
 * The words of the message view's note on what the parser tolerated (`deviations`, src/http):
 * loaded with that note, which only imported captures and hand-written messages need.
 * One note per DEVIATION_CODES entry (Deviations.test.tsx checks that none is missing).
 */
import { defineStrings } from '../strings/feature';

export const deviationStrings = defineStrings({
  en: {
    title: 'Read leniently',
    intro:
      'These bytes break a rule for senders that RFC 9112 lets a reader accept. It read them so:',
    at: 'Line {line}, column {column}',
    'bare-lf':
      'A line ends with LF alone, not CR LF. RFC 9112 §2.2 lets a reader accept that, and every browser does.',
    'empty-line-before-request':
      'Empty lines come before the request line. RFC 9112 §2.2: a server ignores at least one; they were skipped.',
    'obs-fold':
      'A header value goes on to a line that starts with a space or a tab (obsolete line folding). RFC 9112 §5.2: a user agent replaces each fold with a space.',
    'content-length-list':
      'Content-Length is a list of the same number, such as “5, 5”. RFC 9112 §6.3 lets a reader take it as that one number.',
    'status-line-without-reason':
      'The status line ends right after the status code, with no space and no reason phrase. RFC 9112 §4 asks for the space; the reader takes an empty reason, as llhttp and h11 do.',
    'framing-fields-ignored':
      'This response has no body, whatever its header fields say (it answers HEAD, or its status is 1xx, 204 or 304), so a Content-Length or Transfer-Encoding that would be refused elsewhere is ignored (RFC 9112 §6.3).',
  },
  'zh-CN': {
    title: '宽松读取',
    intro: '这些字节违反了发送方应遵守的一条规则，但 RFC 9112 允许接收方接受。接收方是这样读的：',
    at: '第 {line} 行，第 {column} 列',
    'bare-lf':
      '有一行只以 LF 结尾，没有 CR LF。RFC 9112 §2.2 允许接收方接受这种写法，所有浏览器也都接受。',
    'empty-line-before-request':
      '请求行之前有空行。RFC 9112 §2.2：服务器至少要忽略一个空行；这些空行都被跳过了。',
    'obs-fold':
      '一个首部字段值延续到下一行，那一行以空格或制表符开头（已废弃的折行）。RFC 9112 §5.2：用户代理把每处折行换成一个空格。',
    'content-length-list':
      'Content-Length 是同一个数重复组成的列表，例如“5, 5”。RFC 9112 §6.3 允许接收方把这个列表当作其中的那一个数。',
    'status-line-without-reason':
      '状态行在状态码之后就结束了，既没有空格，也没有原因短语。RFC 9112 §4 要求有这个空格；接收方按空的原因短语读取，llhttp 和 h11 也是这样做的。',
    'framing-fields-ignored':
      '不管首部字段怎么写，这个响应都没有报文主体（对 HEAD 的响应，或者状态码是 1xx、204、304），所以在别处会被拒绝的 Content-Length 或 Transfer-Encoding 在这里被忽略（RFC 9112 §6.3）。',
  },
  'zh-TW': {
    title: '寬鬆讀取',
    intro: '這些位元組違反了傳送端應遵守的一條規則，但 RFC 9112 允許接收端接受。接收端是這樣讀的：',
    at: '第 {line} 行，第 {column} 欄',
    'bare-lf':
      '有一行只以 LF 結尾，沒有 CR LF。RFC 9112 §2.2 允許接收端接受這種寫法，所有瀏覽器也都接受。',
    'empty-line-before-request':
      '請求行之前有空行。RFC 9112 §2.2：伺服器至少要忽略一個空行；這些空行都被跳過了。',
    'obs-fold':
      '一個標頭欄位值延續到下一行，那一行以空格或定位字元開頭（已廢棄的折行）。RFC 9112 §5.2：使用者代理把每處折行換成一個空格。',
    'content-length-list':
      'Content-Length 是同一個數字重複組成的清單，例如「5, 5」。RFC 9112 §6.3 允許接收端把這個清單當作其中的那一個數字。',
    'status-line-without-reason':
      '狀態行在狀態碼之後就結束了，既沒有空格，也沒有原因片語。RFC 9112 §4 要求有這個空格；接收端以空的原因片語讀取，llhttp 和 h11 也是這樣做的。',
    'framing-fields-ignored':
      '不管標頭欄位怎麼寫，這個回應都沒有訊息主體（對 HEAD 的回應，或是狀態碼為 1xx、204、304），所以在別處會被拒絕的 Content-Length 或 Transfer-Encoding 在這裡被忽略（RFC 9112 §6.3）。',
  },
});
