import { rateLimitReset, type HeaderBag } from './rate-limit.js';

export interface RetryOptions {
  /** Attempts in all, the first included (network failures, transient statuses and rate limits alike). */
  attempts: number;
  /** First backoff in ms; doubled on each retry, with jitter. */
  baseDelay: number;
  /** Longest backoff in ms. */
  maxDelay: number;
  /** Longest server-requested wait (`Retry-After`, rate-limit reset) honoured, in ms; longer ones give up. */
  maxWait: number;
  /** Longest time spent waiting, all waits of one request together, in ms; past it the request gives up. */
  maxTotalWait?: number;
  /** A fixed schedule of backoffs instead of the doubling one (the last repeats). */
  delays?: readonly number[];
  /** The wait for a rate limit that names none, in ms; unset: the backoff. */
  rateLimitFallback?: number;
  /** Added to a wait for a quota reset, which is to the second (default 0). */
  resetSlack?: number;
}

/**
 * How long the server asks to wait, in ms, read by `rateLimitReset` so that the link checker and
 * sync agree on every header: `Retry-After` in seconds or as an HTTP date, else
 * `x-ratelimit-reset` when the quota is spent. Unlike `rateLimitWait`, no second of slack: a
 * retry a moment early here only spends one of its bounded attempts.
 */
export function serverWait(headers: HeaderBag, now: number): number | null {
  const at = rateLimitReset(headers, now);
  return at === null ? null : Math.max(0, at.getTime() - now);
}

/** Exponential backoff with full jitter over the upper half: `base * 2^retry * [0.5, 1)`, capped. */
export function backoffDelay(retry: number, options: RetryOptions, random: number): number {
  if (options.delays?.length) return options.delays[Math.min(retry, options.delays.length - 1)]!;
  const ceiling = Math.min(options.maxDelay, options.baseDelay * 2 ** retry);
  return ceiling * (0.5 + random / 2);
}

/** Statuses worth asking again: a timeout, a rate limit, a server in trouble (501 says it never will). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
