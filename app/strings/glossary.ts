/**
 * The Chinese glossary: for each term, the word each region's catalogue uses, the textbook it
 * comes from, and the words that catalogue must not use. `docs/glossary.md` shows the same table
 * (glossary.test.ts fails when the two disagree) and says what the source abbreviations mean.
 *
 * zh-CN follows 谢希仁《计算机网络》 and the Kurose–Ross translation 《计算机网络：自顶向下方法》;
 * zh-TW follows Taiwan's textbook usage (《電腦網路：由上而下的方法》, 國家教育研究院 樂詞網) and,
 * for interface words, Taiwan's software usage. MDN's Chinese pages are not a source: they mix
 * the two regions' words.
 */

export type ChineseRegion = 'zh-CN' | 'zh-TW';

export interface RegionTerm {
  /** The word (or words) the catalogue uses. */
  readonly use: string;
  /** Where the choice comes from (abbreviations in docs/glossary.md). */
  readonly source: string;
  /** Words the catalogue must not use, for this term or at all. */
  readonly avoid: readonly string[];
}

export interface GlossaryEntry {
  readonly en: string;
  readonly 'zh-CN': RegionTerm;
  readonly 'zh-TW': RegionTerm;
  /** A named idea the catalogue must name at least once, by this region's name. */
  readonly named?: true;
}

