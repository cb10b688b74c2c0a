/**
 * When a rate-limited request may be retried, from GitHub's documented headers:
 * `retry-after` (seconds) first, else `x-ratelimit-reset` (epoch seconds) when
 * nothing is left. Null when the answer says neither.
 */
export function rateLimitReset(headers: Readonly<Record<string, string>>, now: number): Date | null {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return new Date(now + seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return new Date(date);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  return null;
}

/** Milliseconds to wait before retrying, or null when unknown. */
export function rateLimitWait(headers: Readonly<Record<string, string>>, now: number): number | null {
  const at = rateLimitReset(headers, now);
  if (!at) return null;
  // GitHub's reset is to the second; a little slack avoids retrying a moment too early.
  return Math.max(0, at.getTime() - now) + (headers['retry-after'] === undefined ? 1000 : 0);
}
