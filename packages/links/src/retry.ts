export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First backoff in ms; doubled on each retry, with jitter. */
  baseDelay: number;
  /** Longest backoff in ms. */
  maxDelay: number;
  /** Longest server-requested wait (`Retry-After`, rate-limit reset) honoured, in ms; longer ones give up. */
  maxWait: number;
}

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * How long the server asks to wait, in ms: `Retry-After` in seconds or as an
 * HTTP date, else `x-ratelimit-reset` (epoch seconds) when the quota is spent.
 */
export function serverWait(headers: HeaderBag, now: number): number | null {
  const retryAfter = header(headers, 'retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = header(headers, 'x-ratelimit-reset')?.trim();
  const remaining = header(headers, 'x-ratelimit-remaining')?.trim();
  if (reset && /^\d+$/.test(reset) && (remaining === undefined || remaining === '0')) {
    return Math.max(0, Number(reset) * 1000 - now);
  }
  return null;
}

/** Exponential backoff with full jitter over the upper half: `base * 2^retry * [0.5, 1)`, capped. */
export function backoffDelay(retry: number, options: RetryOptions, random: number): number {
  const ceiling = Math.min(options.maxDelay, options.baseDelay * 2 ** retry);
  return ceiling * (0.5 + random / 2);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