const t = (use: string, source: string, avoid: readonly string[] = []): RegionTerm => ({
  use,
  source,
  avoid,
});

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    en: 'segment (TCP)',
    'zh-CN': t('报文段', '谢 §5.5; KR §3.5.2', ['区段', '数据段', '分段']),
    'zh-TW': t('區段', 'KR-TW §3.5.2; 樂詞網', ['報文段', '分段']),
  },
  {
    en: 'packet',
    'zh-CN': t('分组', '谢 §1.3.2; KR §1.3', ['封包']),
    'zh-TW': t('封包', 'KR-TW §1.3; 樂詞網', ['分組']),
  },
  {
    en: 'header',
    'zh-CN': t('首部', '谢 §5.5, §6.4.3; KR §2.2.3, §3.5.2', ['标头', '报头']),
    'zh-TW': t('標頭', 'KR-TW §2.2.3, §3.5.2', ['首部', '報頭']),
  },
  {
    en: 'header field',
    'zh-CN': t('首部字段', '谢 §5.5', ['头字段']),
    'zh-TW': t('標頭欄位', 'TW-SW (field = 欄位)', ['字段']),
  },
  {
    en: 'header line',
    'zh-CN': t('首部行', '谢 §6.4.3; KR §2.2.3', []),
    'zh-TW': t('標頭行', 'TW', []),
  },
  {
    en: 'request header',
    'zh-CN': t('请求头', 'the issue; everyday usage (the seven steps: 请求头信息)', ['请求标头']),
    'zh-TW': t('請求標頭', 'TW', ['請求頭']),
  },
  {
    en: 'response header',
    'zh-CN': t('响应头', 'the issue; everyday usage', ['响应标头', '应答头']),
    'zh-TW': t('回應標頭', 'TW', ['響應頭', '回應頭']),
  },
  {
    en: 'message (HTTP)',
    'zh-CN': t('报文', '谢 §6.4.3; KR §2.2.3', ['消息', '讯息']),
    'zh-TW': t('訊息', 'KR-TW §2.2.3', ['報文', '消息']),
  },
  {
    en: 'request',
    'zh-CN': t('请求', '谢 §6.4.3; KR §2.2.3', []),
    'zh-TW': t('請求', 'KR-TW §2.2.3', []),
  },
  {
    en: 'response',
    'zh-CN': t('响应', '谢 §6.4.3; KR §2.2.3', ['应答']),
    'zh-TW': t('回應', 'KR-TW §2.2.3', ['響應', '應答']),
  },
  {
    en: 'start line',
    'zh-CN': t('开始行', '谢 §6.4.3', ['起始行']),
    'zh-TW': t('起始行', 'TW', []),
  },
  {
    en: 'request line',
    'zh-CN': t('请求行', '谢 §6.4.3; KR §2.2.3', []),
    'zh-TW': t('請求行', 'KR-TW §2.2.3', []),
  },
  {
    en: 'status line',
    'zh-CN': t('状态行', '谢 §6.4.3; KR §2.2.3', []),
    'zh-TW': t('狀態行', 'KR-TW §2.2.3', []),
  },
  {
    en: 'blank line',
    'zh-CN': t('空行', '谢 §6.4.3; KR §2.2.3', ['空白行']),
    'zh-TW': t('空行', 'KR-TW §2.2.3', []),
  },
  {
    en: 'body',
    'zh-CN': t('报文主体', '谢 §6.4.3 (实体主体); RFC 9112 §6', ['消息主体', '消息体']),
    'zh-TW': t('訊息主體', 'TW', ['消息主體']),
  },
  {
    en: 'block (a part of a message: start line, header line, blank line, body)',
    'zh-CN': t('组成部分', 'the issue', ['区块']),
    'zh-TW': t('區塊', 'TW', []),
  },
  {
    en: 'status code',
    'zh-CN': t('状态码', '谢 §6.4.3; KR §2.2.3', []),
    'zh-TW': t('狀態碼', 'KR-TW §2.2.3', []),
  },
  {
    en: 'reason phrase',
    'zh-CN': t('原因短语', 'RFC 9112 §4', []),
    'zh-TW': t('原因片語', 'TW (phrase = 片語)', ['短語']),
  },
  {
    en: 'sequence number',
    'zh-CN': t('序号', '谢 §5.5; KR §3.5.2', ['序列号']),
    'zh-TW': t('序號', 'KR-TW §3.5.2', ['序列號']),
  },
  {
    en: 'initial sequence number (ISN)',
    'zh-CN': t('初始序号', '谢 §5.9.1; KR §3.5.6', []),
    'zh-TW': t('初始序號', 'KR-TW §3.5.6', []),
  },
  {
    en: 'acknowledgment number',
    'zh-CN': t('确认号', '谢 §5.5; KR §3.5.2', ['确认序号']),
    'zh-TW': t('確認號碼', 'KR-TW §3.5.2', ['確認序號']),
  },
  {
    en: 'take (a sequence number: a SYN or a FIN takes one)',
    'zh-CN': t('占、占用', 'plain words (谢 §5.9.1 says 消耗掉一个序号)', []),
    'zh-TW': t('佔、佔用', 'TW (one form throughout)', ['占']),
  },
  {
    en: 'relative / absolute (numbers)',
    'zh-CN': t('相对 / 绝对', 'plain words', []),
    'zh-TW': t('相對 / 絕對', 'TW', []),
  },
  {
    en: 'timer',
    'zh-CN': t('计时器', '谢 §5.6, §5.9.2 (KR’s translation says 定时器)', ['定时器']),
    'zh-TW': t('計時器', 'KR-TW §3.5.4; 樂詞網', ['定時器']),
  },
  {
    en: 'retransmission',
    'zh-CN': t('重传', '谢 §5.6.2; KR §3.5.4', []),
    'zh-TW': t('重傳', 'KR-TW §3.5.4', ['重送']),
  },
  {
    en: 'round-trip time (RTT)',
    'zh-CN': t('往返时间', '谢 §1.6.2; KR §2.2.2', []),
    'zh-TW': t('往返時間', 'KR-TW §2.2.2; 樂詞網', []),
  },
  {
    en: 'timeout',
    'zh-CN': t('超时', '谢 §5.6.2; KR §3.5.3', ['逾时']),
    'zh-TW': t('逾時', 'KR-TW §3.5.3; 樂詞網', ['超時']),
  },
  {
    en: 'three-way handshake',
    'zh-CN': t('三次握手', 'KR §3.5.6; 谢 §5.9.1 (三报文握手, 旧称三次握手)', [
      '三向交握',
      '三路握手',
    ]),
    'zh-TW': t('三向交握', 'KR-TW §3.5.6; 樂詞網', ['三次握手', '三路握手']),
    named: true,
  },
  {
    en: 'four-way teardown',
    'zh-CN': t('四次挥手', 'course usage; 谢 §5.9.2 (连接释放, four segments)', ['四次分手']),
    'zh-TW': t('四次揮手', 'course usage (no textbook name)', ['四次分手']),
    named: true,
  },
  {
    en: 'connection',
    'zh-CN': t('连接', '谢 §5.9; KR §3.5', ['连线']),
    'zh-TW': t('連線', 'KR-TW §3.5 (連線導向); 樂詞網', ['連接']),
  },
  {
    en: 'port',
    'zh-CN': t('端口', '谢 §5.1.3; KR §3.2', ['连接埠']),
    'zh-TW': t('連接埠', 'KR-TW §3.2; 樂詞網', ['端口']),
  },
  {
    en: 'link (between nodes)',
    'zh-CN': t('链路', '谢 §3.1.1; KR §6.1', ['链结']),
    'zh-TW': t('鏈結', 'KR-TW §6.1 (鏈結層)', ['鏈路']),
  },
  {
    en: 'link (to a page)',
    'zh-CN': t('链接', '谢 §6.4.1 (超链接)', ['连结']),
    'zh-TW': t('連結', 'TW-SW', ['鏈接']),
  },
  {
    en: 'network',
    'zh-CN': t('网络', '谢 ch. 1; KR ch. 1', ['网路']),
    'zh-TW': t('網路', 'KR-TW ch. 1; 樂詞網', ['網絡']),
  },
  {
    en: 'session',
    'zh-CN': t('会话', '谢 §1.7 & KR §1.5.1 (会话层)', []),
    'zh-TW': t('工作階段', 'TW-SW', ['會話']),
  },
  {
    en: 'peer, the other end',
    'zh-CN': t('对方', '谢 ch. 5 (“通知对方”)', ['对端']),
    'zh-TW': t('另一端', 'TW', ['對端', '對方']),
  },
  {
    en: 'client',
    'zh-CN': t('客户端', '谢 §1.3.1 (客户–服务器方式)', ['用户端']),
    'zh-TW': t('用戶端', 'KR-TW §2.1; 樂詞網', ['客戶端']),
  },
  {
    en: 'server',
    'zh-CN': t('服务器', '谢 §1.3.1; KR §2.1', ['伺服器']),
    'zh-TW': t('伺服器', 'KR-TW §2.1; 樂詞網', ['服務器']),
  },
  {
    en: 'user agent',
    'zh-CN': t('用户代理', '谢 §6.5.1; KR §2.3', ['使用者代理']),
    'zh-TW': t('使用者代理', 'KR-TW §2.3', ['用戶代理']),
  },
  {
    en: 'send',
    'zh-CN': t('发送', '谢 ch. 5; KR ch. 3', []),
    'zh-TW': t('傳送', 'KR-TW ch. 3', ['發送']),
  },
  {
    en: 'receive',
    'zh-CN': t('接收、收到', '谢 ch. 5; KR ch. 3', []),
    'zh-TW': t('接收、收到', 'KR-TW ch. 3', []),
  },
  {
    en: 'state',
    'zh-CN': t('状态', '谢 §5.9.3 (有限状态机)', []),
    'zh-TW': t('狀態', 'KR-TW §3.5.6', []),
  },
  {
    en: 'window',
    'zh-CN': t('窗口', '谢 §5.6.1 (滑动窗口); KR §3.5.5', ['视窗']),
    'zh-TW': t('視窗', 'KR-TW §3.5.5; 樂詞網 (滑動視窗)', ['窗口']),
  },
  {
    en: 'flag',
    'zh-CN': t('标志', 'KR §3.5.2 (标志字段); 谢 §5.5 calls them 控制位', ['旗标']),
    'zh-TW': t('旗標', 'KR-TW §3.5.2', ['標誌', '標志']),
  },
  {
    en: 'reset (RST)',
    'zh-CN': t('复位', '谢 §5.5', []),
    'zh-TW': t('重置', 'TW', ['復位']),
  },
  {
    en: 'maximum segment lifetime (MSL)',
    'zh-CN': t('最长报文段寿命', '谢 §5.9.2', []),
    'zh-TW': t('最大區段存活時間', 'TW', []),
  },
  {
    en: 'passive / active open',
    'zh-CN': t('被动打开 / 主动打开', '谢 §5.9.1', []),
    'zh-TW': t('被動開啟 / 主動開啟', 'TW', []),
  },
  {
    en: 'half-close',
    'zh-CN': t('半关闭', '谢 §5.9.2', []),
    'zh-TW': t('半關閉', 'TW', []),
  },
  {
    en: 'out of order',
    'zh-CN': t('失序', 'KR §3.5.4', ['乱序']),
    'zh-TW': t('次序錯亂', 'TW', ['亂序']),
  },
  {
    en: 'duplicate ACK',
    'zh-CN': t('重复确认', '谢 §5.8.2', []),
    'zh-TW': t('重複確認', 'TW', []),
  },
  {
    en: 'congestion window (cwnd)',
    'zh-CN': t('拥塞窗口', '谢 §5.8.2; KR §3.7.1', []),
    'zh-TW': t('壅塞視窗', 'TW', ['擁塞']),
  },
  {
    en: 'slow start',
    'zh-CN': t('慢启动', 'KR §3.7.1 (谢 §5.8.2 says 慢开始)', ['慢开始']),
    'zh-TW': t('慢啟動', 'TW', ['慢開始']),
  },
  {
    en: 'congestion avoidance',
    'zh-CN': t('拥塞避免', '谢 §5.8.2; KR §3.7.1', []),
    'zh-TW': t('壅塞避免', 'TW', ['擁塞']),
  },
  {
    en: 'slow start threshold (ssthresh)',
    'zh-CN': t('慢启动阈值', 'KR §3.7.1 (谢 §5.8.2 says 慢开始门限)', ['慢开始门限']),
    'zh-TW': t('慢啟動門檻', 'TW', ['慢開始門限']),
  },
  {
    en: 'fast retransmit',
    'zh-CN': t('快速重传', 'KR §3.5.4 (谢 §5.8.2 says 快重传)', ['快重传']),
    'zh-TW': t('快速重傳', 'TW', ['快重傳']),
  },
  {
    en: 'fast recovery',
    'zh-CN': t('快速恢复', 'KR §3.7.1 (谢 §5.8.2 says 快恢复)', ['快恢复']),
    'zh-TW': t('快速恢復', 'TW', ['快恢復']),
  },
  {
    en: 'byte, octet',
    'zh-CN': t('字节', '谢 §5.5; KR §3.5.2', ['位元组']),
    'zh-TW': t('位元組', 'KR-TW §3.5.2; 樂詞網', ['字節']),
  },
  {
    en: 'data',
    'zh-CN': t('数据', '谢 ch. 5; KR ch. 3', ['资料']),
    'zh-TW': t('資料', 'KR-TW ch. 3; 樂詞網', ['數據']),
  },
  {
    en: 'delay',
    'zh-CN': t('时延', '谢 §1.6.1; KR §1.4', []),
    'zh-TW': t('延遲', 'KR-TW §1.4', ['時延']),
  },
  {
    en: 'latency',
    'zh-CN': t('时延', '谢 §1.6.1 (“时延 (delay 或 latency)”)', []),
    'zh-TW': t('延遲', 'KR-TW §1.4', ['時延']),
  },
  {
    en: 'bandwidth',
    'zh-CN': t('带宽', '谢 §1.6.1; KR §1.4', ['频宽']),
    'zh-TW': t('頻寬', 'KR-TW §1.4; 樂詞網', ['帶寬']),
  },
  {
    en: 'loss',
    'zh-CN': t('丢失、丢包', 'KR §1.4 (丢包)', []),
    'zh-TW': t('遺失', 'KR-TW §1.4 (封包遺失)', ['丟包', '丟失']),
  },
  {
    en: 'capture (what Wireshark or tcpdump records; the file it saves)',
    'zh-CN': t('捕获、捕获文件', 'CN-SW (Wireshark: 捕获)', ['抓包']),
    'zh-TW': t('擷取、擷取檔', 'TW-SW (Wireshark: 擷取)', ['抓包', '捕獲']),
  },
  {
    en: 'block (of a pcapng file)',
    'zh-CN': t('数据块', 'CN-SW', []),
    'zh-TW': t('區塊', 'TW-SW', ['資料塊']),
  },
  {
    en: 'list',
    'zh-CN': t('列表', 'CN-SW', []),
    'zh-TW': t('清單', 'TW-SW', ['列表']),
  },
  {
    en: 'URL',
    'zh-CN': t('URL', '谢 §6.4.2 (统一资源定位符 URL)', []),
    'zh-TW': t('網址', 'TW-SW', ['地址']),
  },
  {
    en: 'step',
    'zh-CN': t('步、步骤', 'CN-SW', []),
    'zh-TW': t('步、步驟', 'TW-SW', []),
  },
  {
    en: 'scenario',
    'zh-CN': t('场景', 'CN-SW', []),
    'zh-TW': t('情境', 'TW-SW', ['場景']),
  },
  {
    en: 'profile (textbook or linux behaviour)',
    'zh-CN': t('行为模式', 'house choice: no textbook term', ['配置文件']),
    'zh-TW': t('行為模式', 'house choice: no textbook term', ['設定檔', '配置']),
  },
  {
    en: 'CR LF',
    'zh-CN': t('CR LF（回车、换行）', 'KR §2.2.3', []),
    'zh-TW': t('CR LF（歸位、換行）', 'TW-SW', []),
  },
  {
    en: 'default',
    'zh-CN': t('默认', 'CN-SW', ['预设']),
    'zh-TW': t('預設', 'TW-SW; 樂詞網', ['默認']),
  },
  {
    en: 'information',
    'zh-CN': t('信息', 'CN-SW', ['资讯']),
    'zh-TW': t('資訊', 'TW-SW; 樂詞網', ['信息']),
  },
  {
    en: 'redirect',
    'zh-CN': t('重定向', 'CN-SW', ['重新导向']),
    'zh-TW': t('重新導向', 'TW-SW', ['重定向']),
  },
  {
    en: 'cache',
    'zh-CN': t('缓存', '谢 §6.4.3', ['快取']),
    'zh-TW': t('快取', 'TW-SW; 樂詞網', ['緩存']),
  },
  {
    en: 'queue, buffer',
    'zh-CN': t('队列、缓存', '谢 §5.6.1', ['伫列']),
    'zh-TW': t('佇列、緩衝區', 'TW-SW; 樂詞網', ['隊列']),
  },
  {
    en: 'application, program, software',
    'zh-CN': t('应用程序、程序、软件', 'CN-SW', ['程式', '软体']),
    'zh-TW': t('應用程式、程式、軟體', 'TW-SW', ['程序', '軟件']),
  },
  {
    en: 'code (embed code)',
    'zh-CN': t('代码', 'CN-SW', ['程式码']),
    'zh-TW': t('程式碼', 'TW-SW', ['代碼']),
  },
  {
    en: 'hexadecimal, binary',
    'zh-CN': t('十六进制、二进制', 'CN-SW', ['进位']),
    'zh-TW': t('十六進位、二進位', 'TW-SW; 樂詞網', ['進制']),
  },
  {
    en: 'keyboard shortcut',
    'zh-CN': t('快捷键', 'CN-SW', ['快速键']),
    'zh-TW': t('快速鍵', 'TW-SW', ['快捷鍵']),
  },
  {
    en: 'text field',
    'zh-CN': t('文本框', 'CN-SW', ['栏位']),
    'zh-TW': t('文字欄位', 'TW-SW', ['文本']),
  },
  {
    en: 'view (hex view)',
    'zh-CN': t('视图', 'CN-SW', ['检视']),
    'zh-TW': t('檢視', 'TW-SW', ['視圖']),
  },
  {
    en: 'load, settings',
    'zh-CN': t('加载、设置', 'CN-SW', ['载入']),
    'zh-TW': t('載入、設定', 'TW-SW', ['加載', '設置']),
  },
];

