import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  evenPieces
} from "./chunk-D7WFT64B.js";

// dist/exit-codes.js
var exitCodes = { ok: 0, findings: 1, failure: 2 };

// dist/io.js
function inCi(env) {
  return env["CI"] !== void 0 && env["CI"] !== "" && env["CI"] !== "false";
}
function colourEnabled(io, stream) {
  if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "")
    return false;
  if (inCi(io.env))
    return false;
  if (io.env["FORCE_COLOR"] !== void 0 && io.env["FORCE_COLOR"] !== "0")
    return true;
  return io[stream].isTTY === true;
}
async function writePieces(stream, pieces) {
  for (const piece of evenPieces(pieces)) {
    if (isNodeWritable(stream) && stream.destroyed)
      return;
    if (stream.write(piece) === false && isNodeWritable(stream))
      await drained(stream);
  }
}
function isNodeWritable(stream) {
  return "once" in stream && "off" in stream && "destroyed" in stream;
}
function drained(stream) {
  if (stream.destroyed)
    return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "error", "close"])
        stream.off(event, done);
      resolve();
    };
    for (const event of ["drain", "error", "close"])
      stream.once(event, done);
  });
}

export {
  exitCodes,
  inCi,
  colourEnabled,
  writePieces
};
