import type { Catalogue } from './en';

/** 简体中文。术语以 MDN 中文页面为准：客户端、服务器、连接、标头、请求、响应、握手。 */
export const zhCN: Catalogue = {
  'app.title': 'Roundtrip',
  'app.tagline': '一次典型的 HTTP 会话，逐个报文段展示',
  'header.scenario': '场景',
  'header.language': '语言',
  'region.diagram': '时序图',
  'region.states': 'TCP 状态',
  'region.message': '报文字节',
  'region.explanation': '发生了什么',
  'region.controls': '播放控制',
  'endpoint.client': '客户端',
  'endpoint.server': '服务器',
  'controls.previous': '上一步',
  'controls.next': '下一步',
  'controls.play': '播放',
  'controls.pause': '暂停',
  'controls.restart': '重新开始',
  'controls.stepCounter': '第 {step} 步，共 {total} 步',
  'explain.start': '还没有发送任何数据。按“下一步”开始。',
  'message.empty': '还没有 HTTP 报文。',
};
