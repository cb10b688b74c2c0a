/** Stands for the streamed array in a skeleton; a file path or rule id never holds a NUL. */
const marker = '\u0000devguide-items\u0000';
const markerJson = JSON.stringify(marker);

/** What a streamed array holds in its place in the skeleton. */
export const itemsMarker: string = marker;

/**
 * `JSON.stringify(value, null, 2)` a piece at a time, where `skeleton` is `value` with `itemsMarker`
 * in place of one array, whose items come from `items` and are written by `itemPieces` at the
 * indentation given. A report of hundreds of thousands of findings is then never held as objects
 * and again as one text. `indent` is the indentation of the skeleton's own lines after its first.
 */
export function* jsonPieces<T>(
  skeleton: unknown,
  items: Iterable<T>,
  itemPieces: (item: T, indent: string) => Iterable<string>,
  indent = '',
): Generator<string> {
  const text = JSON.stringify(skeleton, null, 2).replaceAll('\n', `\n${indent}`);
  const at = text.indexOf(markerJson);
  if (at < 0) throw new TypeError('jsonPieces: the skeleton holds no `itemsMarker`');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineIndent = (lineStart === 0 ? indent : '') + /^ */.exec(text.slice(lineStart))![0];
  const itemIndent = `${lineIndent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    yield first ? `[\n${itemIndent}` : `,\n${itemIndent}`;
    first = false;
    yield* itemPieces(item, itemIndent);
  }
  yield first ? '[]' : `\n${lineIndent}]`;
  yield text.slice(at + markerJson.length);
}

/** An item written whole, as `JSON.stringify(value, null, 2)` writes it inside an array. */
export function wholeItem(item: unknown, indent: string): [string] {
  return [JSON.stringify(item, null, 2).replaceAll('\n', `\n${indent}`)];
}
