import type { Catalogue } from './en';

/** 繁體中文。術語以 MDN 繁體中文頁面為準：用戶端、伺服器、連接、標頭、請求、回應、握手。 */
export const zhTW: Catalogue = {
  'app.title': 'Roundtrip',
  'app.tagline': '一次典型的 HTTP 會話，逐個區段呈現',
  'header.scenario': '情境',
  'header.language': '語言',
  'region.diagram': '時序圖',
  'region.states': 'TCP 狀態',
  'region.message': '訊息位元組',
  'region.explanation': '發生了什麼',
  'region.controls': '播放控制',
  'endpoint.client': '用戶端',
  'endpoint.server': '伺服器',
  'controls.previous': '上一步',
  'controls.next': '下一步',
  'controls.play': '播放',
  'controls.pause': '暫停',
  'controls.restart': '重新開始',
  'controls.stepCounter': '第 {step} 步，共 {total} 步',
  'explain.start': '尚未傳送任何資料。按「下一步」開始。',
  'message.empty': '尚無 HTTP 訊息。',
};
