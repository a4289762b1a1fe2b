/**
 * CSRF defence for every state-changing request: the browser's Origin (or, failing that, Referer)
 * must be this site. Forms of signed-in users also carry the session's CSRF token.
 */
export function isSameOrigin(req: Request): boolean {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const origin = req.headers.get("origin") ?? req.headers.get("referer");
  if (!host || !origin) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
