/**
 * The most characters of a written text turned into bytes at once. Under V8's large-object size
 * (128 KiB) even at two bytes a character once joined: each piece is made and dropped in the young
 * generation. A larger string goes straight to the old one and stays there until a full
 * collection, which the last seconds of a run may never have: with pieces of a mebibyte, a 16 MB
 * file's SARIF report peaked about 250 MiB higher.
 */
export const pieceLength = 1 << 14;

/**
 * `pieces` as pieces of about `pieceLength` characters (at most twice that): short ones joined, a
 * longer one cut, at a line's end where it can and never between the two halves of a surrogate
 * pair (a lone half would turn into U+FFFD on the way to bytes).
 */
export function* evenPieces(pieces: Iterable<string>, length = pieceLength): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (piece.length >= length) {
      if (size > 0) yield pending.join('');
      pending = [];
      size = 0;
      yield* cut(piece, length);
      continue;
    }
    pending.push(piece);
    size += piece.length;
    if (size >= length) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield pending.join('');
}

function* cut(text: string, length: number): Generator<string> {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(from + length, text.length);
    if (to < text.length) {
      const lineEnd = text.lastIndexOf('\n', to - 1);
      if (lineEnd >= from) to = lineEnd + 1;
      else if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1))) to--;
    }
    yield text.slice(from, to);
    from = to;
  }
}
