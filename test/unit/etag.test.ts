import { describe, expect, it } from 'vitest';
import { etagMatches } from '../../src/server/core/etag';

describe('etagMatches (If-None-Match, weak comparison)', () => {
  const etag = '"abc"';
  it('matches the same tag, a weak form of it, one of a list, and *', () => {
    expect(etagMatches('"abc"', etag)).toBe(true);
    expect(etagMatches('W/"abc"', etag)).toBe(true);
    expect(etagMatches('"x", W/"abc" ,"y"', etag)).toBe(true);
    expect(etagMatches('*', etag)).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
  });
  it('does not match another tag, a tag without quotes, or no header', () => {
    expect(etagMatches('"abd"', etag)).toBe(false);
    expect(etagMatches('abc', etag)).toBe(false);
    expect(etagMatches('"abc', etag)).toBe(false);
    expect(etagMatches('', etag)).toBe(false);
    expect(etagMatches(undefined, etag)).toBe(false);
  });
});