/**
 * Right words that contain an avoided one: the test removes them before it looks.
 * 連接埠 (port) is Taiwan's word although 連接 alone is not.
 */
export const ALLOWED: Readonly<Record<ChineseRegion, readonly string[]>> = {
  'zh-CN': [],
  'zh-TW': ['連接埠'],
};

/**
 * Characters of the other script: each is written differently in the other region, and a
 * catalogue holding one has been converted, not written. (Not exhaustive: enough to catch a
 * Traditional catalogue copied from the Simplified one, or the other way round.)
 */
const PAIRS = [
  '這这',
  '為为',
  '個个',
  '們们',
  '連连',
  '線线',
  '網网',
  '絡络',
  '資资',
  '訊讯',
  '與与',
  '來来',
  '會会',
  '過过',
  '時时',
  '開开',
  '關关',
  '頁页',
  '體体',
  '點点',
  '應应',
  '傳传',
  '區区',
  '號号',
  '碼码',
  '認认',
  '確确',
  '報报',
  '務务',
  '戶户',
  '發发',
  '頭头',
  '態态',
  '協协',
  '請请',
  '響响',
  '據据',
  '節节',
  '續续',
  '計计',
  '錯错',
  '誤误',
  '處处',
  '斷断',
  '複复',
  '選选',
  '對对',
  '視视',
  '實实',
  '單单',
  '變变',
  '讀读',
  '寫写',
  '給给',
  '從从',
  '還还',
  '鍵键',
  '數数',
  '組组',
  '換换',
  '說说',
  '顯显',
  '現现',
  '間间',
  '長长',
  '問问',
  '達达',
  '舊旧',
  '進进',
  '動动',
  '標标',
  '設设',
  '緩缓',
  '圖图',
  '鏈链',
  '結结',
  '階阶',
  '雙双',
  '讓让',
  '帶带',
  '寬宽',
  '遲迟',
  '狀状',
  '塊块',
  '記记',
  '壓压',
  '縮缩',
  '檢检',
  '載载',
  '軟软',
  '鐘钟',
  '暫暂',
  '覽览',
  '擊击',
  '無无',
  '幫帮',
  '術术',
  '語语',
  '則则',
  '產产',
  '隨随',
  '種种',
  '樣样',
  '條条',
  '總总',
  '離离',
  '頻频',
  '觀观',
  '導导',
  '驗验',
  '證证',
  '絕绝',
  '將将',
  '沒没',
  '經经',
  '樂乐',
  '詞词',
  '試试',
  '題题',
  '聽听',
  '錄录',
  '屬属',
  '參参',
  '價价',
  '紀纪',
  '識识',
  '構构',
  '義义',
  '嗎吗',
  '歷历',
  '於于',
] as const;

export const OTHER_SCRIPT: Readonly<Record<ChineseRegion, string>> = {
  // A Simplified catalogue holds no Traditional-only character…
  'zh-CN': PAIRS.map((p) => p[0]).join(''),
  // …and a Traditional one no Simplified-only character (于 is left out: it is Traditional too).
  'zh-TW': PAIRS.map((p) => p[1])
    .filter((c) => c !== '于')
    .join(''),
};

/** The catalogue key whose value is the step prefix (“第 3 步：”). */
export const STEP_PREFIX_KEY = 'explain.stepTitle';

/** How a Chinese step prefix ends: full-width punctuation, as the sentence after it expects. */
export const FULL_WIDTH_PREFIX_END = /[：，。]$/u;
