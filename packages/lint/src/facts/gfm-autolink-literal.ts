import { asciiControl, unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';

/*
 * micromark-extension-gfm-autolink-literal 2.1.0's tokenizer (www, http(s) and e-mail literals), run
 * over a string instead of a code stream. `previous` is the code before `start` as micromark sees it
 * (null at the start of the text, 10 after a line ending).
 */

export interface LiteralAutolink {
  kind: 'www' | 'http' | 'email';
  start: number;
  end: number;
}

const EOF = -1;

/*
 * micromark-util-character's `asciiAlpha` and `asciiAlphanumeric` test a regular expression on
 * `String.fromCharCode(code)` (the code's low 16 bits); the same by comparison, as every word of a
 * text is looked at.
 */
const asciiAlpha = (code: number): boolean => {
  const unit = code & 0xffff;
  return code > -1 && ((unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122));
};
const asciiAlphanumeric = (code: number): boolean => {
  const unit = code & 0xffff;
  return code > -1 && ((unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122));
};
const at = (source: string, index: number, limit: number): number => (index < limit ? source.codePointAt(index)! : EOF);
const size = (code: number): number => (code > 0xffff ? 2 : 1);
const space = (code: number): boolean =>
  code === EOF || code === 9 || code === 10 || code === 13 || code === 32 || unicodeWhitespace(code);
const atext = (code: number): boolean =>
  code === 43 || code === 45 || code === 46 || code === 95 || (code !== EOF && asciiAlphanumeric(code));

export function previousWww(code: number | null): boolean {
  return (
    code === null ||
    code === 40 ||
    code === 42 ||
    code === 95 ||
    code === 91 ||
    code === 93 ||
    code === 126 ||
    space(code)
  );
}
export function previousProtocol(code: number | null): boolean {
  return code === null || !asciiAlpha(code);
}
export function previousEmail(code: number | null): boolean {
  return code === null || !(code === 47 || atext(code));
}

/**
 * The literal starting at `start`, or null. `emails: false` when no `@` follows `start`: an e-mail
 * literal needs one, and looking for it reads the whole word.
 */
export function literalAutolinkAt(
  source: string,
  start: number,
  limit: number,
  previous: number | null,
  emails = true,
): LiteralAutolink | null {
  const code = at(source, start, limit);
  // micromark tries an e-mail address first: `www.a.b@c.d` is one.
  if (emails && atext(code) && previousEmail(previous)) {
    const end = email(source, start, limit);
    if (end !== -1) return { kind: 'email', start, end };
  }
  if ((code === 87 || code === 119) && previousWww(previous)) {
    const end = www(source, start, limit);
    if (end !== -1) return { kind: 'www', start, end };
  }
  if ((code === 72 || code === 104) && previousProtocol(previous)) {
    const end = protocol(source, start, limit);
    if (end !== -1) return { kind: 'http', start, end };
  }
  return null;
}

function www(source: string, start: number, limit: number): number {
  for (let index = 0; index < 3; index++) {
    const code = at(source, start + index, limit);
    if (code !== 87 && code !== 119) return -1;
  }
  if (at(source, start + 3, limit) !== 46 || start + 4 >= limit) return -1;
  const domainEnd = domain(source, start, limit);
  return domainEnd === -1 ? -1 : path(source, domainEnd, limit);
}

function protocol(source: string, start: number, limit: number): number {
  let index = start;
  let buffer = '';
  for (;;) {
    const code = at(source, index, limit);
    if (code !== EOF && asciiAlpha(code) && buffer.length < 5) {
      buffer += String.fromCharCode(code);
      index++;
      continue;
    }
    break;
  }
  const lower = buffer.toLowerCase();
  if (at(source, index, limit) !== 58 || (lower !== 'http' && lower !== 'https')) return -1;
  if (at(source, index + 1, limit) !== 47 || at(source, index + 2, limit) !== 47) return -1;
  index += 3;
  const code = at(source, index, limit);
  if (code === EOF || asciiControl(code) || space(code) || unicodePunctuation(code)) return -1;
  const domainEnd = domain(source, index, limit);
  return domainEnd === -1 ? -1 : path(source, domainEnd, limit);
}

function domain(source: string, start: number, limit: number): number {
  let index = start;
  let underscoreLast = false;
  let underscoreLastLast = false;
  let seen = false;
  for (;;) {
    const code = at(source, index, limit);
    if (code === 46 || code === 95) {
      if (trail(source, index, limit)) break;
      if (code === 95) underscoreLast = true;
      else {
        underscoreLastLast = underscoreLast;
        underscoreLast = false;
      }
      index++;
      continue;
    }
    if (space(code) || (code !== 45 && unicodePunctuation(code))) break;
    seen = true;
    index += size(code);
  }
  return underscoreLast || underscoreLastLast || !seen ? -1 : index;
}

function path(source: string, start: number, limit: number): number {
  let index = start;
  let open = 0;
  let close = 0;
  for (;;) {
    const code = at(source, index, limit);
    if (code === 40) {
      open++;
      index++;
      continue;
    }
    if (code === 41 && close < open) {
      close++;
      index++;
      continue;
    }
    if (trailing.has(code) || code === 38 || code === 60 || code === 93) {
      if (trail(source, index, limit)) return index;
      if (code === 41) close++;
      index++;
      continue;
    }
    if (space(code)) return index;
    index += size(code);
  }
}

/** Punctuation micromark's `trail` check skips at a literal's end: `!"')*,.:;?_~`. */
const trailing = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);

/** Whether trailing punctuation from `start` ends the literal (micromark's `trail` check). */
function trail(source: string, start: number, limit: number): boolean {
  let index = start;
  for (;;) {
    const code = at(source, index, limit);
    if (trailing.has(code)) {
      index++;
      continue;
    }
    if (code === 38) {
      index++;
      if (!asciiAlpha(at(source, index, limit))) return false;
      while (asciiAlpha(at(source, index, limit))) index++;
      if (at(source, index, limit) !== 59) return false;
      index++;
      continue;
    }
    if (code === 93) {
      index++;
      const next = at(source, index, limit);
      if (next === EOF || next === 40 || next === 91 || space(next)) return true;
      continue;
    }
    return code === 60 || space(code);
  }
}

function email(source: string, start: number, limit: number): number {
  let index = start;
  while (atext(at(source, index, limit))) index++;
  if (at(source, index, limit) !== 64) return -1;
  index++;
  let dot = false;
  let data = false;
  for (;;) {
    const code = at(source, index, limit);
    if (code === 46) {
      const next = at(source, index + 1, limit);
      if (next === EOF || !asciiAlphanumeric(next)) break;
      dot = true;
      index++;
      continue;
    }
    if (code === 45 || code === 95 || (code !== EOF && asciiAlphanumeric(code))) {
      data = true;
      index++;
      continue;
    }
    break;
  }
  const last = source.charCodeAt(index - 1);
  return data && dot && asciiAlpha(last) ? index : -1;
}
