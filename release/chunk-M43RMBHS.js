import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  inCi
} from "./chunk-KK36NZVP.js";

// dist/status-line.js
function statusLine(io) {
  if (io.stderr.isTTY !== true || inCi(io.env))
    return null;
  let last = 0;
  let shown = false;
  return {
    show(text, force = false) {
      const now = Date.now();
      if (!force && now - last < 100)
        return;
      last = now;
      shown = true;
      io.stderr.write(`\r${text}`);
    },
    done() {
      if (shown)
        io.stderr.write("\r\x1B[K");
    }
  };
}

export {
  statusLine
};
