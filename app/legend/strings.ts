/** The legend's words: what each mark of the sequence diagram means. Loaded with the legend. */
import { defineStrings } from '../strings/feature';

export const legendStrings = defineStrings({
  en: {
    arrow:
      'An arrow is one TCP segment, from the end that sends it to the end that receives it. Its label gives its flags, then its sequence and acknowledgment numbers.',
    slope:
      'Time runs down the page: the steeper the arrow, the longer the segment spends crossing the network.',
    flight: 'A dotted arrow is a segment still in flight: sent, not yet arrived.',
    lost: 'A cross half way along an arrow: the network lost that segment.',
    retransmission:
      '↻ marks a retransmission: the same bytes sent again, because their first copy was not acknowledged in time, or three duplicate ACKs said it was missing.',
    pills:
      'The pills on the lanes are TCP states: each end’s state from that moment down to its next pill.',
    now: 'The “now” line is the moment of the step on screen; below it nothing has happened yet.',
    strip:
      'The 1 2 3 7 strip at the right edge: MDN’s three phases (1 connect, 2 send the request, 3 answer) and 7, the seven steps’ close; each bar spans the time its phase takes.',
    pause:
      'Where the millisecond ruler on the left turns into a double line (‖), it pauses: time stands still there while what happens at one moment is drawn one under another.',
    compressed:
      'A band marked “compressed” is a long quiet stretch (such as TIME-WAIT’s 2×MSL wait) drawn short, so that the rest fits.',
    psh: 'PSH (push) asks the receiver to hand the data to the application at once rather than wait for more (RFC 9293 §3.9.1).',
    numbers:
      'The numbers are relative, counted from each end’s initial sequence number, as Wireshark shows them; a SYN and a FIN each take one sequence number.',
    'numbers.absolute':
      'The numbers are absolute, as sent: each end’s first one is its initial sequence number; a SYN and a FIN each take one sequence number.',
  },
  'zh-CN': {
    arrow:
      '每个箭头是一个 TCP 报文段，从发送的一端指向接收的一端。箭头上的标签依次给出标志、序号和确认号。',
    slope: '时间从上往下走：箭头越陡，报文段穿过网络所用的时间越长。',
    flight: '虚线箭头是仍在途中的报文段：已发送，尚未到达。',
    lost: '箭头中途的叉号：网络丢失了这个报文段。',
    retransmission:
      '↻ 表示重传：同样的字节再发送一次，因为第一次发送的没有及时得到确认，或者三个重复确认表明对方缺少这些字节。',
    pills: '泳道上的胶囊标记是 TCP 状态：这一端从该时刻起直到下一个标记处于该状态。',
    now: '“当前”线是屏幕上这一步发生的时刻；线下方的事情还没有发生。',
    strip:
      '右边缘的 1 2 3 7 条：MDN 的三个阶段（1 建立连接，2 发送请求，3 返回响应）和七个步骤中的第 7 步“关闭 TCP 连接”；每根竖条跨越该阶段所用的时间。',
    pause:
      '左侧毫秒刻度变成双线（‖）的一段是暂停：时间在那里停住，同一时刻发生的事情上下依次画出。',
    compressed:
      '标有“已压缩”的带状区域是一段很长的空闲时间（例如 TIME-WAIT 的 2×MSL 等待），画短了，以便其余部分放得下。',
    psh: 'PSH（推送）请求接收方立即把数据交给应用程序，而不是等待更多数据（RFC 9293 §3.9.1）。',
    numbers:
      '这些号码是相对的，从每一端的初始序号算起，与 Wireshark 显示的一样；SYN 和 FIN 各占一个序号。',
    'numbers.absolute':
      '这些号码是绝对的，即实际发送的数值：每一端的第一个号码就是该端的初始序号；SYN 和 FIN 各占一个序号。',
  },
  'zh-TW': {
    arrow:
      '每個箭頭是一個 TCP 區段，從傳送的一端指向接收的一端。箭頭上的標籤依序列出旗標、序號和確認號碼。',
    slope: '時間由上往下走：箭頭越陡，區段穿越網路所花的時間越長。',
    flight: '虛線箭頭是仍在途中的區段：已傳送，尚未抵達。',
    lost: '箭頭中途的叉號：網路遺失了這個區段。',
    retransmission:
      '↻ 表示重傳：同樣的位元組再傳送一次，因為第一次傳送的沒有及時得到確認，或者三個重複確認表示另一端缺少這些位元組。',
    pills: '泳道上的膠囊標記是 TCP 狀態：這一端從該時刻起直到下一個標記都處於該狀態。',
    now: '「目前」線是畫面上這一步發生的時刻；線下方的事情還沒有發生。',
    strip:
      '右側邊緣的 1 2 3 7 條：MDN 的三個階段（1 建立連線，2 傳送請求，3 回應請求）和七個步驟中的第 7 步「關閉 TCP 連線」；每根直條跨越該階段所花的時間。',
    pause:
      '左側毫秒刻度變成雙線（‖）的一段是暫停：時間在那裡停住，同一時刻發生的事情上下依序畫出。',
    compressed:
      '標有「已壓縮」的帶狀區域是一段很長的閒置時間（例如 TIME-WAIT 的 2×MSL 等待），畫短了，好讓其餘部分放得下。',
    psh: 'PSH（推送）要求接收端立即把資料交給應用程式，而不是等待更多資料（RFC 9293 §3.9.1）。',
    numbers:
      '這些號碼是相對的，從每一端的初始序號算起，與 Wireshark 顯示的一樣；SYN 和 FIN 各佔一個序號。',
    'numbers.absolute':
      '這些號碼是絕對的，也就是實際傳送的數值：每一端的第一個號碼就是該端的初始序號；SYN 和 FIN 各佔一個序號。',
  },
});
