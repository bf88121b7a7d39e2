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
  },
  'zh-CN': {
    pcapng: 'pcapng（用于 Wireshark）',
    svg: '时序图的 SVG 图片',
    png: '时序图的 PNG 图片',
    json: 'JSON（Roundtrip 时间线）',
    text: '文本形式的时序图',
    ipv6: '导出 pcapng 只能写 IPv4；这个会话使用 IPv6。',
    private: '文件在本机生成。导入的捕获文件可能含有 Cookie 等隐私数据。',
  },
  'zh-TW': {
    pcapng: 'pcapng（用於 Wireshark）',
    svg: '時序圖的 SVG 圖片',
    png: '時序圖的 PNG 圖片',
    json: 'JSON（Roundtrip 時間軸）',
    text: '文字形式的時序圖',
    ipv6: '匯出 pcapng 只能寫入 IPv4；這個工作階段使用 IPv6。',
    private: '檔案在本機產生。匯入的擷取檔可能含有 Cookie 等隱私資料。',
  },
});
