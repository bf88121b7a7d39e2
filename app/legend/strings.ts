/** The legend's words: what each mark of the sequence diagram means. Loaded with the legend. */
import { defineStrings } from '../strings/feature';

export const legendStrings = defineStrings({
  en: {
    arrow:
      'An arrow is one TCP segment, from the end that sends it to the end that receives it. Its label gives its flags in brackets, then Seq and Ack, its sequence and acknowledgment numbers, and where there is room Len, the bytes of data it carries.',
    slope:
      'Time runs down the page: the steeper the arrow, the longer the segment spends crossing the network.',
    flight:
      'An arrow drawn solid to half way and dashed beyond is a segment still in flight: sent, not yet arrived.',
    lost: 'An arrow that ends in a cross marked “lost”: the network lost that segment on the way.',
    retransmission:
      '↻ marks a retransmission: the same bytes sent again, because their first copy was not acknowledged in time, or three duplicate ACKs said it was missing.',
    states:
      'The names beside the lanes are TCP states: an end enters a state where its name is written and stays in it down to its next name. The boxes above the diagram give each end’s state at the step on screen.',
    badges:
      'A coloured badge on an arrow is the packet of the step on screen, on its way: it names the segment’s most telling flag, RST, SYN or FIN, else “data” when it carries bytes, else ACK. It is not a state. A packet sent waits half way until the step it arrives; a lost one shrinks and fades where it dies.',
    now: 'The dotted line across the diagram is now: the moment of the step on screen.',
    strip:
      'The bars at the right edge, each numbered at its top: MDN’s three phases (1 connect, 2 send the request, 3 answer) and 7, the seven steps’ close; each bar spans the time its phase takes.',
    pause:
      'Where the millisecond ruler on the left turns into a double line (‖), it pauses: time stands still there while what happens at one moment is drawn one under another.',
    compressed:
      'A band marked “compressed” is a long quiet stretch (such as TIME-WAIT’s 2×MSL wait) drawn short, so that the rest fits.',
    psh: 'PSH (push) asks the receiver to hand the data to the application at once rather than wait for more (RFC 9293 §3.9.1).',
    numbers:
      'The numbers are relative, counted from each end’s initial sequence number, as Wireshark shows them (a segment of an older connection falls below it and reads negative, though a sequence number never is: “Absolute seq/ack” shows it as sent); a SYN and a FIN each take one sequence number.',
    'numbers.absolute':
      'The numbers are absolute, as sent: each end’s first one is its initial sequence number; a SYN and a FIN each take one sequence number.',
  },
  'zh-CN': {
    arrow:
      '每个箭头是一个 TCP 报文段，从发送的一端指向接收的一端。箭头上的标签先在方括号里给出标志，再给出 Seq 和 Ack，即序号和确认号；放得下时还有 Len，即这个报文段携带的数据字节数。',
    slope: '时间从上往下走：箭头越陡，报文段穿过网络所用的时间越长。',
    flight: '前一半是实线、后一半是虚线的箭头是仍在途中的报文段：已发送，尚未到达。',
    lost: '以叉号和“丢失”结束的箭头：网络在途中丢失了这个报文段。',
    retransmission:
      '↻ 表示重传：同样的字节再发送一次，因为第一次发送的没有及时得到确认，或者三个重复确认表明对方缺少这些字节。',
    states:
      '泳道旁的名称是 TCP 状态：一端在写着状态名的高度进入这个状态，一直处于这个状态，直到下一个名称。图上方的方框给出屏幕上这一步时两端各自的状态。',
    badges:
      '箭头上的彩色小标签是屏幕上这一步的分组，正在路上：标签写的是这个报文段最能说明问题的标志，RST、SYN 或 FIN；没有这些标志时，携带数据的写“数据”，否则写 ACK。这个标签不是状态。已发送的分组停在半路，直到到达的那一步；丢失的分组在消失处缩小变淡。',
    now: '横穿整张图的点线表示“当前”：屏幕上这一步发生的时刻。',
    strip:
      '右边缘的竖条，顶端各标着编号：MDN 的三个阶段（1 建立连接，2 发送请求，3 返回响应）和七个步骤中的第 7 步“关闭 TCP 连接”；每根竖条跨越该阶段所用的时间。',
    pause:
      '左侧毫秒刻度变成双线（‖）的一段是暂停：时间在那里停住，同一时刻发生的事情上下依次画出。',
    compressed:
      '标有“已压缩”的带状区域是一段很长的空闲时间（例如 TIME-WAIT 的 2×MSL 等待），画短了，以便其余部分放得下。',
    psh: 'PSH（推送）请求接收方立即把数据交给应用程序，而不是等待更多数据（RFC 9293 §3.9.1）。',
    numbers:
      '这些号码是相对的，从每一端的初始序号算起，与 Wireshark 显示的一样（较早连接的报文段落在初始序号之前，显示为负数，但序号本身从不为负：勾选“绝对序号和确认号”可看到实际发送的数值）；SYN 和 FIN 各占一个序号。',
    'numbers.absolute':
      '这些号码是绝对的，即实际发送的数值：每一端的第一个号码就是该端的初始序号；SYN 和 FIN 各占一个序号。',
  },
  'zh-TW': {
    arrow:
      '每個箭頭是一個 TCP 區段，從傳送的一端指向接收的一端。箭頭上的標籤先在方括號裡列出旗標，再列出 Seq 和 Ack，也就是序號和確認號碼；放得下時還有 Len，也就是這個區段攜帶的資料位元組數。',
    slope: '時間由上往下走：箭頭越陡，區段穿越網路所花的時間越長。',
    flight: '前一半是實線、後一半是虛線的箭頭是仍在途中的區段：已傳送，尚未抵達。',
    lost: '以叉號和「遺失」結束的箭頭：網路在途中遺失了這個區段。',
    retransmission:
      '↻ 表示重傳：同樣的位元組再傳送一次，因為第一次傳送的沒有及時得到確認，或者三個重複確認表示另一端缺少這些位元組。',
    states:
      '泳道旁的名稱是 TCP 狀態：一端在寫著狀態名稱的高度進入這個狀態，一直處於這個狀態，直到下一個名稱。圖上方的方框列出畫面上這一步時兩端各自的狀態。',
    badges:
      '箭頭上的彩色小標籤是畫面上這一步的封包，正在路上：標籤寫的是這個區段最能說明問題的旗標，RST、SYN 或 FIN；沒有這些旗標時，攜帶資料的寫「資料」，否則寫 ACK。這個標籤不是狀態。已傳送的封包停在半路，直到抵達的那一步；遺失的封包在消失處縮小變淡。',
    now: '橫跨整張圖的點線表示「目前」：畫面上這一步發生的時刻。',
    strip:
      '右側邊緣的直條，頂端各標著編號：MDN 的三個階段（1 建立連線，2 傳送請求，3 回應請求）和七個步驟中的第 7 步「關閉 TCP 連線」；每根直條跨越該階段所花的時間。',
    pause:
      '左側毫秒刻度變成雙線（‖）的一段是暫停：時間在那裡停住，同一時刻發生的事情上下依序畫出。',
    compressed:
      '標有「已壓縮」的帶狀區域是一段很長的閒置時間（例如 TIME-WAIT 的 2×MSL 等待），畫短了，好讓其餘部分放得下。',
    psh: 'PSH（推送）要求接收端立即把資料交給應用程式，而不是等待更多資料（RFC 9293 §3.9.1）。',
    numbers:
      '這些號碼是相對的，從每一端的初始序號算起，與 Wireshark 顯示的一樣（較早連線的區段落在初始序號之前，顯示為負數，但序號本身從不為負：勾選「絕對序號與確認號碼」可看到實際傳送的數值）；SYN 和 FIN 各佔一個序號。',
    'numbers.absolute':
      '這些號碼是絕對的，也就是實際傳送的數值：每一端的第一個號碼就是該端的初始序號；SYN 和 FIN 各佔一個序號。',
  },
});
