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
