import { afterEach, describe, expect, it } from 'vitest';
import { isRateLimited, quotaReset, rateLimitReset, rateLimitWait, type HeaderBag } from './rate-limit.js';

const now = Date.parse('2026-01-01T00:00:00Z');
const inSeconds = (seconds: number) => String(now / 1000 + seconds);
const spent = (reset: string): HeaderBag => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('rateLimitReset', () => {
  it.each<[string, HeaderBag, string | null]>([
    ['Retry-After in seconds', { 'retry-after': '7' }, '2026-01-01T00:00:07.000Z'],
    ['Retry-After of zero seconds', { 'retry-after': '0' }, '2026-01-01T00:00:00.000Z'],
    ['Retry-After with surrounding whitespace', { 'retry-after': ' 7 ' }, '2026-01-01T00:00:07.000Z'],
    [
      'Retry-After too long for a date, as the latest date',
      { 'retry-after': '99999999999999999999' },
      '+275760-09-13T00:00:00.000Z',
    ],
    [
      'Retry-After as an IMF-fixdate in the future',
      { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' },
      '2026-01-01T00:00:30.000Z',
    ],
    [
      'Retry-After as an IMF-fixdate in the past',
      { 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' },
      '2025-12-31T23:00:00.000Z',
    ],
    [
      'Retry-After as an RFC 850 date',
      { 'retry-after': 'Thursday, 01-Jan-26 00:00:30 GMT' },
      '2026-01-01T00:00:30.000Z',
    ],
    ['Retry-After as an asctime date', { 'retry-after': 'Thu Jan  1 00:00:30 2026' }, '2026-01-01T00:00:30.000Z'],
    ['a fraction of seconds', { 'retry-after': '1.5' }, null],
    ['negative seconds', { 'retry-after': '-5' }, null],
    ['seconds in exponent notation', { 'retry-after': '1e3' }, null],
    ['seconds in hex', { 'retry-after': '0x10' }, null],
    ['an empty Retry-After', { 'retry-after': '' }, null],
    ['a word', { 'retry-after': 'soon' }, null],
    ['a repeated Retry-After joined into one line', { 'retry-after': '3, 3' }, null],
    ['a date without its zone', { 'retry-after': 'Thu, 01 Jan 2026 00:00:30' }, null],
    ['an ISO date, which is not an HTTP-date', { 'retry-after': '2026-01-01T00:00:30Z' }, null],
    ['the reset when the quota is spent', spent(inSeconds(60)), '2026-01-01T00:01:00.000Z'],
    ['a reset in the past when the quota is spent', spent(inSeconds(-60)), '2025-12-31T23:59:00.000Z'],
    ['no reset while requests are left', { 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': inSeconds(60) }, null],
    ['no reset without the remaining count', { 'x-ratelimit-reset': inSeconds(60) }, null],
    ['no reset that is not epoch seconds', spent('soon'), null],
    ['no reset of zero', spent('0'), null],
    [
      'Retry-After before the reset when both are sent',
      { 'retry-after': '7', ...spent(inSeconds(60)) },
      '2026-01-01T00:00:07.000Z',
    ],
    [
      'the reset when Retry-After is unreadable',
      { 'retry-after': 'soon', ...spent(inSeconds(60)) },
      '2026-01-01T00:01:00.000Z',
    ],
    ['the first of a repeated Retry-After', { 'retry-after': ['7', '30'] }, '2026-01-01T00:00:07.000Z'],
    [
      'the first of repeated rate-limit fields',
      { 'x-ratelimit-remaining': ['0', '5'], 'x-ratelimit-reset': [inSeconds(60), inSeconds(90)] },
      '2026-01-01T00:01:00.000Z',
    ],
    ['nothing for an empty repeated field', { 'retry-after': [] }, null],
    ['nothing for no headers', {}, null],
  ])('%s', (_name, headers, expected) => {
    expect(iso(rateLimitReset(headers, now))).toBe(expected);
  });

  describe('in a time zone other than GMT', () => {
    const zone = process.env['TZ'];
    afterEach(() => {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    });
    it('still reads an asctime date, which has no zone, as GMT', () => {
      process.env['TZ'] = 'America/New_York';
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(0);
      expect(iso(rateLimitReset({ 'retry-after': 'Thu Jan  1 00:00:30 2026' }, now))).toBe('2026-01-01T00:00:30.000Z');
    });
  });
});

describe('rateLimitWait', () => {
  it.each<[string, HeaderBag, number | null]>([
    ['Retry-After seconds as they are', { 'retry-after': '7' }, 7_000],
    ['a Retry-After date as the time until it', { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, 30_000],
    ['a Retry-After date in the past as no wait', { 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }, 0],
    ['a reset with a second of slack', spent(inSeconds(60)), 61_000],
    ['a reset in the past as the slack alone', spent(inSeconds(-60)), 1_000],
    ['a reset with slack when Retry-After is unreadable', { 'retry-after': 'soon', ...spent(inSeconds(60)) }, 61_000],
    ['nothing when the answer does not say', { 'retry-after': 'soon' }, null],
  ])('%s', (_name, headers, expected) => {
    expect(rateLimitWait(headers, now)).toBe(expected);
  });
});

describe('quotaReset', () => {
  it('needs the quota spent, whatever Retry-After says', () => {
    expect(iso(quotaReset(spent(inSeconds(60))))).toBe('2026-01-01T00:01:00.000Z');
    expect(quotaReset({ 'retry-after': '7' })).toBeNull();
    expect(quotaReset({ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': inSeconds(60) })).toBeNull();
  });
});

describe('isRateLimited', () => {
  it.each<[number, HeaderBag, boolean]>([
    [429, {}, true],
    [403, { 'x-ratelimit-remaining': '0' }, true],
    [403, { 'x-ratelimit-remaining': ['0'] }, true],
    [403, { 'retry-after': '60' }, true],
    [403, { 'x-ratelimit-remaining': '4' }, false],
    [403, {}, false],
    [403, { 'retry-after': '' }, false],
    [503, { 'retry-after': '60' }, false],
    [200, { 'x-ratelimit-remaining': '0' }, false],
  ])('%i with %j: %s', (status, headers, expected) => {
    expect(isRateLimited(status, headers)).toBe(expected);
  });
});
