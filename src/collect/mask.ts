/**
 * `user:password@` at the start (scheme optional), up to the last `@`: a password pasted unencoded (`p@ss`, `p#ss`,
 * `p/ss`, which no URL parser reads) stays hidden. Masking too much is harmless; too little prints the password.
 */
const USERINFO = /^((?:[a-z][a-z0-9+.-]*:\/\/)|(?![a-z][a-z0-9+.-]*:\/\/))([^/:@?#\s]*):(\S*)@/i;
/** `password=…` as a query parameter or a `key=value` connection string (`host=db password='a b'`). */
const SECRET_PARAM = /(^|[\s?&;])((?:password|sslpassword|pass|pwd|token|access_token|key|secret)=)('(?:[^'\\]|\\.)*'|[^&#\s;]*)/gi;

/**
 * A connection string safe to print: the password of `scheme://user:password@host` (or `user:password@host`) becomes
 * `***`, and so does any `password=` / `token=` parameter, in a URL or a `key=value` string. Never print a connection
 * string without it.
 */
export function maskUrl(url: string): string {
  return url.replace(USERINFO, (_, scheme: string, user: string) => `${scheme}${user}:***@`).replace(SECRET_PARAM, '$1$2***');
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

/** The password of a connection string (`user:password@`, or a `password=` parameter), if any, to redact it from messages that echo it. */
export function urlPassword(url: string): string | undefined {
  const raw = USERINFO.exec(url)?.[3] ?? /(?:^|[\s?&;])(?:sslpassword|password)=('(?:[^'\\]|\\.)*'|[^&#\s;]*)/i.exec(url)?.[1]?.replace(/^'|'$/g, '');
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
