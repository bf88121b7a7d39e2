import { describe, expect, it } from 'vitest';
import { answersAcceptLanguage } from './language';

describe('Content-Language against Accept-Language (RFC 9110 §12.5.4, RFC 4647 §3.3.1)', () => {
  it.each([
    ['fr', 'fr', true],
    ['FR', 'fr', true],
    ['fr', 'fr-CA', true],
    ['fr-CA', 'fr', false],
    ['fr', 'en', false],
    ['en;q=0.5, fr', 'fr', true],
    ['*', 'de', true],
    ['fr;q=0', 'fr', false],
    ['fr, fr-CA;q=0', 'fr-CA', false],
    ['*, en;q=0', 'en', false],
    ['de, en', 'fr, en', true],
    ['fr-not-a-valid-range-at-all', 'fr', false],
    ['', 'fr', false],
  ])('Accept-Language: %s answered by Content-Language: %s is %s', (accept, content, answered) => {
    expect(answersAcceptLanguage(accept, content)).toBe(answered);
  });
});
