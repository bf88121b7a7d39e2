/**
 * The words of "Copy embed code"'s dialog (EmbedDialog.tsx), loaded with it: the first page never
 * shows them (app/strings/feature.ts).
 */
import { defineStrings } from '../strings/feature';

export const embedStrings = defineStrings({
  en: {
    'embed.copied': 'Embed code copied.',
    'embed.copyManual': 'Copy this code into your course page:',
    'embed.close': 'Close',
    'embed.dialogTitle': 'Embed this view in a course page',
    'embed.size': 'Size',
    'embed.size.small': 'Small, 480 px wide',
    'embed.size.medium': 'Medium, 800 px wide',
    'embed.size.large': 'Large, 1024 px wide',
    'embed.size.full': 'As wide as the page',
    'embed.panels': 'What it shows',
    'embed.panels.diagram': 'The diagram only',
    'embed.panels.explanation': 'The diagram and the explanation',
    'embed.panels.all': 'Everything: diagram, explanation, message bytes and TCP states',
    'embed.origin': 'Course site address (optional)',
    'embed.origin.hint':
      'If you give it, only a page at this address can drive the embed and hear its steps. Example: https://moodle.example.edu',
    'embed.origin.bad':
      'Not an address of a site. Write only the start of it, such as https://moodle.example.edu, with no path.',
    'embed.imported':
      'An opened capture is in no address, so this code shows the default scenario. To share the capture, export it as JSON.',
    'embed.lastGood':
      'The workshop’s scenario has an error: this code shows the last version that worked, which the diagram shows, not the one being edited.',
    'embed.copy': 'Copy the code',
    'embed.copyFailed':
      'This browser did not allow copying. The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
    'embed.platforms': 'Notes for Moodle and Canvas',
    'embed.fallback':
      'The code has two parts: the frame, and a short script that gives the frame the height of what it shows. Where a platform removes the script, the frame keeps a fixed height, chosen to fit the size you picked.',
    'embed.moodle':
      'Moodle: paste the code in the editor’s HTML view of a Page or a Label. Moodle keeps both parts there. Where it cleans HTML (forum posts, or sites that do not trust teachers’ HTML), it removes the frame and the script: link to Roundtrip instead, or upload the one-file version (roundtrip.html) as a File.',
    'embed.canvas':
      'Canvas: paste the code in the HTML editor. Canvas keeps the frame with its address, width, height, title and style, and removes the script: the frame keeps its fixed height.',
  },
  'zh-CN': {
    'embed.copied': '嵌入代码已复制。',
    'embed.copyManual': '请把这段代码复制到课程页面中：',
    'embed.close': '关闭',
    'embed.dialogTitle': '把当前视图嵌入课程页面',
    'embed.size': '尺寸',
    'embed.size.small': '小，宽 480 像素',
    'embed.size.medium': '中，宽 800 像素',
    'embed.size.large': '大，宽 1024 像素',
    'embed.size.full': '与页面同宽',
    'embed.panels': '显示内容',
    'embed.panels.diagram': '只显示时序图',
    'embed.panels.explanation': '时序图和说明',
    'embed.panels.all': '全部：时序图、说明、报文字节和 TCP 状态',
    'embed.origin': '课程网站地址（可选）',
    'embed.origin.hint':
      '填写后，只有这个地址上的页面才能控制嵌入内容并接收其中的每一步。例如：https://moodle.example.edu',
    'embed.origin.bad':
      '这不是网站地址。只写开头部分，例如 https://moodle.example.edu，不要带路径。',
    'embed.imported':
      '打开的捕获文件不会写进任何 URL，所以这段代码显示的是默认场景。如需分享这个捕获，请导出为 JSON。',
    'embed.lastGood':
      '场景编辑器中的场景有错误：这段代码显示的是最后一个可用的版本（时序图显示的版本），而不是正在编辑的版本。',
    'embed.copy': '复制代码',
    'embed.copyFailed': '此浏览器不允许复制。代码已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    'embed.platforms': 'Moodle 和 Canvas 使用说明',
    'embed.fallback':
      '代码分两部分：框架，以及一小段让框架高度随内容变化的脚本。平台删掉脚本时，框架保持固定高度，这个高度按所选尺寸设定，正好容纳内容。',
    'embed.moodle':
      'Moodle：在“页面”或“标签”的编辑器 HTML 视图中粘贴代码，这两处会保留全部代码。在会清理 HTML 的地方（论坛帖子，或不信任教师 HTML 的站点），框架和脚本都会被删掉：请改为链接到 Roundtrip，或把单文件版（roundtrip.html）作为“文件”上传。',
    'embed.canvas':
      'Canvas：在 HTML 编辑器中粘贴代码。Canvas 会保留框架及其地址、宽度、高度、标题和样式，但会删掉脚本：框架保持固定高度。',
  },
  'zh-TW': {
    'embed.copied': '已複製嵌入程式碼。',
    'embed.copyManual': '請把這段程式碼複製到課程頁面中：',
    'embed.close': '關閉',
    'embed.dialogTitle': '把目前的畫面內嵌到課程頁面',
    'embed.size': '尺寸',
    'embed.size.small': '小，寬 480 像素',
    'embed.size.medium': '中，寬 800 像素',
    'embed.size.large': '大，寬 1024 像素',
    'embed.size.full': '與頁面同寬',
    'embed.panels': '顯示內容',
    'embed.panels.diagram': '只顯示時序圖',
    'embed.panels.explanation': '時序圖和說明',
    'embed.panels.all': '全部：時序圖、說明、訊息位元組和 TCP 狀態',
    'embed.origin': '課程網站網址（選填）',
    'embed.origin.hint':
      '填寫後，只有這個網址上的頁面才能控制內嵌內容並接收其中的每一步。例如：https://moodle.example.edu',
    'embed.origin.bad':
      '這不是網站網址。只寫開頭部分，例如 https://moodle.example.edu，不要加上路徑。',
    'embed.imported':
      '開啟的擷取檔不會寫進任何網址，所以這段程式碼顯示的是預設情境。如需分享這個擷取，請匯出為 JSON。',
    'embed.lastGood':
      '情境編輯器中的情境有錯誤：這段程式碼顯示的是最後一個可用的版本（時序圖顯示的版本），而不是正在編輯的版本。',
    'embed.copy': '複製程式碼',
    'embed.copyFailed': '這個瀏覽器不允許複製。程式碼已選取，請按 Ctrl+C（Mac 上按 ⌘C）複製。',
    'embed.platforms': 'Moodle 與 Canvas 使用說明',
    'embed.fallback':
      '程式碼分兩部分：框架，以及一小段讓框架高度隨內容變化的指令碼。平台刪掉指令碼時，框架維持固定高度，這個高度依所選尺寸設定，剛好容納內容。',
    'embed.moodle':
      'Moodle：在「頁面」或「標籤」編輯器的 HTML 檢視中貼上程式碼，這兩處會保留全部程式碼。在會清理 HTML 的地方（討論區貼文，或不信任教師 HTML 的網站），框架和指令碼都會被刪掉：請改為連結到 Roundtrip，或把單一檔案版（roundtrip.html）當作「檔案」上傳。',
    'embed.canvas':
      'Canvas：在 HTML 編輯器中貼上程式碼。Canvas 會保留框架及其網址、寬度、高度、標題和樣式，但會刪掉指令碼：框架維持固定高度。',
  },
});
