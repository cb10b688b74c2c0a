import { GuideError } from '@devguide/markdown';
import { thrown } from '@devguide/testkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLock, serializeLock } from './lock.js';

const committed = readFileSync(new URL('../../../content/devguide.lock.json', import.meta.url), 'utf8');

function errorOf(text: string): GuideError {
  return thrown(() => parseLock(text, 'content/devguide.lock.json'), GuideError);
}

describe('the lock', () => {
  it('round-trips the committed lock byte for byte', () => {
    expect(serializeLock(parseLock(committed, 'lock'))).toBe(committed);
  });

  it('serialises deterministically whatever the input order', () => {
    const lock = parseLock(committed, 'lock');
    const shuffled = { ...lock, files: [...lock.files].reverse(), missing: ['b', 'a'] };
    expect(serializeLock(shuffled)).toBe(serializeLock({ ...lock, missing: ['a', 'b'] }));
  });

  it('points at a JSON syntax error', () => {
    const broken = committed.replace('"lockfileVersion": 1,', '"lockfileVersion": 1');
    const error = errorOf(broken);
    expect(error.message).toMatch(/^Unexpected JSON \(CommaExpected\)/);
    expect([error.line, error.column]).toEqual([3, 3]);
  });

  it('points at an unknown key', () => {
    const error = errorOf(committed.replace('"guide": {', '"guide": {\n    "extra": true,'));
    expect(error.message).toContain('`extra`');
    const line = committed.split('\n').findIndex((text) => text.includes('"guide": {')) + 2;
    expect(error.line).toBe(line);
  });

  it('points at a malformed sha', () => {
    const error = errorOf(committed.replace(/"commit": "[0-9a-f]{40}"/, '"commit": "main"'));
    expect(error.message).toMatch(/upstream\.commit/);
    const line = committed.split('\n').findIndex((text) => text.includes('"commit"')) + 1;
    expect(error.line).toBe(line);
  });

  it('refuses an empty file', () => {
    expect(errorOf('').message).toMatch(/^Unexpected JSON/);
  });
});
