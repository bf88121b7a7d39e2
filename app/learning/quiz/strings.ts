/** Learning mode's quiz: its words in the three languages (loaded with the quiz). */
import { defineStrings } from '../../strings/feature';

export const quizStrings = defineStrings({
  en: {
    title: 'Predict the next step',
    progress: 'Question {n} of {total} · {score} right so far',
    ahead: 'The next question comes before step {step}.',
    from: 'From step {step} on: the questions ask what comes next.',
    fromStart:
      'Nothing is left to predict after step {step}: the questions start from the beginning.',
    goToQuestion: 'Go to the question',
    choices: 'Your prediction',
    'q.state.enters':
      'The segment “{segment}” reaches the {endpoint}, which is in {from}. Which state does the {endpoint} enter?',
    'q.ack.syn':
      'The {endpoint} receives {flags} with sequence number {seq}. Which acknowledgment number does its answer carry?',
    'q.ack.fin':
      'The {endpoint} receives a FIN with sequence number {seq}. Which acknowledgment number does its answer carry?',
    'q.ack.data':
      'The {endpoint} receives a segment with sequence number {seq} and {len} {len:byte|bytes} of data. Which acknowledgment number does its answer carry?',
    'q.flags.syn-ack': 'A SYN has reached the listening server. Which flags does its answer carry?',
    'q.flags.fin':
      'The {endpoint} closes its side of the connection. Which flags does its segment carry?',
    'q.block.content-length':
      'The body of this {message} is {octets} {octets:byte|bytes}. Which Content-Length line does the {endpoint} write?',
    'q.block.redirect':
      'The server answered {status} with Location: {location}. What does the client send next?',
    'q.block.next':
      'The {endpoint} has written the start line “{startLine}”. What does it write next?',
    'q.closer.active':
      'The exchange is over. Which end closes actively, sending its FIN before it has received the other end’s?',
    'q.arrives.fate':
      'The segment “{segment}” is on its way to the {endpoint}. What happens to it?',
    'q.time-wait.textbook':
      'The {endpoint} enters TIME-WAIT. How long does it stay there under the textbook profile?',
    'q.time-wait.linux':
      'The {endpoint} enters TIME-WAIT. How long does it stay there under the Linux profile?',
    'q.status.answer': 'The server has read “{request}”. Which status does it answer?',
    client: 'client',
    server: 'server',
    both: 'both ends',
    request: 'request',
    response: 'response',
    'fate.arrives': 'It arrives',
    'fate.lost': 'The network loses it',
    'fate.refused': 'It arrives and is refused with RST',
    'fate.none': 'Nothing: the client shows the {status} page',
    'choice.blank': 'The blank line (CR LF)',
    'choice.body': 'The body ({octets} {octets:byte|bytes})',
    right: 'Right.',
    wrong: 'Not quite.',
    tryAgain: 'Try another answer.',
    chose: 'You chose {choice}: {meaning}',
    answer: 'The answer is {choice}.',
    happens: 'What happens at step {step}:',
    doneTitle: 'Quiz finished',
    score: 'You predicted {score} of {total} {total:step|steps}.',
    missed: 'Steps to look at again:',
    missedStep: 'Step {step}',
    allRight: 'Every prediction was right.',
    restart: 'Start again',
    stop: 'Stop predicting',
    more: 'More',
    less: 'Less',
    announce: 'Question {n} of {total}: {text}',
    'm.ack-equals-seq':
      'acknowledging the sequence number itself would say that what starts there has not arrived yet, and the sender would send it again. The acknowledgment number is the next number expected: SEG.SEQ + SEG.LEN (RFC 9293 §3.4).',
    'm.ack-plus-one-data':
      'one more counts something that was never sent. Only a SYN and a FIN take a sequence number of their own; data counts its bytes.',
    'm.ack-own-seq':
      'that is this end’s own sequence number space; the acknowledgment number counts what the other end sent.',
    'm.ack-without-syn':
      'an ACK alone would acknowledge the client’s SYN but never send the server’s own ISN: each end needs a SYN of its own.',
    'm.syn-without-ack':
      'a SYN alone would not acknowledge the client’s SYN; two SYNs crossing is a simultaneous open (RFC 9293 Figure 7), not an answer.',
    'm.rst-instead':
      'RST refuses or aborts a connection: what a closed port answers, not a normal exchange.',
    'm.fin-without-ack':
      'once the connection is synchronized every segment carries ACK (RFC 9293 §3.10.7.4), a FIN too.',
    'm.ack-only-close':
      'an ACK alone acknowledges but closes nothing: only a FIN says “I have no more to send”.',
    'm.server-established-early':
      'the server is not ESTABLISHED after sending its SYN, ACK: it waits in SYN-RECEIVED until the ACK of its own SYN arrives. That third segment is why the handshake has three.',
    'm.role-swapped':
      'that is the state of the end playing the other role here (RFC 9293 Figure 5).',
    'm.no-passive-closer':
      'CLOSE-WAIT and LAST-ACK are the states of an end that receives the other end’s FIN before it sends its own; here each end sent its FIN before the other’s arrived, so neither passes through them (RFC 9293 Figure 13).',
    'm.state-unchanged':
      'this segment does move the {endpoint} on; a state stays only when nothing in the segment concerns it.',
    'm.closed-not-listen':
      'a closed connection is CLOSED, its record deleted; a server’s listening socket stays in LISTEN on its own, but this connection does not return to it.',
    'm.rst-in-time-wait':
      'RFC 1337 recommends ignoring a RST in TIME-WAIT, and a stack that does so stays there (as Linux does when tcp_rfc1337 is 1). The simulated stack follows RFC 9293, as Linux does by default: a RST it accepts closes the connection at once, in TIME-WAIT too (§3.10.7.4).',
    'm.rst-no-time-wait':
      'a RST ends the connection at once, in whatever state it finds it: the TCB is deleted and the end enters CLOSED (RFC 9293 §3.10.7.4). TIME-WAIT follows the exchange of FINs, not a reset, even at the end that closed first.',
    'm.closed-at-once':
      'an end does not forget a connection at once: closing takes an exchange of FINs and ACKs, and the end that closes first then waits in TIME-WAIT.',
    'm.time-wait-passive':
      'only the end that closes first waits in TIME-WAIT; the other goes from LAST-ACK to CLOSED when its FIN is acknowledged.',
    'm.time-wait-early':
      'TIME-WAIT begins only once the other end’s FIN has arrived too; until then this end waits for it.',
    'm.time-wait-own-fin-unacked':
      'TIME-WAIT needs both: the other end’s FIN has arrived and this end’s own FIN is acknowledged. This FIN crossed this end’s own and does not acknowledge it, so this end enters CLOSING and waits for that ACK.',
    'm.content-length-crlf':
      'Content-Length counts the body’s bytes only; the CR LF of the blank line belongs to the header section (RFC 9110 §8.6).',
    'm.content-length-whole':
      'that is the whole message, start line and header lines included; Content-Length counts the body only.',
    'm.headers-end-early':
      'the blank line ends the header section: written now, the message would have no header lines at all, not even Host.',
    'm.body-before-headers':
      'the body comes only after the header lines and the blank line (RFC 9112 §2.1).',
    'm.redirect-same-path':
      'asking for the same path again would get the same {status}; the client follows the Location field (RFC 9110 §15.4).',
    'm.redirect-not-followed':
      'a browser follows a redirect by itself (RFC 9110 §15.4); its user sees only the new page.',
    'm.closer-client':
      'the client closes first when it has what it wanted and keeps nothing open for later.',
    'm.closer-server':
      'the server closes first when its response said so (Connection: close, or HTTP/1.0 without keep-alive).',
    'm.closer-both':
      'both close at once only when each sends its FIN before the other’s arrives (RFC 9293 Figure 13).',
    'm.closer-both-sent-first':
      'the {choice} does send its FIN first, but the {other} sends its own before the {choice}’s arrives: both close actively, a simultaneous close (RFC 9293 Figure 13).',
    'm.closer-both-sent-second':
      'the {choice} does send its FIN before the {other}’s arrives, but so does the {other}, whose FIN left first: both close actively, a simultaneous close (RFC 9293 Figure 13).',
    'm.lost-arrives':
      'this one never arrives: the network drops it, and the sender learns so only when its retransmission timer expires.',
    'm.lost-fast-retransmitted-arrives':
      'this one never arrives: the network drops it. Segments sent after it arrive, each answered with a duplicate ACK, and the third tells the sender, which resends it at once without waiting for its retransmission timer (fast retransmit, RFC 5681 §3.2).',
    'm.lost-ack-arrives':
      'this one never arrives: the network drops it. Nobody resends a lost ACK: it takes no sequence number, so no timer waits for it. The {endpoint}, whose segment it acknowledged, sends that segment again when its own retransmission timer expires.',
    'm.lost-unsequenced-arrives':
      'this one never arrives: the network drops it. It takes no sequence number, so no timer waits for it, and nobody sends it again.',
    'm.arrived-lost': 'this one arrives: the network loses a segment only now and then.',
    'm.refused-with-rst':
      'a segment is refused with RST only when no connection expects it; this connection is open.',
    'm.time-wait-one-msl':
      'one MSL is the longest a segment may live; TIME-WAIT waits two, so that a segment and its answer have both died out (RFC 9293 §3.4.2).',
    'm.time-wait-none':
      'closing at once would let an old duplicate be taken for part of the next connection, and the last ACK could not be sent again if it were lost.',
    'm.time-wait-other-profile':
      'that is the other profile’s: the textbook waits 2×MSL with an MSL of 2 minutes; Linux waits a fixed 60 seconds.',
    'm.status-200': '200 OK would mean the resource is here and its content follows.',
    'm.status-301': '301 would mean the resource has moved for good, to the URL in Location.',
    'm.status-404': '404 would mean the server has nothing at that path.',
    'm.status-405': '405 would mean the resource exists but does not allow this method.',
    'm.status-400': '400 would mean the request itself is malformed.',
  },
  'zh-CN': {
    title: '预测下一步',
    progress: '第 {n} 题，共 {total} 题 · 已答对 {score} 题',
    ahead: '下一题在第 {step} 步之前。',
    from: '从第 {step} 步起：问题问的是接下来会发生什么。',
    fromStart: '第 {step} 步之后已没有可预测的内容：问题从头开始。',
    goToQuestion: '前往这道题',
    choices: '你的预测',
    'q.state.enters': '报文段“{segment}”到达处于 {from} 的{endpoint}。{endpoint}进入哪个状态？',
    'q.ack.syn': '{endpoint}收到序号为 {seq} 的 {flags}。回答的报文段带什么确认号？',
    'q.ack.fin': '{endpoint}收到序号为 {seq} 的 FIN。回答的报文段带什么确认号？',
    'q.ack.data':
      '{endpoint}收到一个序号为 {seq}、带 {len} 字节数据的报文段。回答的报文段带什么确认号？',
    'q.flags.syn-ack': 'SYN 到达了处于监听状态的服务器。服务器的回答带哪些标志？',
    'q.flags.fin': '{endpoint}关闭自己这一方向的连接。所发报文段带哪些标志？',
    'q.block.content-length':
      '这个{message}的报文主体是 {octets} 字节。{endpoint}写的 Content-Length 首部行是哪一行？',
    'q.block.redirect': '服务器回答 {status}，Location 为 {location}。客户端接下来发送什么？',
    'q.block.next': '{endpoint}已写好开始行“{startLine}”。接下来写什么？',
    'q.closer.active': '交换已经结束。哪一端主动关闭，即在收到对方的 FIN 之前发出自己的 FIN？',
    'q.arrives.fate': '报文段“{segment}”正发往{endpoint}。结果如何？',
    'q.time-wait.textbook': '{endpoint}进入 TIME-WAIT。在教科书行为模式下要停留多久？',
    'q.time-wait.linux': '{endpoint}进入 TIME-WAIT。在 Linux 行为模式下要停留多久？',
    'q.status.answer': '服务器已读完“{request}”。回答哪个状态码？',
    client: '客户端',
    server: '服务器',
    both: '两端都是',
    request: '请求',
    response: '响应',
    'fate.arrives': '顺利到达',
    'fate.lost': '在网络中丢失',
    'fate.refused': '到达后被 RST 拒绝',
    'fate.none': '不发送：客户端显示 {status} 页面',
    'choice.blank': '空行（CR LF）',
    'choice.body': '报文主体（{octets} 字节）',
    right: '答对了。',
    wrong: '不对。',
    tryAgain: '请再选一个答案。',
    chose: '你选了 {choice}：{meaning}',
    answer: '正确答案是 {choice}。',
    happens: '第 {step} 步发生的事：',
    doneTitle: '测验结束',
    score: '你预测对了 {total} 步中的 {score} 步。',
    missed: '值得再看一遍的步骤：',
    missedStep: '第 {step} 步',
    allRight: '每一步都预测对了。',
    restart: '重新开始',
    stop: '停止预测',
    more: '展开',
    less: '收起',
    announce: '第 {n} 题，共 {total} 题：{text}',
    'm.ack-equals-seq':
      '确认号等于序号，表示从这个序号开始的内容还没有收到，发送方会重传。确认号是期望收到的下一个序号：SEG.SEQ + SEG.LEN（RFC 9293 §3.4）。',
    'm.ack-plus-one-data':
      '多加 1 就把从未发送的内容也算进去了。只有 SYN 和 FIN 各占一个序号；数据按字节计算。',
    'm.ack-own-seq': '这是本端自己的序号空间；确认号计算的是对方发来的内容。',
    'm.ack-without-syn':
      '只有 ACK 只能确认客户端的 SYN，服务器自己的初始序号却从未发出：两端各需要发送一个 SYN。',
    'm.syn-without-ack':
      '只有 SYN 并没有确认客户端的 SYN；两个 SYN 交错是同时打开（RFC 9293 图 7），不是回答。',
    'm.rst-instead': 'RST 用来拒绝或中止连接：这是关闭的端口的回答，不是正常的交换。',
    'm.fin-without-ack': '连接同步之后，每个报文段都带 ACK（RFC 9293 §3.10.7.4），FIN 也不例外。',
    'm.ack-only-close': '只有 ACK 只是确认，什么也没有关闭：只有 FIN 表示“我没有数据要发送了”。',
    'm.server-established-early':
      '服务器发出 SYN, ACK 之后并没有进入 ESTABLISHED：要在 SYN-RECEIVED 中等到自己的 SYN 被确认。正因为这第三个报文段，握手才是三次。',
    'm.role-swapped': '这是在这里扮演另一个角色的一端的状态（RFC 9293 图 5）。',
    'm.no-passive-closer':
      'CLOSE-WAIT 和 LAST-ACK 是在发出自己的 FIN 之前就收到对方 FIN 的一端所处的状态；这里两端都在对方的 FIN 到达之前发出了自己的 FIN，所以两端都不经过这两个状态（RFC 9293 图 13）。',
    'm.state-unchanged':
      '这个报文段确实让{endpoint}的状态前进了；只有报文段与状态无关时，状态才保持不变。',
    'm.closed-not-listen':
      '连接关闭后进入 CLOSED，这个连接的记录被删除。服务器在端口上的监听另外一直处于 LISTEN，但这个连接不会回到 LISTEN。',
    'm.rst-in-time-wait':
      'RFC 1337 建议在 TIME-WAIT 中忽略 RST，这样做的 TCP 会留在 TIME-WAIT（Linux 在 tcp_rfc1337 为 1 时就是这样）。这里模拟的 TCP 和 Linux 的默认设置一样，按 RFC 9293 行事：接受的 RST 立即关闭连接，在 TIME-WAIT 中也一样（§3.10.7.4）。',
    'm.rst-no-time-wait':
      'RST 立即结束连接，不论连接处于哪个状态：TCB 被删除，这一端进入 CLOSED（RFC 9293 §3.10.7.4）。TIME-WAIT 出现在交换 FIN 之后，而不是在复位之后，即使这一端是先关闭的一端。',
    'm.closed-at-once':
      '一端不会立刻忘掉连接：关闭要交换 FIN 和 ACK，先关闭的一端随后还要在 TIME-WAIT 中等待。',
    'm.time-wait-passive':
      '只有先关闭的一端在 TIME-WAIT 中等待；后关闭的一端的 FIN 被确认后，就从 LAST-ACK 直接进入 CLOSED。',
    'm.time-wait-early':
      '要等对方的 FIN 也到达后才进入 TIME-WAIT；在此之前，本端一直等待对方的 FIN。',
    'm.time-wait-own-fin-unacked':
      '只有对方的 FIN 已到达、自己的 FIN 也已得到确认，才进入 TIME-WAIT。这个 FIN 与自己的 FIN 交错而过，没有确认自己的 FIN，所以进入 CLOSING，等待那个确认。',
    'm.content-length-crlf':
      'Content-Length 只计算报文主体的字节；空行的 CR LF 属于首部（RFC 9110 §8.6）。',
    'm.content-length-whole':
      '这是整个报文的长度，包括开始行和首部行；Content-Length 只计算报文主体。',
    'm.headers-end-early': '空行表示首部结束：现在就写空行，报文就没有任何首部行，连 Host 都没有。',
    'm.body-before-headers': '报文主体要在首部行和空行之后才出现（RFC 9112 §2.1）。',
    'm.redirect-same-path':
      '再请求同一路径只会再得到同样的 {status}；客户端按 Location 字段去请求（RFC 9110 §15.4）。',
    'm.redirect-not-followed': '浏览器会自动执行重定向（RFC 9110 §15.4）；用户只看到新的页面。',
    'm.closer-client': '客户端拿到想要的内容、又不再保留连接时，由客户端先关闭。',
    'm.closer-server':
      '服务器在响应中说明要关闭时（Connection: close，或不带 keep-alive 的 HTTP/1.0），由服务器先关闭。',
    'm.closer-both':
      '只有两端都在收到对方的 FIN 之前发出自己的 FIN，才是同时关闭（RFC 9293 图 13）。',
    'm.closer-both-sent-first':
      '{choice}确实先发出 FIN，但{other}在{choice}的 FIN 到达之前也发出了自己的 FIN：两端都是主动关闭，即同时关闭（RFC 9293 图 13）。',
    'm.closer-both-sent-second':
      '{choice}确实在{other}的 FIN 到达之前就发出了自己的 FIN，但{other}也是这样，而且更早发出 FIN：两端都是主动关闭，即同时关闭（RFC 9293 图 13）。',
    'm.lost-arrives': '这个报文段没有到达：网络把报文段丢了，发送方要等重传计时器超时才知道。',
    'm.lost-fast-retransmitted-arrives':
      '这个报文段没有到达：网络把报文段丢了。在这个报文段之后发出的报文段陆续到达，每一个都换来一个重复确认；第三个重复确认让发送方得知报文段丢失，发送方立即重传，不等重传计时器超时（快速重传，RFC 5681 §3.2）。',
    'm.lost-ack-arrives':
      '这个报文段没有到达：网络把报文段丢了。丢失的 ACK 没人重传：ACK 不占序号，没有计时器等着这个 ACK。{endpoint}自己的重传计时器超时后，会重传这个 ACK 所确认的报文段。',
    'm.lost-unsequenced-arrives':
      '这个报文段没有到达：网络把报文段丢了。这个报文段不占序号，没有计时器等着这个报文段，也没人重传。',
    'm.arrived-lost': '这个报文段到达了：网络只是偶尔丢包。',
    'm.refused-with-rst': '只有没有任何连接在等待这个报文段时，才会用 RST 拒绝；这个连接是打开的。',
    'm.time-wait-one-msl':
      '一个 MSL 是报文段最长的寿命；TIME-WAIT 等两个 MSL，让报文段和对报文段的回答都消失（RFC 9293 §3.4.2）。',
    'm.time-wait-none':
      '立刻关闭的话，旧的重复报文段可能被当成下一个连接的一部分；最后的 ACK 丢失时也无法再发送。',
    'm.time-wait-other-profile':
      '这是另一个行为模式的时长：教科书等待 2×MSL，MSL 为 2 分钟；Linux 固定等待 60 秒。',
    'm.status-200': '200 OK 表示资源就在这里，后面是资源的内容。',
    'm.status-301': '301 表示资源已永久移到 Location 中的 URL。',
    'm.status-404': '404 表示服务器在这个路径上什么也没有。',
    'm.status-405': '405 表示资源存在，但不允许这个方法。',
    'm.status-400': '400 表示请求本身格式有误。',
  },
  'zh-TW': {
    title: '預測下一步',
    progress: '第 {n} 題，共 {total} 題 · 已答對 {score} 題',
    ahead: '下一題在第 {step} 步之前。',
    from: '從第 {step} 步起：問題問的是接下來會發生什麼。',
    fromStart: '第 {step} 步之後已沒有可預測的內容：問題從頭開始。',
    goToQuestion: '前往這一題',
    choices: '你的預測',
    'q.state.enters': '區段「{segment}」到達處於 {from} 的{endpoint}。{endpoint}進入哪個狀態？',
    'q.ack.syn': '{endpoint}收到序號為 {seq} 的 {flags}。回答的區段帶什麼確認號碼？',
    'q.ack.fin': '{endpoint}收到序號為 {seq} 的 FIN。回答的區段帶什麼確認號碼？',
    'q.ack.data':
      '{endpoint}收到一個序號為 {seq}、帶 {len} 位元組資料的區段。回答的區段帶什麼確認號碼？',
    'q.flags.syn-ack': 'SYN 到達了正在監聽的伺服器。伺服器的回答帶哪些旗標？',
    'q.flags.fin': '{endpoint}關閉自己這一方向的連線。所傳送的區段帶哪些旗標？',
    'q.block.content-length':
      '這個{message}的訊息主體是 {octets} 位元組。{endpoint}寫的 Content-Length 標頭行是哪一行？',
    'q.block.redirect': '伺服器回答 {status}，Location 為 {location}。用戶端接下來傳送什麼？',
    'q.block.next': '{endpoint}已寫好起始行「{startLine}」。接下來寫什麼？',
    'q.closer.active':
      '交換已經結束。哪一端主動關閉，也就是在收到另一端的 FIN 之前送出自己的 FIN？',
    'q.arrives.fate': '區段「{segment}」正傳往{endpoint}。結果如何？',
    'q.time-wait.textbook': '{endpoint}進入 TIME-WAIT。在教科書行為模式下要停留多久？',
    'q.time-wait.linux': '{endpoint}進入 TIME-WAIT。在 Linux 行為模式下要停留多久？',
    'q.status.answer': '伺服器已讀完「{request}」。回答哪個狀態碼？',
    client: '用戶端',
    server: '伺服器',
    both: '兩端都是',
    request: '請求',
    response: '回應',
    'fate.arrives': '順利到達',
    'fate.lost': '在網路中遺失',
    'fate.refused': '到達後被 RST 拒絕',
    'fate.none': '不傳送：用戶端顯示 {status} 頁面',
    'choice.blank': '空行（CR LF）',
    'choice.body': '訊息主體（{octets} 位元組）',
    right: '答對了。',
    wrong: '不對。',
    tryAgain: '請再選一個答案。',
    chose: '你選了 {choice}：{meaning}',
    answer: '正確答案是 {choice}。',
    happens: '第 {step} 步發生的事：',
    doneTitle: '測驗結束',
    score: '你預測對了 {total} 步中的 {score} 步。',
    missed: '值得再看一次的步驟：',
    missedStep: '第 {step} 步',
    allRight: '每一步都預測對了。',
    restart: '重新開始',
    stop: '停止預測',
    more: '展開',
    less: '收合',
    announce: '第 {n} 題，共 {total} 題：{text}',
    'm.ack-equals-seq':
      '確認號碼等於序號，表示從這個序號開始的內容還沒收到，傳送方會重傳。確認號碼是期望收到的下一個序號：SEG.SEQ + SEG.LEN（RFC 9293 §3.4）。',
    'm.ack-plus-one-data':
      '多加 1 就把從未傳送的內容也算進去了。只有 SYN 和 FIN 各佔一個序號；資料按位元組計算。',
    'm.ack-own-seq': '這是本端自己的序號空間；確認號碼計算的是另一端傳來的內容。',
    'm.ack-without-syn':
      '只有 ACK 只能確認用戶端的 SYN，伺服器自己的初始序號卻從未送出：兩端各需要傳送一個 SYN。',
    'm.syn-without-ack':
      '只有 SYN 並沒有確認用戶端的 SYN；兩個 SYN 交錯是同時開啟（RFC 9293 圖 7），不是回答。',
    'm.rst-instead': 'RST 用來拒絕或中止連線：這是關閉的連接埠的回答，不是正常的交換。',
    'm.fin-without-ack': '連線同步之後，每個區段都帶 ACK（RFC 9293 §3.10.7.4），FIN 也不例外。',
    'm.ack-only-close': '只有 ACK 只是確認，什麼也沒有關閉：只有 FIN 表示「我沒有資料要傳送了」。',
    'm.server-established-early':
      '伺服器送出 SYN, ACK 之後並沒有進入 ESTABLISHED：要在 SYN-RECEIVED 中等到自己的 SYN 被確認。正因為這第三個區段，交握才是三向。',
    'm.role-swapped': '這是在這裡扮演另一個角色的一端的狀態（RFC 9293 圖 5）。',
    'm.no-passive-closer':
      'CLOSE-WAIT 和 LAST-ACK 是在送出自己的 FIN 之前就收到另一端 FIN 的一端所處的狀態；這裡兩端都在另一端的 FIN 抵達之前送出了自己的 FIN，所以兩端都不經過這兩個狀態（RFC 9293 圖 13）。',
    'm.state-unchanged':
      '這個區段確實讓{endpoint}的狀態前進了；只有區段與狀態無關時，狀態才保持不變。',
    'm.closed-not-listen':
      '連線關閉後進入 CLOSED，這條連線的紀錄被刪除。伺服器在連接埠上的監聽另外一直處於 LISTEN，但這條連線不會回到 LISTEN。',
    'm.rst-in-time-wait':
      'RFC 1337 建議在 TIME-WAIT 中忽略 RST，這樣做的 TCP 會留在 TIME-WAIT（Linux 在 tcp_rfc1337 為 1 時就是如此）。這裡模擬的 TCP 和 Linux 的預設設定一樣，依 RFC 9293 行事：接受的 RST 立即關閉連線，在 TIME-WAIT 中也一樣（§3.10.7.4）。',
    'm.rst-no-time-wait':
      'RST 立即結束連線，不論連線處於哪個狀態：TCB 被刪除，這一端進入 CLOSED（RFC 9293 §3.10.7.4）。TIME-WAIT 出現在交換 FIN 之後，而不是在重置之後，即使這一端是先關閉的一端。',
    'm.closed-at-once':
      '一端不會立刻忘掉連線：關閉要交換 FIN 和 ACK，先關閉的一端之後還要在 TIME-WAIT 中等待。',
    'm.time-wait-passive':
      '只有先關閉的一端在 TIME-WAIT 中等待；另一端的 FIN 被確認後，就從 LAST-ACK 直接進入 CLOSED。',
    'm.time-wait-early':
      '要等另一端的 FIN 也到達後才進入 TIME-WAIT；在此之前，本端一直等待那個 FIN。',
    'm.time-wait-own-fin-unacked':
      '只有另一端的 FIN 已抵達、自己的 FIN 也已獲得確認，才進入 TIME-WAIT。這個 FIN 與自己的 FIN 交錯而過，沒有確認自己的 FIN，所以進入 CLOSING，等待那個確認。',
    'm.content-length-crlf':
      'Content-Length 只計算訊息主體的位元組；空行的 CR LF 屬於標頭（RFC 9110 §8.6）。',
    'm.content-length-whole':
      '這是整個訊息的長度，包括起始行和標頭行；Content-Length 只計算訊息主體。',
    'm.headers-end-early': '空行表示標頭結束：現在就寫空行，訊息就沒有任何標頭行，連 Host 都沒有。',
    'm.body-before-headers': '訊息主體要在標頭行和空行之後才出現（RFC 9112 §2.1）。',
    'm.redirect-same-path':
      '再請求同一路徑只會再得到同樣的 {status}；用戶端依 Location 欄位去請求（RFC 9110 §15.4）。',
    'm.redirect-not-followed': '瀏覽器會自動執行重新導向（RFC 9110 §15.4）；使用者只看到新的頁面。',
    'm.closer-client': '用戶端拿到想要的內容、又不再保留連線時，由用戶端先關閉。',
    'm.closer-server':
      '伺服器在回應中說明要關閉時（Connection: close，或不帶 keep-alive 的 HTTP/1.0），由伺服器先關閉。',
    'm.closer-both':
      '只有兩端都在收到另一端的 FIN 之前送出自己的 FIN，才是同時關閉（RFC 9293 圖 13）。',
    'm.closer-both-sent-first':
      '{choice}確實先送出 FIN，但{other}在{choice}的 FIN 抵達之前也送出了自己的 FIN：兩端都是主動關閉，也就是同時關閉（RFC 9293 圖 13）。',
    'm.closer-both-sent-second':
      '{choice}確實在{other}的 FIN 抵達之前就送出了自己的 FIN，但{other}也是如此，而且更早送出 FIN：兩端都是主動關閉，也就是同時關閉（RFC 9293 圖 13）。',
    'm.lost-arrives': '這個區段沒有到達：網路把區段弄丟了，傳送方要等重傳計時器逾時才知道。',
    'm.lost-fast-retransmitted-arrives':
      '這個區段沒有到達：網路把區段弄丟了。在這個區段之後送出的區段陸續到達，每一個都換來一個重複確認；第三個重複確認讓傳送方得知區段遺失，傳送方立即重傳，不等重傳計時器逾時（快速重傳，RFC 5681 §3.2）。',
    'm.lost-ack-arrives':
      '這個區段沒有到達：網路把區段弄丟了。遺失的 ACK 沒有人重傳：ACK 不佔序號，沒有計時器等著這個 ACK。{endpoint}自己的重傳計時器逾時後，會重傳這個 ACK 所確認的區段。',
    'm.lost-unsequenced-arrives':
      '這個區段沒有到達：網路把區段弄丟了。這個區段不佔序號，沒有計時器等著這個區段，也沒有人重傳。',
    'm.arrived-lost': '這個區段到達了：網路只是偶爾遺失封包。',
    'm.refused-with-rst': '只有沒有任何連線在等待這個區段時，才會用 RST 拒絕；這個連線是開啟的。',
    'm.time-wait-one-msl':
      '一個 MSL 是區段最長的存活時間；TIME-WAIT 等兩個 MSL，讓區段和對區段的回答都消失（RFC 9293 §3.4.2）。',
    'm.time-wait-none':
      '立刻關閉的話，舊的重複區段可能被當成下一個連線的一部分；最後的 ACK 遺失時也無法再傳送。',
    'm.time-wait-other-profile':
      '這是另一個行為模式的時長：教科書等待 2×MSL，MSL 為 2 分鐘；Linux 固定等待 60 秒。',
    'm.status-200': '200 OK 表示資源就在這裡，後面是資源的內容。',
    'm.status-301': '301 表示資源已永久移到 Location 中的網址。',
    'm.status-404': '404 表示伺服器在這個路徑上什麼也沒有。',
    'm.status-405': '405 表示資源存在，但不允許這個方法。',
    'm.status-400': '400 表示請求本身格式有誤。',
  },
});
