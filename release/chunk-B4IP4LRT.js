import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// ../../packages/http/dist/rate-limit.js
function rateLimitReset(headers, now) {
  return retryAfter(headers, now) ?? quotaReset(headers, now);
}
function quotaReset(headers, now = Date.now()) {
  if (!quotaSpent(headers))
    return null;
  const reset = rateLimitField(headers, "reset");
  if (reset === void 0 || !/^\d+$/.test(reset.value) || Number(reset.value) === 0)
    return null;
  const at = reset.name === "ratelimit-reset" ? now + Number(reset.value) * 1e3 : Number(reset.value) * 1e3;
  return new Date(Math.min(at, maxTime));
}
function quotaSpent(headers) {
  const remaining = rateLimitField(headers, "remaining")?.value;
  return remaining !== void 0 && /^[-+]?\d+$/.test(remaining) && Number(remaining) <= 0;
}
var rateLimitText = /rate limit/i;
function rateLimitWait(headers, now, resetSlack = 1e3) {
  const at = rateLimitReset(headers, now);
  if (!at)
    return null;
  return Math.max(0, at.getTime() - now) + (retryAfter(headers, now) === null ? resetSlack : 0);
}
function isRateLimited(status, headers, body) {
  return status === 429 || status === 403 && (quotaSpent(headers) || field(headers, "retry-after") !== void 0 || body !== void 0 && body !== null && rateLimitText.test(body));
}
var prefixes = ["x-ratelimit-", "x-rate-limit-", "ratelimit-"];
function rateLimitField(headers, name) {
  for (const prefix of prefixes) {
    const value = field(headers, prefix + name);
    if (value !== void 0)
      return { name: prefix + name, value };
  }
  return void 0;
}
function retryAfter(headers, now) {
  const value = field(headers, "retry-after");
  if (value === void 0)
    return null;
  if (/^\d+$/.test(value))
    return new Date(Math.min(now + Number(value) * 1e3, maxTime));
  const date = httpDate(value);
  return date === null ? null : new Date(date);
}
var maxTime = 864e13;
function field(headers, name) {
  let value = headers[name];
  if (value === void 0) {
    for (const key of Object.keys(headers))
      if (key.toLowerCase() === name)
        value = headers[key];
  }
  const text = (typeof value === "string" ? value : value?.[0])?.trim();
  return text ? text : void 0;
}
var weekday = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
var month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
var time = "\\d{2}:\\d{2}:\\d{2}";
var imfFixdate = new RegExp(`^${weekday}, \\d{2} ${month} \\d{4} ${time} GMT$`);
var rfc850Date = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${month}-\\d{2} ${time} GMT$`);
var asctimeDate = new RegExp(`^${weekday} ${month} [ \\d]\\d ${time} \\d{4}$`);
function httpDate(value) {
  let text;
  if (imfFixdate.test(value) || rfc850Date.test(value))
    text = value;
  else if (asctimeDate.test(value))
    text = `${value} GMT`;
  else
    return null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : date;
}

// ../../packages/github/dist/errors.js
var GitHubError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitHubError";
  }
};
var tokenHint = "; set GITHUB_TOKEN to raise the limit (60 requests an hour without a token, 5000 with one)";
var RateLimitError = class _RateLimitError extends GitHubError {
  retryAt;
  constructor(message, retryAt) {
    super(message);
    this.name = "RateLimitError";
    this.retryAt = retryAt;
  }
  /** The limit asks for a wait longer than sync sits out. */
  static tooLong(headers, now, authenticated, retryAt) {
    const at = retryAt ?? rateLimitReset(headers, now);
    const limit = rateLimitField(headers, "limit")?.value;
    return new _RateLimitError(`Unexpected GitHub API rate limit${limit ? ` (${limit} requests an hour)` : ""} reached, expected requests left; ${when(at)}${authenticated ? "" : tokenHint}`, at);
  }
  /** The limit held through every attempt sync allows: what GitHub answered, and when to retry. */
  static persisting(answer, attempts, waited, retryAt, authenticated) {
    const said = answer.message ? `: ${answer.message}` : "";
    return new _RateLimitError(`Unexpected GitHub API rate limit still in force after ${attempts} attempt(s) and ${seconds(waited)} of waiting (HTTP ${answer.status}${said}), expected it to lift; ${when(retryAt)}${authenticated ? "" : tokenHint}`, retryAt);
  }
};
function when(at) {
  return at ? `retry after ${at.toISOString()}` : "retry later";
}
function seconds(ms) {
  return `${Math.round(ms / 1e3)} s`;
}

export {
  rateLimitReset,
  quotaReset,
  rateLimitWait,
  isRateLimited,
  GitHubError,
  RateLimitError
};
