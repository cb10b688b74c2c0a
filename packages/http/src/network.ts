/** A network failure, in a few words, and whether asking again can help. */
export interface NetworkFailure {
  /** The error code (`ECONNRESET`, `UND_ERR_HEADERS_TIMEOUT`), when there is one. */
  code: string | null;
  reason: string;
  /** The answer would be the same on a retry: an unknown host, a refused connection, a bad certificate. */
  final: boolean;
  /** Refused or unknown: the address is wrong, not busy. */
  unreachable: boolean;
}

/** Network failures: refused and unknown hosts and TLS errors are final; resets and timeouts are retried. */
export function classifyNetworkError(error: unknown): NetworkFailure {
  const code = codeOf(error) ?? null;
  const failure = (reason: string, final: boolean, unreachable = false) => ({ code, reason, final, unreachable });
  if (code === 'ENOTFOUND') return failure('host not found', true, true);
  if (code === 'ECONNREFUSED') return failure('connection refused', true, true);
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return failure('timeout waiting for headers', false);
  if (code === 'UND_ERR_BODY_TIMEOUT') return failure('timeout reading the body', false);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return failure('timeout connecting', false);
  if (code !== null && (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code.includes('CERT')))
    return failure(`TLS error ${code}`, true);
  return failure(
    code ? `network error ${code}` : `network error: ${error instanceof Error ? error.message : String(error)}`,
    false,
  );
}

/** The failure as a lower layer words it: its code and message. */
export function errorText(error: unknown): string {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code} ${message}` : message;
}

function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
