import { rateLimitReset } from './rate-limit.js';

/** A GitHub API failure, worded for the user (never carries the token). */
export class GitHubError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitHubError';
  }
}

/** The rate limit is spent and the wait is too long to sit out. */
export class RateLimitError extends GitHubError {
  readonly retryAt: Date | null;

  constructor(headers: Readonly<Record<string, string>>, now: number, authenticated: boolean) {
    const retryAt = rateLimitReset(headers, now);
    const limit = headers['x-ratelimit-limit'];
    const when = retryAt ? `retry after ${retryAt.toISOString()}` : 'retry later';
    const hint = authenticated
      ? ''
      : '; set GITHUB_TOKEN to raise the limit (60 requests an hour without a token, 5000 with one)';
    super(
      `Unexpected GitHub API rate limit${limit ? ` (${limit} requests an hour)` : ''} reached, expected requests left; ${when}${hint}`,
    );
    this.name = 'RateLimitError';
    this.retryAt = retryAt;
  }
}
