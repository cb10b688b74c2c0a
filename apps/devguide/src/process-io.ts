import type { CliIo } from './io.js';

/**
 * The process's own streams, for an entry point. A reader that stops early
 * (`devguide lint --format json | head`) closes the pipe under standard output, and Node reports
 * the write that finds it closed (EPIPE, then "write after destroy" for each later one) as an
 * error event, which would end the process with a stack trace. The rest of the output has no
 * reader: the command finishes and exits with its own code, as it would have.
 */
export function processIo(): CliIo {
  for (const stream of [process.stdout, process.stderr]) {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') closed = true;
      if (!closed) throw error;
    });
  }
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}
