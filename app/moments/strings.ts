/** The moments menu's words and the names of the moments (app/timeline/moments.ts). */
import { defineStrings } from '../strings/feature';

export const momentStrings = defineStrings({
  en: {
    'menu.label': 'Key moments of this scenario',
    enters: '{who} enters {state}',
    'who.client': 'The client',
    'who.server': 'The server',
    'request-line': 'The request line',
    'request-line-read': 'The server reads the request line',
    'request-body': 'The request body',
    'status-line': 'The status line',
    'status-line-read': 'The client reads the status line',
    'response-body': 'The response body',
    'location-header': 'The Location header',
    redirect: 'The client follows the redirect',
    'segment-lost': 'A segment is lost',
    retransmission: 'The retransmission',
    'time-wait-ends': 'TIME-WAIT ends',
    nth: '{name} ({n})',
    'notice.nearest':
      'Step {step} of this link is not in this view; showing the nearest named moment instead: {moment}.',
    'notice.missing':
      'This scenario has no moment “{moment}”: the link may have been made for another one. Showing step {step} instead.',
  },
  'zh-CN': {
    'menu.label': '此场景的关键时刻',
    enters: '{who}进入 {state}',
    'who.client': '客户端',
    'who.server': '服务器',
    'request-line': '请求行',
    'request-line-read': '服务器读取请求行',
    'request-body': '请求的报文主体',
    'status-line': '状态行',
    'status-line-read': '客户端读取状态行',
    'response-body': '响应的报文主体',
    'location-header': 'Location 首部行',
    redirect: '客户端跟随重定向',
    'segment-lost': '一个报文段丢失',
    retransmission: '重传',
    'time-wait-ends': 'TIME-WAIT 结束',
    nth: '{name}（第 {n} 次）',
    'notice.nearest': '链接中的第 {step} 步不在当前视图中，改为显示最近的关键时刻：{moment}。',
    'notice.missing':
      '此场景没有“{moment}”这个关键时刻，这个链接可能是为另一个场景制作的。现在显示第 {step} 步。',
  },
  'zh-TW': {
    'menu.label': '此情境的關鍵時刻',
    enters: '{who}進入 {state}',
    'who.client': '用戶端',
    'who.server': '伺服器',
    'request-line': '請求行',
    'request-line-read': '伺服器讀取請求行',
    'request-body': '請求的訊息主體',
    'status-line': '狀態行',
    'status-line-read': '用戶端讀取狀態行',
    'response-body': '回應的訊息主體',
    'location-header': 'Location 標頭行',
    redirect: '用戶端跟隨重新導向',
    'segment-lost': '一個區段遺失',
    retransmission: '重傳',
    'time-wait-ends': 'TIME-WAIT 結束',
    nth: '{name}（第 {n} 次）',
    'notice.nearest': '連結中的第 {step} 步不在目前的檢視中，改為顯示最近的關鍵時刻：{moment}。',
    'notice.missing':
      '此情境沒有「{moment}」這個關鍵時刻，這個連結可能是為另一個情境製作的。現在顯示第 {step} 步。',
  },
});

export type MomentWords = (typeof momentStrings)['en'];
