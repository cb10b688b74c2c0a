import type { CliIo } from '../io.js';

export interface Progress {
  bytes(count: number): void;
  done(): void;
}

/** Files and bytes on one rewritten stderr line, on a terminal only (never in CI). */
export function progressLine(io: CliIo, counts: () => { blobs: number; bytes: number }): Progress {
  const ci = io.env['CI'] !== undefined && io.env['CI'] !== '' && io.env['CI'] !== 'false';
  if (!io.stderr.isTTY || ci) return { bytes() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    bytes() {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const { blobs, bytes } = counts();
      io.stderr.write(`\r\x1b[Ksync: ${blobs} file(s), ${formatBytes(bytes)}`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
