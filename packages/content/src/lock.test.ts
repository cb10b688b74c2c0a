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

describe('lock paths', () => {
  const bad: Array<[string, RegExp]> = [
    ['../../etc/passwd', /has a `\.\.` segment/],
    ['contributors/../../x.md', /has a `\.\.` segment/],
    ['/etc/passwd', /has an absolute path/],
    ['C:/x.md', /has an absolute path/],
    ['contributors\\\\x.md', /has a backslash/],
    ['a\\u0000b.md', /has a NUL byte/],
    ['a//b.md', /has an empty or `\.` segment/],
  ];
  it.each(bad)('refuses `%s` in files, missing and upstream.readme at its line and column', (path, reason) => {
    const line = (text: string, needle: string) => text.split('\n').findIndex((row) => row.includes(needle)) + 1;
    const first = committed.match(/"path": "([^"]+)"/)![1]!;
    const inFiles = committed.replace(`"path": "${first}"`, `"path": "${path}"`);
    const error = errorOf(inFiles);
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/^Unexpected value at `files\.0\.path`: .*expected a relative `\/`-separated repository path$/);
    expect(error.line).toBe(line(inFiles, `"path": "${path}"`));
    expect(error.format()).not.toContain('\n');
    const inMissing = committed.replace(/"missing": \[[^\]]*\]/, `"missing": ["${path}"]`);
    expect(errorOf(inMissing).message).toMatch(/at `missing\.0`/);
    const readme = committed.replace(/"readme": "[^"]+"/, `"readme": "${path}"`);
    expect(errorOf(readme).message).toMatch(/at `upstream\.readme`/);
  });
});
