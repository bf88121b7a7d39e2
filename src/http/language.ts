/**
 * Whether a response's Content-Language answers its request's Accept-Language: what a note may
 * say of the two fields together (app/message/notes.ts). Read from the field values alone.
 */

/** One language-range of Accept-Language with its weight. */
interface LanguageRange {
  range: string;
  q: number;
}

/**
 * RFC 9110 §12.5.4: Accept-Language = #( language-range [ weight ] ), with RFC 4647 §2.1's
 * language-range = ( 1*8ALPHA *( "-" 1*8alphanum ) ) / "*"; RFC 9110 §12.4.2:
 * weight = OWS ";" OWS "q=" qvalue, 1 when absent. A member that does not read is left out.
 */
function languageRanges(acceptLanguage: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const member of acceptLanguage.split(',')) {
    const m =
      /^\s*(\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)\s*(?:;\s*q=([01](?:\.\d{0,3})?))?\s*$/i.exec(
        member,
      );
    if (m?.[1])
      ranges.push({ range: m[1].toLowerCase(), q: m[2] === undefined ? 1 : Number(m[2]) });
  }
  return ranges;
}

/**
 * RFC 4647 §3.3.1 (basic filtering): a range matches a tag that equals it or begins with it
 * followed by "-", case-insensitively; "*" matches every tag.
 */
function matches(range: string, tag: string): boolean {
  return range === '*' || tag === range || tag.startsWith(`${range}-`);
}

/**
 * True when one of the languages Content-Language names (RFC 9110 §8.5:
 * Content-Language = #language-tag) is one the Accept-Language value asks for: the most specific
 * range that matches it has a weight above 0 (q=0 means "not acceptable", RFC 9110 §12.4.2).
 */
export function answersAcceptLanguage(acceptLanguage: string, contentLanguage: string): boolean {
  const ranges = languageRanges(acceptLanguage);
  return contentLanguage
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter((tag) => tag !== '')
    .some((tag) => {
      const best = ranges
        .filter(({ range }) => matches(range, tag))
        .sort((a, b) => specificity(b.range) - specificity(a.range))[0];
      return best !== undefined && best.q > 0;
    });
}

/** "*" is the least specific range; a longer range is more specific than its prefix. */
function specificity(range: string): number {
  return range === '*' ? 0 : range.length;
}
