import { describe, expect, it } from 'vitest';
import { backoffDelay, serverWait } from './retry.js';

describe('serverWait', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(serverWait({ 'retry-after': '7' }, now)).toBe(7_000);
    expect(serverWait({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, now)).toBe(30_000);
    expect(serverWait({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }, now)).toBe(0);
  });
  it('reads x-ratelimit-reset when the quota is spent', () => {
    expect(serverWait({ 'x-ratelimit-reset': String(now / 1000 + 60), 'x-ratelimit-remaining': '0' }, now)).toBe(
      60_000,
    );
    expect(serverWait({ 'x-ratelimit-reset': String(now / 1000 + 60), 'x-ratelimit-remaining': '12' }, now)).toBeNull();
    expect(serverWait({}, now)).toBeNull();
  });
  it('reads headers as undici gives them, a repeated field by its first value', () => {
    expect(serverWait({ 'retry-after': ['7', '30'] }, now)).toBe(7_000);
    expect(serverWait({ 'x-ratelimit-reset': [String(now / 1000 + 60)], 'x-ratelimit-remaining': ['0'] }, now)).toBe(
      60_000,
    );
  });
  it('takes no reset without a spent quota, and no garbled Retry-After as a date long past', () => {
    expect(serverWait({ 'x-ratelimit-reset': String(now / 1000 + 60) }, now)).toBeNull();
    expect(serverWait({ 'retry-after': '1.5' }, now)).toBeNull();
    expect(serverWait({ 'retry-after': '-5' }, now)).toBeNull();
  });
});

describe('backoffDelay', () => {
  const options = { attempts: 5, baseDelay: 100, maxDelay: 1_000, maxWait: 0 };
  it('doubles, jitters within the upper half, and is capped', () => {
    expect(backoffDelay(0, options, 0)).toBe(50);
    expect(backoffDelay(0, options, 0.999)).toBeCloseTo(100, 0);
    expect(backoffDelay(2, options, 0)).toBe(200);
    expect(backoffDelay(8, options, 0.5)).toBe(750);
  });
});
