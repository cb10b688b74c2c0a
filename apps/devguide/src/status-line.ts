import { inCi, type CliIo } from './io.js';

export interface StatusLine {
  /** Redraws the line, at most every 100 ms unless `force`. */
  show(text: string, force?: boolean): void;
  /** Erases the line, if it was ever drawn. */
  done(): void;
}

/** One line rewritten in place on an interactive stderr; null in CI and when stderr is piped. */
export function statusLine(io: CliIo): StatusLine | null {
  if (io.stderr.isTTY !== true || inCi(io.env)) return null;
  let last = 0;
  let shown = false;
  return {
    show(text, force = false) {
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${text}`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}
