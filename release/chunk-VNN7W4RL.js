import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  evenPieces
} from "./chunk-CEPXSHHO.js";

// dist/io.js
var exitCodes = { ok: 0, findings: 1, failure: 2 };
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
function writePieces(stream, pieces) {
  for (const piece of evenPieces(pieces))
    stream.write(piece);
}

export {
  exitCodes,
  inCi,
  colourEnabled,
  writePieces
};
