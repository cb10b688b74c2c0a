import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// ../../packages/github/dist/rate-limit.js
function rateLimitReset(headers, now) {
  return retryAfter(headers, now) ?? quotaReset(headers);
}
function quotaReset(headers) {
  if (field(headers, "x-ratelimit-remaining") !== "0")
    return null;
  const reset = field(headers, "x-ratelimit-reset");
  if (reset === void 0 || !/^\d+$/.test(reset) || Number(reset) === 0)
    return null;
  return new Date(Math.min(Number(reset) * 1e3, maxTime));
}
function rateLimitWait(headers, now) {
  const at = rateLimitReset(headers, now);
  if (!at)
    return null;
  return Math.max(0, at.getTime() - now) + (retryAfter(headers, now) === null ? 1e3 : 0);
}
function isRateLimited(status, headers) {
  return status === 429 || status === 403 && (field(headers, "x-ratelimit-remaining") === "0" || field(headers, "retry-after") !== void 0);
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
  const value = headers[name];
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
var RateLimitError = class extends GitHubError {
  retryAt;
  constructor(headers, now, authenticated) {
    const retryAt = rateLimitReset(headers, now);
    const limit = headers["x-ratelimit-limit"];
    const when = retryAt ? `retry after ${retryAt.toISOString()}` : "retry later";
    const hint = authenticated ? "" : "; set GITHUB_TOKEN to raise the limit (60 requests an hour without a token, 5000 with one)";
    super(`Unexpected GitHub API rate limit${limit ? ` (${limit} requests an hour)` : ""} reached, expected requests left; ${when}${hint}`);
    this.name = "RateLimitError";
    this.retryAt = retryAt;
  }
};

export {
  rateLimitReset,
  quotaReset,
  rateLimitWait,
  isRateLimited,
  GitHubError,
  RateLimitError
};
