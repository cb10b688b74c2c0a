/**
 * Whether `pattern` (global, no lookaround) matches within a span of `text`, without a string of
 * the span. The first match at or after an offset is remembered: text runs ask in document order,
 * and one search answers every run up to that match (a later search starts where a run does, so
 * the whole file is searched about once).
 */
export class NextMatch {
  private searchedFrom = Infinity;
  private index = -1;
  private end = -1;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  within(from: number, to: number): boolean {
    if (from < this.searchedFrom || (this.index !== -1 && this.index < from)) {
      this.searchedFrom = from;
      this.pattern.lastIndex = from;
      const match = this.pattern.exec(this.text);
      this.index = match ? match.index : -1;
      this.end = match ? match.index + match[0].length : -1;
    }
    if (this.index === -1 || this.index >= to) return false;
    if (this.end <= to) return true;
    // The first match runs past the span: whether another lies within it, the span alone tells.
    this.pattern.lastIndex = 0;
    return this.pattern.test(this.text.slice(from, to));
  }
}
