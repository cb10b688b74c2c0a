import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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
var pieceLength = 1 << 20;
function writeInPieces(stream, text) {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(from + pieceLength, text.length);
    if (to < text.length) {
      const lineEnd = text.lastIndexOf("\n", to - 1);
      if (lineEnd >= from)
        to = lineEnd + 1;
      else if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1)))
        to--;
    }
    stream.write(text.slice(from, to));
    from = to;
  }
}
function writePieces(stream, pieces) {
  let pending = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= pieceLength) {
      stream.write(pending.join(""));
      pending = [];
      length = 0;
    }
  }
  if (length > 0)
    stream.write(pending.join(""));
}

export {
  exitCodes,
  inCi,
  colourEnabled,
  writeInPieces,
  writePieces
};
