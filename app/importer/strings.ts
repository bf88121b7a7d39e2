/** The importer's words (loaded with it): the open dialog, the chooser, errors, and Wireshark's flags explained. */
import { defineStrings } from '../strings/feature';

export const importStrings = defineStrings({
  en: {
    title: 'Open a capture',
    intro:
      'A .pcap or .pcapng capture, a browser’s HAR export (.har), or a Roundtrip timeline (.json). It is read on this computer: nothing is uploaded.',
    reading: 'Reading {name}…',
    progress: '{read} of {total} read',
    found: 'TCP connections found so far: {n}',
    cancel: 'Cancel',
    close: 'Close',
    cancelled: 'Reading was cancelled.',
    choose: 'Choose a TCP connection',
    showAll: 'Show all {n} {n:connection|connections}',
    chooseHint: 'In the order they start in the capture. Each opens as a session to step through.',
    packets: '{n} packets',
    'packets.one': '{n} packet',
    bytes: '{n} {n:byte|bytes}',
    notHttp: 'not HTTP',
    noTcp: 'This capture holds no TCP connection, so there is nothing to explain here.',
    otherTraffic: 'Not TCP, not shown: {list}.',
    otherItem: '{protocol} ({n} packets, the first is packet {frame})',
    'otherItem.one': '{protocol} ({n} packet: packet {frame})',
    damage:
      'Reading stopped at byte {offset}{frame}; the packets before it are kept, as Wireshark keeps them.',
    skipped: '{n} packets could not be decoded and were skipped (the first is packet {frame}).',
    'skipped.one': '{n} packet could not be decoded and was skipped (packet {frame}).',
    'capture.empty': 'The file is empty: it holds no bytes at all.',
    'capture.unknown-format':
      'This is not a capture file: a pcap or pcapng file starts with a magic number, and this one does not. Wireshark and tcpdump save captures as .pcap or .pcapng files.',
    'capture.truncated-header':
      'The file ends before its own header does: it holds only the first few bytes of a capture.',
    'capture.unsupported-version':
      'The file is written in a version of its format that Roundtrip does not read.',
    'capture.unsupported-link-type':
      'Its packets were captured on a kind of link whose frames Roundtrip does not read.',
    'capture.truncated-record':
      'The file ends in the middle of a packet: it was cut short, as a copy or download that stopped would be.',
    'capture.record-too-long':
      'A packet’s record claims more bytes than any packet can hold: the file is damaged there.',
    'capture.truncated-block':
      'The file ends in the middle of a block: it was cut short, as a copy or download that stopped would be.',
    'capture.bad-block-length':
      'A block’s length is one no pcapng block can have: the file is damaged there.',
    'capture.block-length-mismatch':
      'A block’s length at its end differs from the one at its start: the file is damaged there.',
    'capture.bad-byte-order-magic':
      'The section header’s byte-order mark is neither of the two pcapng allows: the file is damaged there.',
    'capture.missing-section-header':
      'A pcapng file starts with a Section Header Block; this one does not.',
    'capture.unknown-interface':
      'A packet names a capture interface the file never described: the file is damaged there.',
    'capture.bad-block-body':
      'A block is shorter than its type requires: the file is damaged there.',
    'capture.bad-option': 'An option runs past the end of its block: the file is damaged there.',
    'capture.too-large':
      'The file is longer than Roundtrip reads: the packets up to here are shown.',
    errorCapture: 'This file could not be read: the problem is at byte {offset}{frame}.',
    errorJson: 'This file is not a Roundtrip timeline: the problem is at {where}.',
    errorHar: 'This HAR file could not be read: the problem is at {where}.',
    harTitle: 'HTTP exchanges in {name}',
    harNoTcp:
      'A HAR is the browser’s record of HTTP exchanges and of how long each phase took. It holds no packets: TCP (the handshake, the segments, the acknowledgments, the close) is not in it. “Simulate this exchange” rebuilds one exchange over TCP in the scenario workshop.',
    harSummary: '{n} {n:exchange|exchanges} over {ms}, recorded by {creator}.',
    harWarnings: 'Entries with something wrong, read as well as they could be: {n}.',
    harConnection: 'Connection {id}',
    harNoConnection: 'Connection not recorded',
    harNoConnectionHint:
      'This HAR does not say which TCP connection each request used (its entries have no “connection”), so they are listed together.',
    harAxis: 'Time since the first request started',
    harPhases: 'Phases',
    'phase.blocked': 'blocked (queued)',
    'phase.dns': 'DNS lookup',
    'phase.connect': 'connect (TCP handshake)',
    'phase.ssl': 'TLS handshake',
    'phase.send': 'send',
    'phase.wait': 'wait (for the first byte)',
    'phase.receive': 'receive',
    notApplicable: 'does not apply',
    sslInside: 'inside connect',
    sslApart: 'counted apart from connect',
    harScrub:
      'Scrub cookies and Authorization in the simulated exchange (a workshop scenario goes into the page’s address)',
    simulate: 'Simulate this exchange',
    simulateLabel: 'Simulate this exchange: {request}',
    simulateFailed: 'This exchange cannot be simulated: {problem}',
    harChanges:
      'In the workshop it is sent over HTTP/1.1 on Roundtrip’s own link; the fields the user agent writes itself (Host, Content-Length) are left to it.',
    changesSummary: 'What changes in the workshop ({n})',
    'change.request': 'request',
    'change.response': 'response',
    'change.field': 'The {message} header field {name} is not sent: {why}.',
    'why.pseudo-header': 'it is an HTTP/2 pseudo-header field, which HTTP/1.1 does not have',
    'why.user-agent-writes': 'the user agent writes it itself',
    'why.site-computes': 'the simulated server computes it itself',
    'why.other-framing': 'the HAR holds the body decoded, so this coding no longer applies',
    'why.hop-by-hop': 'it is about the browser’s own connection, not about the message',
    'why.site-writes': 'the simulated server writes it itself',
    'why.too-many': 'a scenario holds no more header fields',
    'why.refused': 'the workshop cannot hold its value',
    'change.version': 'It is sent over HTTP/1.1, not {from}.',
    'change.status':
      'The status code {from} becomes {to}, the nearest of its class that the simulated server answers with.',
    'change.redirect':
      'The {status} redirect to {location} is answered but not followed: the browser’s next request is another entry of the HAR.',
    'change.bodyEncoded':
      'The {message} body is not sent: the HAR holds it as {encoding}, not as text.',
    'change.bodyTooLong': 'The {message} body is not sent: it is longer than a scenario may hold.',
    'change.scrubbed': 'The {message} header field {name} is scrubbed: its value is replaced.',
    'change.host': 'The host {from} becomes {to}.',
    atFrame: ' (packet {frame})',
    lineColumn: 'line {line}, column {column}',
    details: 'What the reader found:',
    opened:
      'Opened {name}: a capture, not a simulation. It is not in the page’s address (it may be large and private); to share it, export it as JSON.',
    // Wireshark's TCP analysis of the step's segment (tcp.analysis.*)
    analysisHeading: 'What Wireshark says of this segment',
    analysisCaveat:
      'These are Wireshark’s guesses from one point of the path, not facts: it calls some retransmissions out-of-order and does not read SACK blocks.',
    'flag.retransmission': 'Retransmission: this repeats sequence numbers already sent.',
    'flag.fast_retransmission':
      'Fast retransmission: sent again right after duplicate ACKs asked for it (RFC 5681 §3.2), without waiting for the timer.',
    'flag.spurious_retransmission':
      'Spurious retransmission: these bytes had already been acknowledged; the resend was not needed.',
    'flag.out_of_order':
      'Out of order: an older sequence number right after newer ones, reordered on the way or resent quickly.',
    'flag.lost_segment':
      'Previous segment not captured: bytes before this one are missing from the capture (lost, or just not captured).',
    'flag.ack_lost_segment':
      'ACKed unseen segment: this acknowledges bytes the capture never showed.',
    'flag.duplicate_ack':
      'Duplicate ACK: the same acknowledgment again; the receiver is still waiting for the byte it names.',
    'flag.zero_window': 'Zero window: the receiver has no buffer room; the sender must wait.',
    'flag.zero_window_probe':
      'Zero window probe: one byte sent to see whether the window has opened.',
    'flag.zero_window_probe_ack': 'Zero window probe ACK: the answer to a probe.',
    'flag.keep_alive':
      'Keep-alive: a segment with no data (or one old byte), one below the next sequence number, to check the other end is still there (RFC 9293 §3.8.4).',
    'flag.keep_alive_ack': 'Keep-alive ACK: the answer to a keep-alive.',
    'flag.window_update':
      'Window update: an empty ACK that repeats the last one but for its receive window, which has changed.',
    'flag.window_update.sack':
      'Window update, as Wireshark reads it: the same acknowledgment with a new receive window. Its analysis does not read SACK blocks: this ACK also carries one (below), the news that the receiver holds bytes beyond a hole.',
    'flag.window_full': 'Window full: this fills the receiver’s advertised window to its edge.',
    'flag.reused_ports':
      'Port numbers reused: a new SYN on the same addresses and ports as an earlier connection.',
    'note.longerThanMss':
      'Longer than the receiver’s MSS ({mss} bytes): the capture saw the data before the network card cut it up, or after it joined it back. Captured at the sender, segmentation offload (TSO/GSO) hands the card one large segment, which it cuts into MSS-sized ones; captured at the receiver, receive offload (GRO/LRO) has joined several into one. The simulator always sends MSS-sized segments.',
    'note.sack':
      'Carries {n} SACK blocks (RFC 2018): the receiver lists the bytes it holds beyond a hole, so that only the hole is resent.',
    'note.sack.one':
      'Carries a SACK block (RFC 2018): the receiver lists the bytes it holds beyond a hole, so that only the hole is resent.',
    'note.rst':
      'RST: its sender aborts the connection at once instead of closing it with a FIN, and deletes it: it is CLOSED (RFC 9293 §3.10.5, ABORT).',
    'note.rst.after-close':
      'RST: its sender had already sent its FIN, and now drops the connection at once: it aborts (RFC 9293 §3.10.5), or refuses data that came after it closed (RFC 1122 §4.2.2.13).',
    'note.rst.unacceptable':
      'RST: its sender refuses a segment that acknowledges something it never sent, and stays in its state: its own connection attempt goes on (RFC 9293 §3.10.7.3–4).',
    'note.rst.no-connection':
      'RST: its sender has no connection for the segment it answers (nothing listens on that port, or the connection is gone), and refuses it (RFC 9293 §3.10.7.1).',
    'note.receivedWith':
      'The receiver acknowledges these bytes only after packet {frame} carries them again, so they are read at packet {frame}: nothing shows this copy arriving. A capture sees what passes its vantage point; a copy can still be lost beyond it.',
    'note.none': 'Nothing unusual: Wireshark marks no analysis flag on this segment.',
  },
  'zh-CN': {
    title: '打开捕获文件',
    intro:
      '可以打开 .pcap 或 .pcapng 捕获文件、浏览器导出的 HAR 文件（.har），或 Roundtrip 时间线（.json）。文件只在本机读取，不会上传。',
    reading: '正在读取 {name}…',
    progress: '已读取 {read}，共 {total}',
    found: '目前找到的 TCP 连接：{n}',
    cancel: '取消',
    close: '关闭',
    cancelled: '已取消读取。',
    choose: '选择一个 TCP 连接',
    showAll: '显示全部 {n} 个连接',
    chooseHint: '按各连接在捕获中开始的先后排列。选中的连接会作为一次会话打开，可以逐步查看。',
    packets: '{n} 个分组',
    'packets.one': '{n} 个分组',
    bytes: '{n} 字节',
    notHttp: '不是 HTTP',
    noTcp: '这个捕获文件中没有 TCP 连接，因此这里没有可以讲解的内容。',
    otherTraffic: '以下不是 TCP，未显示：{list}。',
    otherItem: '{protocol}（{n} 个分组，第一个是第 {frame} 个分组）',
    'otherItem.one': '{protocol}（{n} 个分组：第 {frame} 个分组）',
    damage: '读取在第 {offset} 字节处停止{frame}；之前的分组都保留下来，与 Wireshark 的做法相同。',
    skipped: '有 {n} 个分组无法解码，已跳过（第一个是第 {frame} 个分组）。',
    'skipped.one': '有 {n} 个分组无法解码，已跳过（第 {frame} 个分组）。',
    'capture.empty': '这个文件是空的：里面一个字节也没有。',
    'capture.unknown-format':
      '这不是捕获文件：pcap 或 pcapng 文件以一个魔数开头，而这个文件不是。Wireshark 和 tcpdump 把捕获的数据保存为 .pcap 或 .pcapng 文件。',
    'capture.truncated-header': '文件头还没结束，文件就结束了：文件里只有捕获文件开头的几个字节。',
    'capture.unsupported-version': '这个文件所用的格式版本，Roundtrip 无法读取。',
    'capture.unsupported-link-type':
      '这些分组是在一种链路上捕获的，Roundtrip 无法读取这种链路的帧。',
    'capture.truncated-record':
      '文件在一个分组的中间结束了：文件被截断了，就像复制或下载中途停止时那样。',
    'capture.record-too-long':
      '有一个分组记录声称的字节数超过了任何分组可能有的长度：文件在这里损坏了。',
    'capture.truncated-block':
      '文件在一个数据块的中间结束了：文件被截断了，就像复制或下载中途停止时那样。',
    'capture.bad-block-length':
      '有一个数据块的长度是任何 pcapng 数据块都不可能有的：文件在这里损坏了。',
    'capture.block-length-mismatch': '有一个数据块末尾的长度和开头的长度不一致：文件在这里损坏了。',
    'capture.bad-byte-order-magic':
      '节头块的字节序标记不是 pcapng 允许的两种之一：文件在这里损坏了。',
    'capture.missing-section-header':
      'pcapng 文件以节头块（Section Header Block）开头，而这个文件不是。',
    'capture.unknown-interface': '有一个分组引用了文件中从未描述过的捕获接口：文件在这里损坏了。',
    'capture.bad-block-body': '有一个数据块的长度小于这种数据块的最小长度：文件在这里损坏了。',
    'capture.bad-option': '有一个选项超出了所在数据块的末尾：文件在这里损坏了。',
    'capture.too-large': '这个文件超过了 Roundtrip 能读取的长度：只显示到这里为止的分组。',
    errorCapture: '无法读取这个文件：问题出在第 {offset} 字节{frame}。',
    errorJson: '这个文件不是 Roundtrip 时间线：问题出在{where}。',
    errorHar: '无法读取这个 HAR 文件：问题出在{where}。',
    harTitle: '{name} 中的 HTTP 交换',
    harNoTcp:
      'HAR 是浏览器对 HTTP 交换及其各阶段耗时的记录。HAR 不含分组：TCP（握手、报文段、确认、关闭）都不在其中。“模拟这次交换”会在场景编辑器中把一次交换放到 TCP 上重演。',
    harSummary: '共 {n} 次交换，历时 {ms}，由 {creator} 记录。',
    harWarnings: '有 {n} 个条目存在问题，已尽量读取。',
    harConnection: '连接 {id}',
    harNoConnection: '未记录连接',
    harNoConnectionHint:
      '这个 HAR 没有说明每个请求使用了哪个 TCP 连接（条目中没有“connection”），所以放在一起列出。',
    harAxis: '自第一个请求开始以来的时间',
    harPhases: '阶段',
    'phase.blocked': '阻塞（排队）',
    'phase.dns': 'DNS 查询',
    'phase.connect': '建立连接（TCP 握手）',
    'phase.ssl': 'TLS 握手',
    'phase.send': '发送',
    'phase.wait': '等待（首字节）',
    'phase.receive': '接收',
    notApplicable: '不适用',
    sslInside: '包含在建立连接之内',
    sslApart: '与建立连接分开计算',
    harScrub: '在模拟的交换中清除 Cookie 和 Authorization（场景会写入页面地址）',
    simulate: '模拟这次交换',
    simulateLabel: '模拟这次交换：{request}',
    simulateFailed: '这次交换无法模拟：{problem}',
    harChanges:
      '在场景编辑器中，这次交换通过 Roundtrip 自己的链路以 HTTP/1.1 发送；用户代理自行写入的首部字段（Host、Content-Length）交给用户代理。',
    changesSummary: '在场景编辑器中改动的地方（{n} 处）',
    'change.request': '请求',
    'change.response': '响应',
    'change.field': '{message}首部字段 {name} 不发送：{why}。',
    'why.pseudo-header': '这是 HTTP/2 的伪首部字段，HTTP/1.1 中没有',
    'why.user-agent-writes': '由用户代理自行写入',
    'why.site-computes': '由模拟的服务器自行计算',
    'why.other-framing': 'HAR 保存的是解码后的报文主体，这种编码已不适用',
    'why.hop-by-hop': '只关乎浏览器自己的连接，与报文本身无关',
    'why.site-writes': '由模拟的服务器自行写入',
    'why.too-many': '场景容纳不下更多首部字段',
    'why.refused': '场景编辑器无法容纳这个值',
    'change.version': '以 HTTP/1.1 发送，而不是 {from}。',
    'change.status': '状态码 {from} 改为 {to}，这是模拟的服务器能给出的同类状态码中最接近的一个。',
    'change.redirect':
      '对 {location} 的 {status} 重定向照样响应，但不跟随：浏览器的下一个请求是 HAR 中的另一个条目。',
    'change.bodyEncoded': '{message}报文主体不发送：HAR 以 {encoding} 保存，而不是文本。',
    'change.bodyTooLong': '{message}报文主体不发送：超过了场景能容纳的长度。',
    'change.scrubbed': '{message}首部字段 {name} 已清除：值被替换。',
    'change.host': '主机 {from} 改为 {to}。',
    atFrame: '（第 {frame} 个分组）',
    lineColumn: '第 {line} 行第 {column} 列',
    details: '读取程序发现的问题：',
    opened:
      '已打开 {name}：这是捕获到的数据，不是模拟。这个会话不会写进页面的 URL（文件可能很大，也可能含有隐私）；如需分享，请导出为 JSON。',
    analysisHeading: 'Wireshark 对这个报文段的分析',
    analysisCaveat:
      '这些是 Wireshark 从路径上的一个观察点作出的推测，并非事实：Wireshark 会把一些重传标为失序，也不读取 SACK 块。',
    'flag.retransmission': '重传：这个报文段重复了已经发送过的序号。',
    'flag.fast_retransmission':
      '快速重传：收到请求重传的重复确认后立即重发（RFC 5681 §3.2），不等计时器超时。',
    'flag.spurious_retransmission': '不必要的重传：这些字节早已被确认，这次重发其实并不需要。',
    'flag.out_of_order':
      '失序：紧跟在较新的序号之后出现了较旧的序号，可能是途中次序被打乱，也可能是很快的重传。',
    'flag.lost_segment':
      '前一个报文段未捕获到：捕获中缺少这个报文段之前的字节（可能已丢失，也可能只是没有捕获到）。',
    'flag.ack_lost_segment': '确认了未见到的报文段：这个确认号覆盖了捕获中从未出现的字节。',
    'flag.duplicate_ack': '重复确认：再次发送相同的确认号；接收方仍在等待这个确认号所指的字节。',
    'flag.zero_window': '零窗口：接收方的缓存已满，发送方必须等待。',
    'flag.zero_window_probe': '零窗口探测：发送一个字节，看看窗口是否已经打开。',
    'flag.zero_window_probe_ack': '零窗口探测的确认：对探测的回应。',
    'flag.keep_alive':
      '保活：一个不带数据（或只带一个旧字节）的报文段，序号比下一个序号小 1，用来确认对方仍然在线（RFC 9293 §3.8.4）。',
    'flag.keep_alive_ack': '保活的确认：对保活报文段的回应。',
    'flag.window_update': '窗口更新：一个空的 ACK，与上一个 ACK 相同，只是接收窗口变了。',
    'flag.window_update.sack':
      '窗口更新（Wireshark 的判断）：确认号相同，接收窗口变了。Wireshark 的分析不读 SACK 块：这个 ACK 还带有 SACK 块（见下方），说明接收方已收到缺口之后的字节。',
    'flag.window_full': '窗口已满：这个报文段正好填满了接收方通告的窗口。',
    'flag.reused_ports': '端口号重用：在与先前连接相同的地址和端口上出现了新的 SYN。',
    'note.longerThanMss':
      '比接收方的 MSS（{mss} 字节）还长：捕获看到的是网卡切分之前、或重新合并之后的数据。在发送方捕获时，切分卸载（TSO/GSO）把一个大报文段交给网卡，由网卡再切成 MSS 大小的报文段；在接收方捕获时，接收卸载（GRO/LRO）已经把几个报文段合并成一个。模拟器总是发送 MSS 大小的报文段。',
    'note.sack':
      '带有 {n} 个 SACK 块（RFC 2018）：接收方列出缺口之后已收到的字节，这样只需重传缺口。',
    'note.sack.one':
      '带有 1 个 SACK 块（RFC 2018）：接收方列出缺口之后已收到的字节，这样只需重传缺口。',
    'note.rst':
      'RST：发送方不用 FIN 关闭连接，而是立即中止并删除连接，进入 CLOSED（RFC 9293 §3.10.5，ABORT）。',
    'note.rst.after-close':
      'RST：发送方已经发出过 FIN，现在立即放弃连接：可能是中止（RFC 9293 §3.10.5），也可能是拒绝发送方关闭之后才到达的数据（RFC 1122 §4.2.2.13）。',
    'note.rst.unacceptable':
      'RST：有一个报文段确认了发送方从未发送过的内容，发送方拒绝这个报文段；发送方的状态不变，发送方发起的连接建立仍在进行（RFC 9293 §3.10.7.3–4）。',
    'note.rst.no-connection':
      'RST：发送方没有这个报文段所属的连接（这个端口上没有程序在监听，或者连接已经不存在），于是拒绝这个报文段（RFC 9293 §3.10.7.1）。',
    'note.receivedWith':
      '接收方直到第 {frame} 个分组再次带来这些字节之后才确认收到，所以这些字节到第 {frame} 个分组才被读取：没有迹象表明这一份到达了接收方。捕获只能看到经过捕获点的分组；分组过了捕获点仍可能丢失。',
    'note.none': '没有异常：Wireshark 没有给这个报文段标上任何分析标志。',
  },
  'zh-TW': {
    title: '開啟擷取檔',
    intro:
      '可以開啟 .pcap 或 .pcapng 擷取檔、瀏覽器匯出的 HAR 檔（.har），或 Roundtrip 時間軸（.json）。檔案只在本機讀取，不會上傳。',
    reading: '正在讀取 {name}…',
    progress: '已讀取 {read}，共 {total}',
    found: '目前找到的 TCP 連線：{n}',
    cancel: '取消',
    close: '關閉',
    cancelled: '已取消讀取。',
    choose: '選擇一條 TCP 連線',
    showAll: '顯示全部 {n} 條連線',
    chooseHint: '依各連線在擷取中開始的先後排列。選取的連線會作為一次工作階段開啟，可以逐步檢視。',
    packets: '{n} 個封包',
    'packets.one': '{n} 個封包',
    bytes: '{n} 位元組',
    notHttp: '不是 HTTP',
    noTcp: '這個擷取檔中沒有 TCP 連線，因此這裡沒有可以講解的內容。',
    otherTraffic: '以下不是 TCP，未顯示：{list}。',
    otherItem: '{protocol}（{n} 個封包，第一個是第 {frame} 個封包）',
    'otherItem.one': '{protocol}（{n} 個封包：第 {frame} 個封包）',
    damage:
      '讀取在第 {offset} 位元組處停止{frame}；之前的封包都保留下來，與 Wireshark 的做法相同。',
    skipped: '有 {n} 個封包無法解碼，已略過（第一個是第 {frame} 個封包）。',
    'skipped.one': '有 {n} 個封包無法解碼，已略過（第 {frame} 個封包）。',
    'capture.empty': '這個檔案是空的：裡面一個位元組也沒有。',
    'capture.unknown-format':
      '這不是擷取檔：pcap 或 pcapng 檔以一個魔術數字開頭，而這個檔案不是。Wireshark 和 tcpdump 把擷取的資料儲存為 .pcap 或 .pcapng 檔。',
    'capture.truncated-header': '檔頭還沒結束，檔案就結束了：檔案裡只有擷取檔開頭的幾個位元組。',
    'capture.unsupported-version': '這個檔案所用的格式版本，Roundtrip 無法讀取。',
    'capture.unsupported-link-type':
      '這些封包是在一種鏈結上擷取的，Roundtrip 無法讀取這種鏈結的訊框。',
    'capture.truncated-record':
      '檔案在一個封包的中間結束了：檔案被截斷了，就像複製或下載中途停止時那樣。',
    'capture.record-too-long':
      '有一個封包紀錄聲稱的位元組數超過了任何封包可能有的長度：檔案在這裡損壞了。',
    'capture.truncated-block':
      '檔案在一個區塊的中間結束了：檔案被截斷了，就像複製或下載中途停止時那樣。',
    'capture.bad-block-length':
      '有一個區塊的長度是任何 pcapng 區塊都不可能有的：檔案在這裡損壞了。',
    'capture.block-length-mismatch': '有一個區塊末尾的長度和開頭的長度不一致：檔案在這裡損壞了。',
    'capture.bad-byte-order-magic':
      '區段標頭區塊的位元組順序標記不是 pcapng 允許的兩種之一：檔案在這裡損壞了。',
    'capture.missing-section-header':
      'pcapng 檔以區段標頭區塊（Section Header Block）開頭，而這個檔案不是。',
    'capture.unknown-interface': '有一個封包引用了檔案中從未描述過的擷取介面：檔案在這裡損壞了。',
    'capture.bad-block-body': '有一個區塊的長度小於這種區塊的最小長度：檔案在這裡損壞了。',
    'capture.bad-option': '有一個選項超出了所在區塊的末尾：檔案在這裡損壞了。',
    'capture.too-large': '這個檔案超過了 Roundtrip 能讀取的長度：只顯示到這裡為止的封包。',
    errorCapture: '無法讀取這個檔案：問題出在第 {offset} 位元組{frame}。',
    errorJson: '這個檔案不是 Roundtrip 時間軸：問題出在{where}。',
    errorHar: '無法讀取這個 HAR 檔：問題出在{where}。',
    harTitle: '{name} 中的 HTTP 交換',
    harNoTcp:
      'HAR 是瀏覽器對 HTTP 交換及各階段耗時的紀錄。HAR 不含封包：TCP（交握、區段、確認、關閉）都不在其中。「模擬這次交換」會在情境編輯器中把一次交換放到 TCP 上重現。',
    harSummary: '共 {n} 次交換，歷時 {ms}，由 {creator} 記錄。',
    harWarnings: '有 {n} 個項目有問題，已盡量讀取。',
    harConnection: '連線 {id}',
    harNoConnection: '未記錄連線',
    harNoConnectionHint:
      '這個 HAR 沒有說明每個請求使用哪條 TCP 連線（項目中沒有「connection」），所以列在一起。',
    harAxis: '自第一個請求開始後的時間',
    harPhases: '階段',
    'phase.blocked': '阻塞（排隊）',
    'phase.dns': 'DNS 查詢',
    'phase.connect': '建立連線（TCP 交握）',
    'phase.ssl': 'TLS 交握',
    'phase.send': '傳送',
    'phase.wait': '等待（第一個位元組）',
    'phase.receive': '接收',
    notApplicable: '不適用',
    sslInside: '包含在建立連線之內',
    sslApart: '與建立連線分開計算',
    harScrub: '在模擬的交換中清除 Cookie 與 Authorization（情境會寫入頁面網址）',
    simulate: '模擬這次交換',
    simulateLabel: '模擬這次交換：{request}',
    simulateFailed: '這次交換無法模擬：{problem}',
    harChanges:
      '在情境編輯器中，這次交換透過 Roundtrip 自己的鏈結以 HTTP/1.1 傳送；使用者代理自行寫入的標頭欄位（Host、Content-Length）交給使用者代理。',
    changesSummary: '在情境編輯器中變更的地方（{n} 處）',
    'change.request': '請求',
    'change.response': '回應',
    'change.field': '{message}標頭欄位 {name} 不傳送：{why}。',
    'why.pseudo-header': '這是 HTTP/2 的虛擬標頭欄位，HTTP/1.1 中沒有',
    'why.user-agent-writes': '由使用者代理自行寫入',
    'why.site-computes': '由模擬的伺服器自行計算',
    'why.other-framing': 'HAR 儲存的是解碼後的訊息主體，這種編碼已不適用',
    'why.hop-by-hop': '只關乎瀏覽器自己的連線，與訊息本身無關',
    'why.site-writes': '由模擬的伺服器自行寫入',
    'why.too-many': '情境容納不下更多標頭欄位',
    'why.refused': '情境編輯器無法容納這個值',
    'change.version': '以 HTTP/1.1 傳送，而不是 {from}。',
    'change.status': '狀態碼 {from} 改為 {to}，這是模擬的伺服器能回應的同類狀態碼中最接近的一個。',
    'change.redirect':
      '對 {location} 的 {status} 重新導向照樣回應，但不跟隨：瀏覽器的下一個請求是 HAR 中的另一個項目。',
    'change.bodyEncoded': '{message}訊息主體不傳送：HAR 以 {encoding} 儲存，而不是文字。',
    'change.bodyTooLong': '{message}訊息主體不傳送：超過了情境能容納的長度。',
    'change.scrubbed': '{message}標頭欄位 {name} 已清除：值被替換。',
    'change.host': '主機 {from} 改為 {to}。',
    atFrame: '（第 {frame} 個封包）',
    lineColumn: '第 {line} 行第 {column} 欄',
    details: '讀取程式發現的問題：',
    opened:
      '已開啟 {name}：這是擷取到的資料，不是模擬。這個工作階段不會寫進頁面的網址（檔案可能很大，也可能含有隱私）；如需分享，請匯出為 JSON。',
    analysisHeading: 'Wireshark 對這個區段的分析',
    analysisCaveat:
      '這些是 Wireshark 從路徑上的一個觀察點所做的推測，並非事實：有些重傳會被標為次序錯亂，SACK 區塊也不在其讀取範圍內。',
    'flag.retransmission': '重傳：這個區段重複了已經傳送過的序號。',
    'flag.fast_retransmission':
      '快速重傳：收到要求重傳的重複確認後立即重傳出去（RFC 5681 §3.2），不等計時器逾時。',
    'flag.spurious_retransmission': '不必要的重傳：這些位元組早已獲得確認，這次重傳其實並不需要。',
    'flag.out_of_order':
      '次序錯亂：緊接在較新的序號之後出現較舊的序號，可能是途中次序被打亂，也可能是很快的重傳。',
    'flag.lost_segment':
      '前一個區段未擷取到：擷取中缺少這個區段之前的位元組（可能已遺失，也可能只是沒有擷取到）。',
    'flag.ack_lost_segment': '確認了未見到的區段：這個確認號碼涵蓋了擷取中從未出現的位元組。',
    'flag.duplicate_ack':
      '重複確認：再次傳送相同的確認號碼；接收端仍在等待這個確認號碼所指的位元組。',
    'flag.zero_window': '零視窗：接收端的緩衝區已滿，傳送端必須等待。',
    'flag.zero_window_probe': '零視窗探測：傳送一個位元組，看看視窗是否已經開啟。',
    'flag.zero_window_probe_ack': '零視窗探測的確認：對探測的回應。',
    'flag.keep_alive':
      '保持連線：一個不帶資料（或只帶一個舊位元組）的區段，序號比下一個序號小 1，用來確認另一端仍然在線上（RFC 9293 §3.8.4）。',
    'flag.keep_alive_ack': '保持連線的確認：對保持連線區段的回應。',
    'flag.window_update': '視窗更新：一個空的 ACK，與上一個 ACK 相同，只是接收視窗變了。',
    'flag.window_update.sack':
      '視窗更新（Wireshark 的判斷）：確認號碼相同，接收視窗變了。Wireshark 的分析不讀 SACK 區塊：這個 ACK 還帶有 SACK 區塊（見下方），表示接收端已收到缺口之後的位元組。',
    'flag.window_full': '視窗已滿：這個區段正好填滿了接收端通告的視窗。',
    'flag.reused_ports': '連接埠號碼重複使用：在與先前連線相同的位址與連接埠上出現了新的 SYN。',
    'note.longerThanMss':
      '比接收端的 MSS（{mss} 位元組）還長：擷取看到的是網路卡切割之前、或重新合併之後的資料。在傳送端擷取時，切割卸載（TSO/GSO）把一個大區段交給網路卡，由網路卡再切成 MSS 大小的區段；在接收端擷取時，接收卸載（GRO/LRO）已經把幾個區段合併成一個。模擬器總是傳送 MSS 大小的區段。',
    'note.sack':
      '帶有 {n} 個 SACK 區塊（RFC 2018）：接收端列出缺口之後已收到的位元組，這樣只需重傳缺口。',
    'note.sack.one':
      '帶有 1 個 SACK 區塊（RFC 2018）：接收端列出缺口之後已收到的位元組，這樣只需重傳缺口。',
    'note.rst':
      'RST：傳送端不用 FIN 關閉連線，而是立即中止並刪除連線，進入 CLOSED（RFC 9293 §3.10.5，ABORT）。',
    'note.rst.after-close':
      'RST：傳送端已經送出過 FIN，現在立即放棄連線：可能是中止（RFC 9293 §3.10.5），也可能是拒絕傳送端關閉之後才到達的資料（RFC 1122 §4.2.2.13）。',
    'note.rst.unacceptable':
      'RST：有一個區段確認了傳送端從未傳送過的內容，傳送端拒絕這個區段；傳送端的狀態不變，傳送端發起的連線建立仍在進行（RFC 9293 §3.10.7.3–4）。',
    'note.rst.no-connection':
      'RST：傳送端沒有這個區段所屬的連線（這個連接埠上沒有程式在監聽，或者連線已經不存在），於是拒絕這個區段（RFC 9293 §3.10.7.1）。',
    'note.receivedWith':
      '接收端直到第 {frame} 個封包再次帶來這些位元組之後才確認收到，所以這些位元組到第 {frame} 個封包才被讀取：沒有跡象顯示這一份到達了接收端。擷取只能看到經過擷取點的封包；封包過了擷取點仍可能遺失。',
    'note.none': '沒有異常：Wireshark 沒有為這個區段標上任何分析旗標。',
  },
});
