import { readFile } from 'node:fs/promises';
import { GuideError } from '@devguide/markdown';
import { positionAt } from './positions.js';

/**
 * Reads a UTF-8 text file for the content directory. Missing, binary and
 * non-UTF-8 files are user errors that name the place.
 */
export async function readTextFile(path: string, displayName: string, purpose: string, fix: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GuideError(`Unexpected missing file, expected ${purpose}`, displayName, 1, 1, fix);
    if (code === 'EISDIR') throw new GuideError(`Unexpected directory, expected ${purpose}`, displayName, 1, 1, fix);
    throw error;
  }
  return decodeText(bytes, displayName, purpose);
}

export function decodeText(bytes: Uint8Array, displayName: string, purpose: string): string {
  const { text, problem } = inspectText(bytes);
  if (problem) throw new GuideError(`Unexpected ${problem.what}, expected ${purpose} as UTF-8 text`, displayName, problem.line, problem.column, 'save the file as UTF-8 text');
  return text;
}

/** The first byte that keeps a file from being UTF-8 text, where it is in the decoded text. */
export interface TextProblem {
  /** `invalid UTF-8 byte 0xa6` or `binary content (a NUL byte)`. */
  what: string;
  binary: boolean;
  line: number;
  column: number;
  offset: number;
}

/**
 * Decodes bytes as GitHub shows them (invalid sequences become U+FFFD, a byte order mark is
 * dropped) and names the first problem, so a tree with one bad file can still be linted.
 */
export function inspectText(bytes: Uint8Array): { text: string; problem: TextProblem | null } {
  const nul = bytes.indexOf(0);
  // The usual case, valid UTF-8, is decided by the decoder itself; the byte-by-byte scan only
  // runs to find where a file that is not goes wrong. TextDecoder drops a byte order mark.
  if (nul === -1) {
    try {
      return { text: strictUtf8.decode(bytes), problem: null };
    } catch {
      // Not UTF-8: located below.
    }
  }
  const invalid = nul === -1 ? firstInvalidUtf8(bytes) : nul;
  if (invalid === -1) return { text: new TextDecoder().decode(bytes), problem: null };
  const prefix = new TextDecoder().decode(bytes.subarray(0, invalid));
  const { line, column } = positionAt(prefix, prefix.length);
  const what = nul === -1 ? `invalid UTF-8 byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')}` : 'binary content (a NUL byte)';
  return { text: new TextDecoder().decode(bytes), problem: { what, binary: nul !== -1, line, column, offset: prefix.length } };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    if (length === 3 && ((byte === 0xe0 && bytes[index + 1]! < 0xa0) || (byte === 0xed && bytes[index + 1]! > 0x9f))) return index;
    if (length === 4 && ((byte === 0xf0 && bytes[index + 1]! < 0x90) || (byte === 0xf4 && bytes[index + 1]! > 0x8f))) return index;
    index += length;
  }
  return -1;
}
