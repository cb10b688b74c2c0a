import { evenPieces } from '@devguide/content';
/** What a command may touch of the process; tests pass their own. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

export { exitCodes } from './exit-codes.js';

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

/**
 * Writes a report made in pieces (`reportPiecesOf`), evened out (`evenPieces`): the whole text is
 * never held, nor turned into bytes at once (one `✖` in its last line would otherwise make the
 * whole text two bytes a character). Files and terminals take a piece at once; a pipe takes what
 * its reader has read (`devguide lint --format sarif | tee`), and Node queues the rest in memory:
 * the next piece is made only once the stream has drained. A stream whose reader has gone takes
 * no more pieces.
 */
export async function writePieces(stream: CliIo['stdout'], pieces: Iterable<string>): Promise<void> {
  for (const piece of evenPieces(pieces)) {
    if (isNodeWritable(stream) && stream.destroyed) return;
    if (stream.write(piece) === false && isNodeWritable(stream)) await drained(stream);
  }
}

interface NodeWritable {
  destroyed: boolean;
  once(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
}

function isNodeWritable(stream: object): stream is NodeWritable {
  return 'once' in stream && 'off' in stream && 'destroyed' in stream;
}

/** Until the stream has drained, or can take no more (an error, or closed by its reader). */
function drained(stream: NodeWritable): Promise<void> {
  if (stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'error', 'close']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'error', 'close']) stream.once(event, done);
  });
}
