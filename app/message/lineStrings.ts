/**
 * What each line of an HTTP message means: the notes under a header line, the start line, the
 * blank line and the body, in the message view and in the explanation of the step that writes a
 * header line. Fetched with the parser that reads the messages back (messageFacts.ts): the first
 * page shows no message, and a step about one waits for the parser anyway.
 */
import { defineStrings } from '../strings/feature';

export const lineStrings = defineStrings({
  en: {
    'block.request-line':
      'Request line: the method, the path of the resource, and the HTTP version.',
    'block.request-line.asterisk':
      'Request line: the method, the target * (the server as a whole, not one of its resources, RFC 9112 §3.2.4), and the HTTP version.',
    'block.request-line.absolute':
      'Request line: the method, the whole URL of the resource (the absolute form, which a client sends to a proxy, RFC 9112 §3.2.2), and the HTTP version.',
    'block.status-line':
      'Status line: the HTTP version, the status code, and a reason phrase for people.',
    'block.blank-line-note': 'An empty line, just CR LF: the header section ends here.',
    'block.body-note': 'The body: the data itself, as long as Content-Length says.',
    'block.body-note.chunked':
      'The body: the data itself, in chunks, each after its size; a chunk of size 0 ends it.',
    'block.body-note.until-close':
      'The body: the data itself. No length is given: it ends when the server closes the connection.',
    'block.body-note.plain': 'The body: the data itself.',
    'field.host': 'Host: which site on the server is meant; required in HTTP/1.1.',
    'field.accept-language': 'Accept-Language: the languages the reader prefers.',
    'field.accept': 'Accept: the media types the client can handle.',
    'field.user-agent': 'User-Agent: the program that sends the request.',
    'field.content-length': 'Content-Length: how many bytes of body follow the blank line.',
    'field.content-length.no-body':
      'Content-Length: how long the body of a full answer would be (RFC 9110 §8.6); a response to HEAD or a 304 carries no body, so none follows the blank line.',
    'field.content-type': 'Content-Type: the media type of the body, e.g. text/html.',
    'field.connection':
      'Connection: “close” means the connection ends once this exchange, the request and its response, is complete (RFC 9112 §9.6); without it an HTTP/1.1 connection stays open for more requests. “keep-alive” asks an HTTP/1.0 peer to keep it open.',
    'field.connection.keep-alive-reply':
      'Connection: “keep-alive” in a response tells an HTTP/1.0 client that the server agrees to keep the connection open after this response (RFC 9112 Appendix C.2.2); without it an HTTP/1.0 connection ends after each response.',
    'field.keep-alive': 'Keep-Alive: how long and for how many requests an idle connection stays.',
    'field.date': 'Date: when the message was made.',
    'field.server': 'Server: the software that answered.',
    'field.location':
      'Location: where the client is sent next: the resource’s new address (301, 308), a temporary one (302, 307), or another resource that answers the request (303).',
    'field.location.created':
      'Location: the address of the resource this request created (201, RFC 9110 §10.2.2).',
    'field.allow': 'Allow: the methods this resource accepts.',
    'field.allow.server':
      'Allow: the methods the server supports: OPTIONS * asks about the server as a whole, not about one resource (RFC 9110 §9.3.7).',
    'field.cache-control': 'Cache-Control: whether and for how long the answer may be cached.',
    'field.etag': 'ETag: a version tag of the resource, to check later whether it changed.',
    'field.transfer-encoding':
      'Transfer-Encoding: the codings applied to the body for the trip. With chunked (always the last), the body comes in chunks, each with its size.',
    'field.last-modified':
      'Last-Modified: when the server believes the resource last changed; a cache can later ask whether it changed since (If-Modified-Since).',
    'field.if-none-match':
      'If-None-Match: the entity tags (ETag) of copies the client has cached. If one still matches the resource, a GET or HEAD is answered with 304 Not Modified and no body (RFC 9110 §13.1.2).',
    'field.if-modified-since':
      'If-Modified-Since: the date of the copy the client has cached (its Last-Modified). If the resource has not changed since, a GET or HEAD is answered with 304 Not Modified and no body (RFC 9110 §13.1.3).',
    'field.accept-ranges':
      'Accept-Ranges: “bytes” means the server accepts requests for part of the resource, a byte range, e.g. to resume a download.',
    'field.accept-encoding':
      'Accept-Encoding: the content codings the client can undo, e.g. gzip, so that the server may compress the body.',
    'field.referer':
      'Referer: the page that led to this request, e.g. the one whose link was followed.',
    'field.generic': '{name}: a header field, a name and a value ended by CR LF.',
    'field.content-language':
      'Content-Language: the language of the readers the content is meant for, usually the one it is written in (RFC 9110 §8.5).',
    'field.content-language.asked':
      'Content-Language: the language of the readers the content is meant for, usually the one it is written in (RFC 9110 §8.5). Here {language}, which the request asked for with Accept-Language: {accept}.',
    'field.content-type.form':
      'Content-Type: application/x-www-form-urlencoded is how an HTML form is sent: name=value pairs joined by &, with spaces and other special characters written as %XX; a browser writes a space as + (%20 also decodes to a space).',
  },
  'zh-CN': {
    'block.request-line': '请求行：请求方法、资源路径和 HTTP 版本。',
    'block.request-line.asterisk':
      '请求行：请求方法、目标 *（指整个服务器，而不是服务器上的某个资源，RFC 9112 §3.2.4）和 HTTP 版本。',
    'block.request-line.absolute':
      '请求行：请求方法、资源的完整 URL（绝对形式，客户端向代理发送请求时使用，RFC 9112 §3.2.2）和 HTTP 版本。',
    'block.status-line': '状态行：HTTP 版本、状态码，以及写给人看的原因短语。',
    'block.blank-line-note': '空行只有 CR LF（回车、换行）两个字节：首部到此结束。',
    'block.body-note': '报文主体：数据本身，长度由 Content-Length 给出。',
    'block.body-note.chunked':
      '报文主体：数据本身，分块传送，每块前面标明大小；大小为 0 的块表示结束。',
    'block.body-note.until-close': '报文主体：数据本身。没有给出长度：到服务器关闭连接时结束。',
    'block.body-note.plain': '报文主体：数据本身。',
    'field.host': 'Host：要访问服务器上的哪个网站；HTTP/1.1 规定必须有。',
    'field.accept-language': 'Accept-Language：读者偏好的语言。',
    'field.accept': 'Accept：客户端能够处理的媒体类型。',
    'field.user-agent': 'User-Agent：发出请求的程序，即用户代理。',
    'field.content-length': 'Content-Length：空行之后的报文主体有多少字节。',
    'field.content-length.no-body':
      'Content-Length：完整响应的报文主体应有的长度（RFC 9110 §8.6）；对 HEAD 的响应和 304 响应不带报文主体，所以空行之后什么也没有。',
    'field.content-type': 'Content-Type：报文主体的媒体类型，例如 text/html。',
    'field.connection':
      'Connection：“close”表示这次交换（请求及其响应）完成后连接就结束（RFC 9112 §9.6）；不带这个字段时，HTTP/1.1 连接保持打开，可以继续发送请求。“keep-alive”则请 HTTP/1.0 的对方保持连接。',
    'field.connection.keep-alive-reply':
      'Connection：响应里的“keep-alive”告诉 HTTP/1.0 客户端：服务器同意在这个响应之后保持连接（RFC 9112 附录 C.2.2）；不带这个选项时，HTTP/1.0 连接在每个响应之后就结束。',
    'field.keep-alive': 'Keep-Alive：空闲的连接保持多久、最多再处理几个请求。',
    'field.date': 'Date：报文生成的时间。',
    'field.server': 'Server：作出响应的服务器软件。',
    'field.location':
      'Location：客户端接下来要去的地址：资源的新地址（301、308）、临时地址（302、307），或者另一个回答这个请求的资源（303）。',
    'field.location.created': 'Location：这个请求新建的资源的地址（201，RFC 9110 §10.2.2）。',
    'field.allow': 'Allow：这个资源接受的请求方法。',
    'field.allow.server':
      'Allow：服务器支持的请求方法：OPTIONS * 问的是整个服务器，而不是某一个资源（RFC 9110 §9.3.7）。',
    'field.cache-control': 'Cache-Control：响应能不能缓存、可以缓存多久。',
    'field.etag': 'ETag：资源的版本标签，以后可以用来检查资源有没有变化。',
    'field.transfer-encoding':
      'Transfer-Encoding：报文主体在传送途中采用的传输编码。有 chunked（必须放在最后）时，报文主体分块传送，每块前面标明大小。',
    'field.last-modified':
      'Last-Modified：服务器认为资源最后一次修改的时间；缓存以后可以用 If-Modified-Since 询问资源在那之后有没有变化。',
    'field.if-none-match':
      'If-None-Match：客户端缓存的副本的实体标签（ETag）。如果其中一个仍与资源相符，GET 或 HEAD 就得到不带报文主体的 304 Not Modified（RFC 9110 §13.1.2）。',
    'field.if-modified-since':
      'If-Modified-Since：客户端缓存的副本的日期（即副本的 Last-Modified）。如果资源此后没有变化，GET 或 HEAD 就得到不带报文主体的 304 Not Modified（RFC 9110 §13.1.3）。',
    'field.accept-ranges':
      'Accept-Ranges：bytes 表示服务器接受只请求资源的一部分（一个字节范围），例如用来续传下载。',
    'field.accept-encoding':
      'Accept-Encoding：客户端能解开的内容编码，例如 gzip，服务器可以据此压缩报文主体。',
    'field.referer': 'Referer：引出这个请求的页面，例如所点链接所在的页面。',
    'field.generic': '{name}：一个首部字段，由字段名和字段值组成，以 CR LF 结尾。',
    'field.content-language':
      'Content-Language：内容所面向的读者使用的语言，通常就是内容所用的语言（RFC 9110 §8.5）。',
    'field.content-language.asked':
      'Content-Language：内容所面向的读者使用的语言，通常就是内容所用的语言（RFC 9110 §8.5）。这里是 {language}，正是请求用 Accept-Language: {accept} 所要的。',
    'field.content-type.form':
      'Content-Type：application/x-www-form-urlencoded 是 HTML 表单的编码方式：一个个“名=值”用 & 连起来，空格等特殊字符写成 %XX；浏览器把空格写成 +（%20 也会被解码成空格）。',
  },
  'zh-TW': {
    'block.request-line': '請求行：請求方法、資源路徑與 HTTP 版本。',
    'block.request-line.asterisk':
      '請求行：請求方法、目標 *（指整個伺服器，而不是伺服器上的某個資源，RFC 9112 §3.2.4）和 HTTP 版本。',
    'block.request-line.absolute':
      '請求行：請求方法、資源的完整網址（絕對形式，用戶端向代理伺服器傳送請求時使用，RFC 9112 §3.2.2）和 HTTP 版本。',
    'block.status-line': '狀態行：HTTP 版本、狀態碼，以及寫給人看的原因片語。',
    'block.blank-line-note': '空行只有 CR LF（歸位、換行）兩個位元組：標頭到此結束。',
    'block.body-note': '訊息主體：資料本身，長度由 Content-Length 指出。',
    'block.body-note.chunked':
      '訊息主體：資料本身，分塊傳送，每塊前面標明大小；大小為 0 的塊表示結束。',
    'block.body-note.until-close': '訊息主體：資料本身。沒有指出長度：到伺服器關閉連線時結束。',
    'block.body-note.plain': '訊息主體：資料本身。',
    'field.host': 'Host：要存取伺服器上的哪個網站；HTTP/1.1 規定必須提供。',
    'field.accept-language': 'Accept-Language：讀者偏好的語言。',
    'field.accept': 'Accept：用戶端能處理的媒體類型。',
    'field.user-agent': 'User-Agent：送出請求的程式，也就是使用者代理。',
    'field.content-length': 'Content-Length：空行之後的訊息主體有多少位元組。',
    'field.content-length.no-body':
      'Content-Length：完整回應的訊息主體應有的長度（RFC 9110 §8.6）；對 HEAD 的回應和 304 回應不帶訊息主體，所以空行之後什麼也沒有。',
    'field.content-type': 'Content-Type：訊息主體的媒體類型，例如 text/html。',
    'field.connection':
      'Connection：「close」表示這次交換（請求及其回應）完成後連線就結束（RFC 9112 §9.6）；不帶這個欄位時，HTTP/1.1 連線保持開啟，可以繼續傳送請求。「keep-alive」則請 HTTP/1.0 的另一端保持連線。',
    'field.connection.keep-alive-reply':
      'Connection：回應裡的「keep-alive」告訴 HTTP/1.0 用戶端：伺服器同意在這個回應之後保持連線（RFC 9112 附錄 C.2.2）；不帶這個選項時，HTTP/1.0 連線在每個回應之後就結束。',
    'field.keep-alive': 'Keep-Alive：閒置的連線保留多久、最多還能處理幾個請求。',
    'field.date': 'Date：訊息產生的時間。',
    'field.server': 'Server：作出回應的伺服器軟體。',
    'field.location':
      'Location：用戶端接下來要前往的網址：資源的新網址（301、308）、暫時的網址（302、307），或另一個回答這個請求的資源（303）。',
    'field.location.created': 'Location：這個請求新建的資源的網址（201，RFC 9110 §10.2.2）。',
    'field.allow': 'Allow：這個資源接受的請求方法。',
    'field.allow.server':
      'Allow：伺服器支援的請求方法：OPTIONS * 問的是整個伺服器，而不是某一個資源（RFC 9110 §9.3.7）。',
    'field.cache-control': 'Cache-Control：回應能不能快取、可以快取多久。',
    'field.etag': 'ETag：資源的版本標籤，之後可用來檢查資源是否有變動。',
    'field.transfer-encoding':
      'Transfer-Encoding：訊息主體在傳送途中採用的傳輸編碼。有 chunked（必須放在最後）時，訊息主體分塊傳送，每塊前面標明大小。',
    'field.last-modified':
      'Last-Modified：伺服器認為資源最後一次修改的時間；快取之後可以用 If-Modified-Since 詢問資源在那之後是否有變動。',
    'field.if-none-match':
      'If-None-Match：用戶端快取的副本的實體標籤（ETag）。如果其中一個仍與資源相符，GET 或 HEAD 就得到不帶訊息主體的 304 Not Modified（RFC 9110 §13.1.2）。',
    'field.if-modified-since':
      'If-Modified-Since：用戶端快取的副本的日期（即副本的 Last-Modified）。如果資源此後沒有變化，GET 或 HEAD 就得到不帶訊息主體的 304 Not Modified（RFC 9110 §13.1.3）。',
    'field.accept-ranges':
      'Accept-Ranges：bytes 表示伺服器接受只請求資源的一部分（一個位元組範圍），例如用來續傳下載。',
    'field.accept-encoding':
      'Accept-Encoding：用戶端能解開的內容編碼，例如 gzip，伺服器可以據此壓縮訊息主體。',
    'field.referer': 'Referer：引出這個請求的頁面，例如所點連結所在的頁面。',
    'field.generic': '{name}：一個標頭欄位，由欄位名稱和欄位值組成，以 CR LF 結尾。',
    'field.content-language':
      'Content-Language：內容所針對的讀者使用的語言，通常就是內容所用的語言（RFC 9110 §8.5）。',
    'field.content-language.asked':
      'Content-Language：內容所針對的讀者使用的語言，通常就是內容所用的語言（RFC 9110 §8.5）。這裡是 {language}，正是請求用 Accept-Language: {accept} 所要的。',
    'field.content-type.form':
      'Content-Type：application/x-www-form-urlencoded 是 HTML 表單的編碼方式：一個個「名稱=值」用 & 串起來，空格等特殊字元寫成 %XX；瀏覽器把空格寫成 +（%20 也會被解碼成空格）。',
  },
});

export type LineWords = (typeof lineStrings)['en'];
