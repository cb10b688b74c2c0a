/** What a command may touch of the process; tests pass their own. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/** Exit codes: 0 ok, 1 findings (stale README, conflicting edits), 2 usage, configuration or tool failure. */
export const exitCodes = { ok: 0, findings: 1, failure: 2 } as const;

/** `CI` set to anything but empty or `false`, as CI services do. */
export function inCi(env: CliIo['env']): boolean {
  return env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false';
}

export function colourEnabled(io: CliIo, stream: 'stdout' | 'stderr'): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (inCi(io.env)) return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io[stream].isTTY === true;
}

/** About a mebibyte: the most of a report that is turned into bytes at once. */
const pieceLength = 1 << 20;

/**
 * Writes `text` in pieces of about a mebibyte, each ending at a line's end where it can: a stream
 * turns what it is given into bytes at once, and a report of hundreds of thousands of findings
 * would be held twice (Node's standard streams write files, pipes and terminals synchronously, so
 * a piece's bytes are gone before the next is made).
 */
export function writeInPieces(stream: CliIo['stdout'], text: string): void {
  for (let from = 0; from < text.length;) {
    let to = Math.min(from + pieceLength, text.length);
    if (to < text.length) {
      const lineEnd = text.lastIndexOf('\n', to - 1);
      if (lineEnd >= from) to = lineEnd + 1;
      // Never between the two halves of a surrogate pair.
      else if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1))) to--;
    }
    stream.write(text.slice(from, to));
    from = to;
  }
}

/**
 * Writes a report made in pieces (`reportPiecesOf`), joined about a mebibyte at a time: the whole
 * text is never held, nor turned into bytes at once (one `✖` in its last line would otherwise make
 * the whole text two bytes a character when it is cut into pieces).
 */
export function writePieces(stream: CliIo['stdout'], pieces: Iterable<string>): void {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (piece.length >= pieceLength) {
      // A piece that is a whole report (the formats made whole) is cut in turn.
      if (length > 0) stream.write(pending.join(''));
      pending = [];
      length = 0;
      writeInPieces(stream, piece);
      continue;
    }
    pending.push(piece);
    length += piece.length;
    if (length >= pieceLength) {
      stream.write(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (length > 0) stream.write(pending.join(''));
}
