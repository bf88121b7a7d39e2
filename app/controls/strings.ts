/**
 * The words of the list of keys (KeysDialog.tsx), loaded with it: the first page never shows
 * them (app/strings/feature.ts).
 */
import { defineStrings } from '../strings/feature';

export const keysStrings = defineStrings({
  en: {
    'token.key.home': 'Home',
    'token.key.end': 'End',
    'token.key.pages': 'PgUp PgDn',
    'keys.title': 'Keyboard shortcuts',
    'keys.step': 'Previous / next step',
    'keys.play': 'Play or pause, unless the focus is on a button or a field',
    'keys.home': 'First step',
    'keys.end': 'Last step',
    'keys.help': 'Show this list',
    'keys.close': 'Close',
    'keys.spaceKey': 'Space',
    'keys.note':
      'On a button, a link, a checkbox or a list, Space is that control’s own: it presses the button. The other keys do nothing while a list or a text field has the focus.',
  },
  'zh-CN': {
    'token.key.home': 'Home',
    'token.key.end': 'End',
    'token.key.pages': 'PgUp PgDn',
    'keys.title': '键盘快捷键',
    'keys.step': '上一步／下一步',
    'keys.play': '播放或暂停（焦点不在按钮或输入框上时）',
    'keys.home': '第一步',
    'keys.end': '最后一步',
    'keys.help': '显示此列表',
    'keys.close': '关闭',
    'keys.spaceKey': '空格键',
    'keys.note':
      '焦点在按钮、链接、复选框或列表上时，空格键由该控件自己处理：在按钮上就是按下按钮。焦点在列表或文本框中时，其他按键不起作用。',
  },
  'zh-TW': {
    'token.key.home': 'Home',
    'token.key.end': 'End',
    'token.key.pages': 'PgUp PgDn',
    'keys.title': '鍵盤快速鍵',
    'keys.step': '上一步／下一步',
    'keys.play': '播放或暫停（焦點不在按鈕或欄位上時）',
    'keys.home': '第一步',
    'keys.end': '最後一步',
    'keys.help': '顯示這份清單',
    'keys.close': '關閉',
    'keys.spaceKey': '空白鍵',
    'keys.note':
      '焦點在按鈕、連結、核取方塊或清單上時，空白鍵由該控制項自己處理：在按鈕上就是按下按鈕。焦點在清單或文字欄位中時，其他按鍵不會有作用。',
  },
});
