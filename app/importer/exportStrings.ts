/** The Export menu's words (loaded with it). */
import { defineStrings } from '../strings/feature';

export const exportStrings = defineStrings({
  en: {
    pcapng: 'pcapng (for Wireshark)',
    svg: 'SVG image of the diagram',
    png: 'PNG image of the diagram',
    json: 'JSON (Roundtrip timeline)',
    text: 'Text diagram',
    ipv6: 'pcapng export writes IPv4 only; this session is IPv6.',
    private:
      'Files are made on this computer. An imported capture may hold cookies and other private data.',
    scrubLabel: 'Scrub before exporting',
    'scrub.cookies': 'Cookies (Cookie, Set-Cookie)',
    'scrub.authorization': 'Authorization headers',
    'scrub.bodies': 'Message bodies',
    scrubNote:
      'A scrubbed value is replaced by [scrubbed]*** of the same length, not removed, so every length and Content-Length stays true.',
    notInUrl:
      'This opened session is not in the page’s address: it can be large and private. Files are made on this computer; to share it, export it as JSON.',
  },
  'zh-CN': {
    pcapng: 'pcapng（用于 Wireshark）',
    svg: '时序图的 SVG 图片',
    png: '时序图的 PNG 图片',
    json: 'JSON（Roundtrip 时间线）',
    text: '文本形式的时序图',
    ipv6: '导出 pcapng 只能写 IPv4；这个会话使用 IPv6。',
    private: '文件在本机生成。导入的捕获文件可能含有 Cookie 等隐私数据。',
    scrubLabel: '导出前清除',
    'scrub.cookies': 'Cookie（Cookie、Set-Cookie 首部）',
    'scrub.authorization': 'Authorization 首部',
    'scrub.bodies': '报文主体',
    scrubNote:
      '清除的值会被替换为等长的 [scrubbed]***，而不是删掉，因此各处长度和 Content-Length 仍然正确。',
    notInUrl:
      '这个打开的会话不在页面地址中：会话可能很大，也可能含有隐私数据。文件在本机生成；要分享这个会话，请导出为 JSON。',
  },
  'zh-TW': {
    pcapng: 'pcapng（用於 Wireshark）',
    svg: '時序圖的 SVG 圖片',
    png: '時序圖的 PNG 圖片',
    json: 'JSON（Roundtrip 時間軸）',
    text: '文字形式的時序圖',
    ipv6: '匯出 pcapng 只能寫入 IPv4；這個工作階段使用 IPv6。',
    private: '檔案在本機產生。匯入的擷取檔可能含有 Cookie 等隱私資料。',
    scrubLabel: '匯出前清除',
    'scrub.cookies': 'Cookie（Cookie、Set-Cookie 標頭）',
    'scrub.authorization': 'Authorization 標頭',
    'scrub.bodies': '訊息主體',
    scrubNote:
      '清除的值會換成等長的 [scrubbed]***，而不是刪掉，所以各處長度與 Content-Length 仍然正確。',
    notInUrl:
      '這個開啟的工作階段不在頁面網址中：工作階段可能很大，也可能含有隱私資料。檔案在本機產生；要分享這個工作階段，請匯出為 JSON。',
  },
});
