// The rate-limit reading alone: the package's index loads undici, which no offline command needs.
import { rateLimitField, rateLimitReset, type HeaderBag } from '@devguide/http/rate-limit';

/** A GitHub API failure, worded for the user (never carries the token). */
export class GitHubError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitHubError';
  }
}

const tokenHint = '; set GITHUB_TOKEN to raise the limit (60 requests an hour without a token, 5000 with one)';

/** The rate limit stops the sync: the wait is too long to sit out, or the bounded attempts are spent. */
export class RateLimitError extends GitHubError {
  readonly retryAt: Date | null;

  constructor(message: string, retryAt: Date | null) {
    super(message);
    this.name = 'RateLimitError';
    this.retryAt = retryAt;
  }

  /** The limit asks for a wait longer than sync sits out. */
  static tooLong(headers: HeaderBag, now: number, authenticated: boolean, retryAt?: Date | null): RateLimitError {
    const at = retryAt ?? rateLimitReset(headers, now);
    const limit = rateLimitField(headers, 'limit')?.value;
    return new RateLimitError(
      `Unexpected GitHub API rate limit${limit ? ` (${limit} requests an hour)` : ''} reached, expected requests left; ${when(at)}${authenticated ? '' : tokenHint}`,
      at,
    );
  }

  /** The limit held through every attempt sync allows: what GitHub answered, and when to retry. */
  static persisting(
    answer: { status: number; message: string | null },
    attempts: number,
    waited: number,
    retryAt: Date | null,
    authenticated: boolean,
  ): RateLimitError {
    const said = answer.message ? `: ${answer.message}` : '';
    return new RateLimitError(
      `Unexpected GitHub API rate limit still in force after ${attempts} attempt(s) and ${seconds(waited)} of waiting (HTTP ${answer.status}${said}), expected it to lift; ${when(retryAt)}${authenticated ? '' : tokenHint}`,
      retryAt,
    );
  }
}

function when(at: Date | null): string {
  return at ? `retry after ${at.toISOString()}` : 'retry later';
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
