/** HTTP/1.1 (RFC 9112 syntax, RFC 9110 semantics): the public door of src/http. */
export { DEVIATION_CODES, type Deviation, type DeviationCode } from './deviations';
export { lineAt, locate, PARSE_ERROR_CODES, type ParseError, type ParseErrorCode } from './errors';
export type { BodyFraming } from './framing';
export { CR, LF } from './grammar';
export { answersAcceptLanguage } from './language';
export {
  type HttpHeader,
  type HttpMessage,
  type HttpRequest,
  type HttpResponse,
  type HttpVersion,
  headerListValues,
  headerValue,
  headerValues,
  sameFieldName,
} from './message';
export {
  createParser,
  type HttpParser,
  MAX_FIELD_LINES,
  MAX_LINE_LENGTH,
  type ParseFailure,
  type ParseOptions,
  type ParseResult,
  type ParseSuccess,
  parseMessage,
} from './parse';
export { connectionOptions, isPersistent } from './persistence';
export { framedHeaders, type MessageFraming, messageFraming } from './sendFraming';
export { type SerializedMessage, type SerializeOptions, serializeMessage } from './serialize';
export { decodeUtf8, encodeUtf8 } from './utf8';
