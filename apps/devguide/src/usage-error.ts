/** A mistake in how the command was called: exit 2, one line, no stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
