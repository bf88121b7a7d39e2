/** Learning mode's timing panel: its words in the three languages (loaded with the panel). */
import { defineStrings } from '../../strings/feature';

export const timingStrings = defineStrings({
  en: {
    title: 'Round trips and time',
    close: 'Close',
    link: 'This link: {latency} one way, so RTT = {rtt}; {rate} Mbit/s.',
    count: '{count} round trips:',
    handshake: 'Handshake (connection {connection})',
    exchange: 'Request and response: {request}',
    teardown: 'Teardown (connection {connection})',
    took: '{duration}, from {start} to {end}',
    simulated: 'Simulated: the last byte of the last response arrives at {time}.',
    closed: 'Both ends have closed (but for TIME-WAIT) at {time}.',
    persistent:
      'Textbook estimate, persistent HTTP (one RTT to connect, then one RTT per object plus its transmission): {estimate}.',
    nonPersistent:
      'Textbook estimate, non-persistent HTTP (2·RTT plus transmission per object): {estimate}.',
    objects: 'Objects: {list}.',
    object: '{octets} bytes ({duration})',
    difference: 'The simulation takes {difference} more. Why:',
    'reason.headers':
      'the formula counts only the responses’ bytes, not the requests’ nor the 40 bytes of TCP/IP headers each segment carries;',
    'reason.delayed-ack': 'a receiver delays its ACK, waiting for data to ride on (delayed ACK);',
    'reason.loss': 'a segment is lost and resent only when the retransmission timer expires;',
    'reason.refused': 'an old duplicate SYN is refused with RST before the real opening;',
    'reason.teardown':
      'closing comes after the last byte and is not in the formula, nor is TIME-WAIT;',
    'reason.not-modelled':
      'this simulator has no slow start and no Nagle delay: a real sender starts with a small window, which makes large objects take more round trips.',
  },
  'zh-CN': {
    title: '往返次数和时间',
    close: '关闭',
    link: '这条链路：单向时延 {latency}，所以 RTT = {rtt}；带宽 {rate} Mbit/s。',
    count: '共 {count} 次往返：',
    handshake: '三次握手（连接 {connection}）',
    exchange: '请求和响应：{request}',
    teardown: '四次挥手（连接 {connection}）',
    took: '{duration}，从 {start} 到 {end}',
    simulated: '模拟结果：最后一个响应的最后一个字节在 {time} 到达。',
    closed: '两端都已关闭（TIME-WAIT 除外）的时刻：{time}。',
    persistent:
      '教科书估计，持续连接的 HTTP（建立连接一个 RTT，之后每个对象一个 RTT 加传输时间）：{estimate}。',
    nonPersistent: '教科书估计，非持续连接的 HTTP（每个对象 2·RTT 加传输时间）：{estimate}。',
    objects: '对象：{list}。',
    object: '{octets} 字节（{duration}）',
    difference: '模拟多用了 {difference}。原因：',
    'reason.headers':
      '公式只计算响应的字节，不计请求的字节，也不计每个报文段的 40 字节 TCP/IP 首部；',
    'reason.delayed-ack': '接收方推迟 ACK，等待数据一起发送（延迟确认）；',
    'reason.loss': '一个报文段丢失，要等重传计时器超时才重传；',
    'reason.refused': '在真正建立连接之前，旧的重复 SYN 被 RST 拒绝；',
    'reason.teardown': '关闭发生在最后一个字节之后，不在公式之内，TIME-WAIT 也不在；',
    'reason.not-modelled':
      '这个模拟器没有慢启动，也没有 Nagle 延迟：真实的发送方从小窗口开始，大对象因此要多几次往返。',
  },
  'zh-TW': {
    title: '往返次數和時間',
    close: '關閉',
    link: '這條鏈結：單向延遲 {latency}，所以 RTT = {rtt}；頻寬 {rate} Mbit/s。',
    count: '共 {count} 次往返：',
    handshake: '三向交握（連線 {connection}）',
    exchange: '請求和回應：{request}',
    teardown: '四次揮手（連線 {connection}）',
    took: '{duration}，從 {start} 到 {end}',
    simulated: '模擬結果：最後一個回應的最後一個位元組在 {time} 到達。',
    closed: '兩端都已關閉（TIME-WAIT 除外）的時刻：{time}。',
    persistent:
      '教科書估計，持續連線的 HTTP（建立連線一個 RTT，之後每個物件一個 RTT 加傳輸時間）：{estimate}。',
    nonPersistent: '教科書估計，非持續連線的 HTTP（每個物件 2·RTT 加傳輸時間）：{estimate}。',
    objects: '物件：{list}。',
    object: '{octets} 位元組（{duration}）',
    difference: '模擬多用了 {difference}。原因：',
    'reason.headers':
      '公式只計算回應的位元組，不計請求的位元組，也不計每個區段的 40 位元組 TCP/IP 標頭；',
    'reason.delayed-ack': '接收方延後 ACK，等待資料一起傳送（延遲確認）；',
    'reason.loss': '一個區段遺失，要等重傳計時器逾時才重傳；',
    'reason.refused': '在真正建立連線之前，舊的重複 SYN 被 RST 拒絕；',
    'reason.teardown': '關閉發生在最後一個位元組之後，不在公式之內，TIME-WAIT 也不在；',
    'reason.not-modelled':
      '這個模擬器沒有慢啟動，也沒有 Nagle 延遲：真實的傳送方從小視窗開始，大物件因此要多幾次往返。',
  },
});
