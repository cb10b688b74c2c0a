import type { CliIo } from '../io.js';
import { statusLine } from '../status-line.js';

export interface Progress {
  bytes(count: number): void;
  done(): void;
}

/** Files and bytes on one rewritten stderr line, on a terminal only (never in CI). */
export function progressLine(io: CliIo, counts: () => { blobs: number; bytes: number }): Progress {
  const line = statusLine(io);
  if (!line) return { bytes() {}, done() {} };
  return {
    bytes() {
      const { blobs, bytes } = counts();
      // Erased first: the text can get shorter (1023.9 KiB, then 1.0 MiB).
      line.show(`\x1b[Ksync: ${blobs} file(s), ${formatBytes(bytes)}`);
    },
    done: () => line.done(),
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
