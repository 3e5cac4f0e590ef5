/**
 * A connection string safe to print: the password of `scheme://user:password@host` becomes `***`, and so does any
 * `password=` / `token=` query parameter. Never print a connection string without it.
 */
export function maskUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@?#]*):[^@/?#]*@/i, '$1:***@').replace(/([?&](?:password|pass|pwd|token|access_token|key|secret)=)[^&#]*/gi, '$1***');
}

/** Removes every secret (a password, a token, a whole connection string) from a message before it is shown. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 3) continue;
    out = out.split(secret).join('***');
  }
  return out;
}

/** The password part of a URL, if any (to redact it from messages that echo it). */
export function urlPassword(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/:@?#]*:([^@/?#]*)@/i.exec(url);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
