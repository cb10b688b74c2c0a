/** What replaces a secret in text. */
export const redacted = '***';

/**
 * The one redaction of secrets (a token, configured header values) from text that came from the
 * network or a lower layer, before it is printed or stored. A header value is also hidden by
 * its credentials alone (`Bearer abc` hides `abc` too), and each secret in its URL-encoded form.
 */
export function redactor(secrets: Iterable<string | null | undefined>): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    const value = secret?.trim();
    if (!value) continue;
    forms.add(value);
    const credentials = /^\S+\s+(\S.*)$/.exec(value)?.[1];
    if (credentials) forms.add(credentials);
  }
  for (const form of [...forms]) forms.add(encodeURIComponent(form));
  // Longest first, so a secret that contains another is hidden whole.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => (ordered.length ? ordered.reduce((out, form) => out.split(form).join(redacted), text) : text);
}
