/** A problem with an input file that the user can fix; carries where it is. */
export class GuideError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'GuideError';
  }

  /** `file:line:col: message; fix` on one line. */
  format(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.message}${this.fix ? `; ${this.fix}` : ''}`;
  }
}

/** Bad input that has no line to point at (a path, an option, an empty selection): one line, exit 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
