import { GuideError } from '@devguide/markdown';
import { thrown } from '@devguide/testkit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, inspectText, readTextFile } from './text-file.js';

const dir = mkdtempSync(join(tmpdir(), 'devguide-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorOf(bytes: Uint8Array): GuideError {
  return thrown(() => decodeText(bytes, 'x.md', 'markdown'), GuideError);
}

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Buffer.from('\ufeff# Título ✓\n'), 'x.md', 'markdown')).toBe('# Título ✓\n');
  });

  it('names the line and column of the first invalid byte', () => {
    const error = errorOf(Buffer.concat([Buffer.from('# ok\nab'), Buffer.from([0xe9]), Buffer.from('t\n')]));
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.message).toContain('0xe9');
  });

  it('calls a NUL byte binary', () => {
    const error = errorOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(error.message).toMatch(/binary content/);
  });

  it('refuses overlong and surrogate encodings', () => {
    expect(errorOf(Buffer.from([0x61, 0xc0, 0xaf])).column).toBe(2);
    expect(errorOf(Buffer.from([0xed, 0xa0, 0x80])).column).toBe(1);
  });
});

describe('readTextFile', () => {
  it('says which file is missing and how to fix it', async () => {
    const error = await readTextFile(join(dir, 'nope.yaml'), 'content/nope.yaml', 'the configuration', 'create it').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuideError);
    expect((error as GuideError).format()).toBe('content/nope.yaml:1:1: Unexpected missing file, expected the configuration; create it');
  });

  it('reads a file', async () => {
    writeFileSync(join(dir, 'a.md'), 'hello\n');
    await expect(readTextFile(join(dir, 'a.md'), 'a.md', 'markdown', 'fix')).resolves.toBe('hello\n');
  });
});

describe('inspectText', () => {
  it('decodes UTF-8 without a byte order mark and names no problem', () => {
    expect(inspectText(Buffer.from('\uFEFF# Caf\u00e9\n'))).toEqual({ text: '# Caf\u00e9\n', problem: null });
  });

  it('decodes invalid UTF-8 as U+FFFD and places its first bad byte, after a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFF# a\nb '), Buffer.from([0xe9, 0x41]), Buffer.from('\n')]);
    expect(inspectText(bytes)).toEqual({ text: '# a\nb \uFFFDA\n', problem: { what: 'invalid UTF-8 byte 0xe9', binary: false, line: 2, column: 3, offset: 6 } });
  });

  it('names binary content at its NUL byte', () => {
    expect(inspectText(Buffer.from('ab\0c')).problem).toEqual({ what: 'binary content (a NUL byte)', binary: true, line: 1, column: 3, offset: 2 });
  });
});
