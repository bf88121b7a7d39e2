/** Learning mode's timing panel: its words in the three languages (loaded with the panel). */
import { defineStrings } from '../../strings/feature';

export const timingStrings = defineStrings({
  en: {
    'chart.title': 'A page with images, fetched three ways',
    'chart.intro':
      'The same page and images on the same link. Each line is a connection, each bar a round trip: a handshake, or a request and its response.',
    'chart.images': 'Images',
    'chart.latency': 'One-way latency (ms)',
    'chart.rate': 'Bandwidth (Mbit/s)',
    'chart.invalid': 'From {min} to {max}.',
    'chart.link': 'A page and {images} {images:image|images}; RTT = {rtt}; {rate} Mbit/s.',
    'way.non-persistent': 'HTTP/1.0, a new connection per object:',
    'way.persistent': 'HTTP/1.1 keep-alive, one connection:',
    'way.parallel': 'Parallel, up to {parallel} {parallel:connection|connections} at once:',
    'chart.summary':
      'last byte at {time}, {trips} round trips one after another (the teardowns left out),',
    'chart.connection': '{count} connection;',
    'chart.connections': '{count} {count:connection|connections};',
    'chart.estimate': 'textbook estimate {estimate}.',
    'chart.axis': 'Time since the first SYN (ms)',
    'chart.handshake': 'Handshake',
    'chart.exchange': 'Request and response',
    'chart.why':
      'Every new connection costs a round trip before its first request: HTTP/1.0 pays it for each object, keep-alive once, parallel connections at the same time. The estimates: 2·RTT + transmission per object; RTT, then RTT + transmission per object; and in parallel 2·RTT + the page, then one RTT per wave of images (opening the new connections takes one) and the images’ transmission, which the connections share.',
    title: 'Round trips and time',
    close: 'Close',
    link: 'This link: {latency} one way, so RTT = {rtt}; {rate} Mbit/s.',
    count: 'The session in {count} {count:part|parts}, in order, the teardowns included:',
    handshake: 'Handshake (connection {connection})',
    exchange: 'Request and response: {request}',
    teardown: 'Teardown (connection {connection})',
    took: '{duration}, from {start} to {end}',
    simulated:
      'Simulated: the last byte of the last response arrives at {time}, after {trips} round trips one after another (the teardowns left out).',
    closed: 'Both ends have closed (but for TIME-WAIT) at {time}.',
    persistent:
      'Textbook estimate, persistent HTTP (one RTT to connect, then one RTT per object plus its transmission): {estimate}.',
    nonPersistent:
      'Textbook estimate, non-persistent HTTP (2·RTT plus transmission per object): {estimate}.',
    objects: 'Objects: {list}.',
    object: '{octets} {octets:byte|bytes} ({duration})',
    difference: 'The simulation takes {difference} more. Why:',
    differenceLess: 'The simulation takes {difference} less. Why:',
    'reason.headers':
      'the formula counts only the responses’ bytes, not the requests’ nor the TCP/IP headers each segment carries (40 bytes, more with options);',
    'reason.delayed-ack': 'a receiver delays its ACK, waiting for data to ride on (delayed ACK);',
    'reason.loss': 'a segment is lost and resent only when the retransmission timer expires;',
    'reason.fast-retransmit':
      'a segment is lost, and resent when the third duplicate ACK comes back, without waiting for the retransmission timer (fast retransmit);',
    'reason.refused': 'an old duplicate SYN is refused with RST before the real opening;',
    'reason.teardown':
      'closing comes after the last byte and is not in the formula, nor is TIME-WAIT;',
    'reason.slow-start':
      'a sender’s congestion window starts small and grows with each ACK (slow start), so a large response leaves in flights, each a round trip after the one before;',
    'reason.not-modelled':
      'this simulator has no Nagle delay (RFC 896), which in a real TCP can hold a small segment back until the data before it is acknowledged.',
    'reason.parallel':
      'some connections run at the same time, and the formula adds their round trips one after another: here it is more than the simulation.',
  },
  'zh-CN': {
    'chart.title': '带图片的网页：三种获取方式',
    'chart.intro':
      '同一个网页和同样的图片，在同一条链路上。每一行是一个连接，每一段条形是一次往返：一次三次握手，或者一个请求及其响应。',
    'chart.images': '图片数',
    'chart.latency': '单向时延（毫秒）',
    'chart.rate': '带宽（Mbit/s）',
    'chart.invalid': '从 {min} 到 {max}。',
    'chart.link': '一个网页和 {images} 张图片；RTT = {rtt}；{rate} Mbit/s。',
    'way.non-persistent': 'HTTP/1.0，每个对象一个新连接：',
    'way.persistent': 'HTTP/1.1 持续连接，一个连接：',
    'way.parallel': '并行连接，同时最多 {parallel} 个：',
    'chart.summary': '最后一个字节在 {time} 到达，先后 {trips} 次往返（不含四次挥手），',
    'chart.connection': '{count} 个连接；',
    'chart.connections': '{count} 个连接；',
    'chart.estimate': '教科书估计 {estimate}。',
    'chart.axis': '从第一个 SYN 起的时间（毫秒）',
    'chart.handshake': '三次握手',
    'chart.exchange': '请求和响应',
    'chart.why':
      '每个新连接在第一个请求之前都要花一次往返：HTTP/1.0 每个对象都要付出，持续连接只付一次，并行连接同时付出。估计公式：每个对象 2·RTT 加传输时间；一个 RTT，之后每个对象 RTT 加传输时间；并行时 2·RTT 加网页的传输时间，之后每一批图片一个 RTT（建立新连接占一批），再加图片的传输时间，这些连接共用链路。',
    title: '往返次数和时间',
    close: '关闭',
    link: '这条链路：单向时延 {latency}，所以 RTT = {rtt}；带宽 {rate} Mbit/s。',
    count: '按先后顺序，会话共 {count} 个部分（含四次挥手）：',
    handshake: '三次握手（连接 {connection}）',
    exchange: '请求和响应：{request}',
    teardown: '四次挥手（连接 {connection}）',
    took: '{duration}，从 {start} 到 {end}',
    simulated:
      '模拟结果：最后一个响应的最后一个字节在 {time} 到达，此前先后 {trips} 次往返（不含四次挥手）。',
    closed: '两端都已关闭（TIME-WAIT 除外）的时刻：{time}。',
    persistent:
      '教科书估计，持续连接的 HTTP（建立连接一个 RTT，之后每个对象一个 RTT 加传输时间）：{estimate}。',
    nonPersistent: '教科书估计，非持续连接的 HTTP（每个对象 2·RTT 加传输时间）：{estimate}。',
    objects: '对象：{list}。',
    object: '{octets} 字节（{duration}）',
    difference: '模拟多用了 {difference}。原因：',
    differenceLess: '模拟少用了 {difference}。原因：',
    'reason.headers':
      '公式只计算响应的字节，不计请求的字节，也不计每个报文段的 TCP/IP 首部（40 字节，带选项时更多）；',
    'reason.delayed-ack': '接收方推迟 ACK，等待数据一起发送（延迟确认）；',
    'reason.loss': '一个报文段丢失，要等重传计时器超时才重传；',
    'reason.fast-retransmit':
      '一个报文段丢失，在第三个重复确认回来时重传，不等重传计时器超时（快速重传）；',
    'reason.refused': '在真正建立连接之前，旧的重复 SYN 被 RST 拒绝；',
    'reason.teardown': '关闭发生在最后一个字节之后，不在公式之内，TIME-WAIT 也不在；',
    'reason.slow-start':
      '发送方的拥塞窗口开始时很小，随每个 ACK 增大（慢启动），所以大的响应要分几批发送，每批比前一批晚一个往返时间；',
    'reason.not-modelled':
      '这个模拟器没有 Nagle 延迟（RFC 896）：真实的 TCP 可能把一个小报文段留到前面的数据被确认之后才发送。',
    'reason.parallel':
      '有几个连接同时进行，而公式把这些连接的往返一次接一次地相加：这里公式比模拟结果多。',
  },
  'zh-TW': {
    'chart.title': '有圖片的網頁：三種取得方式',
    'chart.intro':
      '同一個網頁和同樣的圖片，在同一條鏈結上。每一行是一條連線，每一段長條是一次往返：一次三向交握，或是一個請求及其回應。',
    'chart.images': '圖片數',
    'chart.latency': '單向延遲（毫秒）',
    'chart.rate': '頻寬（Mbit/s）',
    'chart.invalid': '從 {min} 到 {max}。',
    'chart.link': '一個網頁和 {images} 張圖片；RTT = {rtt}；{rate} Mbit/s。',
    'way.non-persistent': 'HTTP/1.0，每個物件一條新連線：',
    'way.persistent': 'HTTP/1.1 持續連線，一條連線：',
    'way.parallel': '平行連線，同時最多 {parallel} 條：',
    'chart.summary': '最後一個位元組在 {time} 到達，先後 {trips} 次往返（不含四次揮手），',
    'chart.connection': '{count} 條連線；',
    'chart.connections': '{count} 條連線；',
    'chart.estimate': '教科書估計 {estimate}。',
    'chart.axis': '從第一個 SYN 起的時間（毫秒）',
    'chart.handshake': '三向交握',
    'chart.exchange': '請求和回應',
    'chart.why':
      '每條新連線在第一個請求之前都要花一次往返：HTTP/1.0 每個物件都要付出，持續連線只付一次，平行連線同時付出。估計公式：每個物件 2·RTT 加傳輸時間；一個 RTT，之後每個物件 RTT 加傳輸時間；平行時 2·RTT 加網頁的傳輸時間，之後每一批圖片一個 RTT（建立新連線佔一批），再加圖片的傳輸時間，這些連線共用鏈結。',
    title: '往返次數和時間',
    close: '關閉',
    link: '這條鏈結：單向延遲 {latency}，所以 RTT = {rtt}；頻寬 {rate} Mbit/s。',
    count: '依先後順序，工作階段共 {count} 個部分（含四次揮手）：',
    handshake: '三向交握（連線 {connection}）',
    exchange: '請求和回應：{request}',
    teardown: '四次揮手（連線 {connection}）',
    took: '{duration}，從 {start} 到 {end}',
    simulated:
      '模擬結果：最後一個回應的最後一個位元組在 {time} 到達，此前先後 {trips} 次往返（不含四次揮手）。',
    closed: '兩端都已關閉（TIME-WAIT 除外）的時刻：{time}。',
    persistent:
      '教科書估計，持續連線的 HTTP（建立連線一個 RTT，之後每個物件一個 RTT 加傳輸時間）：{estimate}。',
    nonPersistent: '教科書估計，非持續連線的 HTTP（每個物件 2·RTT 加傳輸時間）：{estimate}。',
    objects: '物件：{list}。',
    object: '{octets} 位元組（{duration}）',
    difference: '模擬多用了 {difference}。原因：',
    differenceLess: '模擬少用了 {difference}。原因：',
    'reason.headers':
      '公式只計算回應的位元組，不計請求的位元組，也不計每個區段的 TCP/IP 標頭（40 位元組，帶選項時更多）；',
    'reason.delayed-ack': '接收方延後 ACK，等待資料一起傳送（延遲確認）；',
    'reason.loss': '一個區段遺失，要等重傳計時器逾時才重傳；',
    'reason.fast-retransmit':
      '一個區段遺失，在第三個重複確認回來時重傳，不等重傳計時器逾時（快速重傳）；',
    'reason.refused': '在真正建立連線之前，舊的重複 SYN 被 RST 拒絕；',
    'reason.teardown': '關閉發生在最後一個位元組之後，不在公式之內，TIME-WAIT 也不在；',
    'reason.slow-start':
      '傳送端的壅塞視窗開始時很小，隨每個 ACK 加大（慢啟動），所以大的回應要分幾批傳送，每批比前一批晚一個往返時間；',
    'reason.not-modelled':
      '這個模擬器沒有 Nagle 延遲（RFC 896）：真實的 TCP 可能把一個小區段留到前面的資料被確認之後才傳送。',
    'reason.parallel':
      '有幾條連線同時進行，而公式把這些連線的往返一次接一次地相加：這裡公式比模擬結果多。',
  },
});
