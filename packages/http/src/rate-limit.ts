/** Response headers with lower-case names, as undici gives them (a repeated field as an array) or flattened. */
export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * When a rate-limited request may be retried: `retry-after` first (delta-seconds or an
 * HTTP-date, RFC 9110 §10.2.3), else the quota reset when the quota is spent. Null when the
 * answer says neither, or says it in a form no one can read. The date may be in the past.
 */
export function rateLimitReset(headers: HeaderBag, now: number): Date | null {
  return retryAfter(headers, now) ?? quotaReset(headers, now);
}

/**
 * When the primary quota renews, when the answer says it is spent: `x-ratelimit-reset` (epoch
 * seconds) with `x-ratelimit-remaining: 0`. Null otherwise.
 */
export function quotaReset(headers: HeaderBag, now: number = Date.now()): Date | null {
  // Without a spent quota the reset is only when the window renews, maybe an hour off, for an
  // answer the quota did not cause: GitHub always sends the two together, and its secondary
  // limits say Retry-After instead.
  if (!quotaSpent(headers)) return null;
  const reset = rateLimitField(headers, 'reset');
  if (reset === undefined || !/^\d+$/.test(reset.value) || Number(reset.value) === 0) return null;
  // The IETF `RateLimit-Reset` counts seconds from now; the `x-` fields are epoch seconds.
  const at = reset.name === 'ratelimit-reset' ? now + Number(reset.value) * 1000 : Number(reset.value) * 1000;
  return new Date(Math.min(at, maxTime));
}

/**
 * The quota is spent: `remaining` is zero, or below zero (some proxies and GitHub Enterprise
 * count past the limit).
 */
export function quotaSpent(headers: HeaderBag): boolean {
  const remaining = rateLimitField(headers, 'remaining')?.value;
  return remaining !== undefined && /^[-+]?\d+$/.test(remaining) && Number(remaining) <= 0;
}

/** GitHub's own words for a rate limit, primary (`API rate limit exceeded`) or secondary. */
const rateLimitText = /rate limit/i;

/**
 * Milliseconds to wait before retrying, or null when unknown. A quota reset is to the second, so
 * `resetSlack` (default a second) keeps a retry from coming a moment too early.
 */
export function rateLimitWait(headers: HeaderBag, now: number, resetSlack = 1000): number | null {
  const at = rateLimitReset(headers, now);
  if (!at) return null;
  return Math.max(0, at.getTime() - now) + (retryAfter(headers, now) === null ? resetSlack : 0);
}

/**
 * A refusal for rate: 429, or GitHub's 403 for a spent quota (primary limit), with Retry-After
 * (secondary limit), or whose body says so when the headers do not (a proxy may drop them).
 * Any other 403 is a permission answer, not worth a retry.
 */
export function isRateLimited(status: number, headers: HeaderBag, body?: string | null): boolean {
  return (
    status === 429 ||
    (status === 403 &&
      (quotaSpent(headers) ||
        field(headers, 'retry-after') !== undefined ||
        (body !== undefined && body !== null && rateLimitText.test(body))))
  );
}

/** The spellings of the rate-limit fields in use: GitHub's, Twitter's and the IETF draft's. */
const prefixes = ['x-ratelimit-', 'x-rate-limit-', 'ratelimit-'];

/** A rate-limit field (`limit`, `remaining`, `reset`, `used`) under whichever spelling the answer uses. */
export function rateLimitField(headers: HeaderBag, name: string): { name: string; value: string } | undefined {
  for (const prefix of prefixes) {
    const value = field(headers, prefix + name);
    if (value !== undefined) return { name: prefix + name, value };
  }
  return undefined;
}

/** `retry-after` as a time, or null when absent or unreadable. */
function retryAfter(headers: HeaderBag, now: number): Date | null {
  const value = field(headers, 'retry-after');
  if (value === undefined) return null;
  // A delay too long for a Date still means "not for a very long time", not "unknown".
  if (/^\d+$/.test(value)) return new Date(Math.min(now + Number(value) * 1000, maxTime));
  const date = httpDate(value);
  return date === null ? null : new Date(date);
}

/** The latest time a Date can hold. */
const maxTime = 8.64e15;

/**
 * A field's value, trimmed; a repeated one by its first value, as every field read here is a
 * singleton. undici gives names in lower case; a bag built by hand may not.
 */
function field(headers: HeaderBag, name: string): string | undefined {
  let value = headers[name];
  if (value === undefined) for (const key of Object.keys(headers)) if (key.toLowerCase() === name) value = headers[key];
  const text = (typeof value === 'string' ? value : value?.[0])?.trim();
  return text ? text : undefined;
}

const weekday = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const time = '\\d{2}:\\d{2}:\\d{2}';
const imfFixdate = new RegExp(`^${weekday}, \\d{2} ${month} \\d{4} ${time} GMT$`);
const rfc850Date = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${month}-\\d{2} ${time} GMT$`,
);
const asctimeDate = new RegExp(`^${weekday} ${month} [ \\d]\\d ${time} \\d{4}$`);

/**
 * The three HTTP-date forms a recipient must accept (RFC 9110 §5.6.7), as epoch ms. The shape
 * is checked first because `Date.parse` alone reads almost anything (`1.5`, `-5`, `3, 3`) as
 * some date long past, which would turn a garbled header into an immediate retry.
 */
function httpDate(value: string): number | null {
  let text: string;
  if (imfFixdate.test(value) || rfc850Date.test(value)) text = value;
  // asctime carries no zone but means GMT; `Date.parse` would read it as local time.
  else if (asctimeDate.test(value)) text = `${value} GMT`;
  else return null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : date;
}
