/** A URL split into the part that is fetched and the fragment, or null for anything not http(s). */
export function normalizeUrl(raw: string): { url: string; host: string; fragment: string | null } | null {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!parsed.hostname) return null;
  const fragment = parsed.hash.length > 1 ? safeDecode(parsed.hash.slice(1)) : null;
  parsed.hash = '';
  // WHATWG URL parsing already lower-cases the host and drops default ports.
  return { url: parsed.href, host: parsed.host, fragment };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
