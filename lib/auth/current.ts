import { cookies } from "next/headers";
import { prisma } from "../db";
import { env } from "../env/server";
import { AppError } from "../http/errors";
import { isSameOrigin } from "./same-origin";
import { checkCsrf, SESSION_COOKIE, sessionFromCookie, type SessionUser } from "./session";

/** The signed-in user of the current request (server components and route handlers), or null. */
export async function currentSession(): Promise<SessionUser | null> {
  const jar = await cookies();
  return sessionFromCookie(await prisma(), jar.get(SESSION_COOKIE)?.value, new Date());
}

/**
 * The client address for rate limits: the last X-Forwarded-For entry, the one added by the proxy
 * nearest us (Vercel, nginx's $proxy_add_x_forwarded_for, or our own server, which sets it from
 * the socket unless TRUST_PROXY). Entries before it are whatever the client chose to send.
 */
export function clientIp(req: Request): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || req.headers.get("x-real-ip") || "local";
}

/** Reads a urlencoded or multipart form, or JSON, into plain strings (arrays for repeated keys). */
export async function readForm(req: Request): Promise<Record<string, string | string[]>> {
  const type = req.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const body = (await req.json().catch(() => ({}))) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]));
  }
  const form = await req.formData().catch(() => new FormData());
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/**
 * A 303 back to a page of ours with a message for the person. The Location is relative, so it
 * stays on whatever host the browser used (behind proxies too), and never leaves the site.
 */
export function backTo(_req: Request, path: string, params: Record<string, string> = {}): Response {
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  const query = new URLSearchParams(params).toString();
  return new Response(null, { status: 303, headers: { location: query ? `${safe}?${query}` : safe } });
}

/**
 * The frame of every signed-in form post: a session (else to sign-in), same origin and the
 * session's CSRF token (else 403), then the action; a domain error goes back to the account page
 * as a message for the person.
 */
export async function accountAction(
  req: Request,
  action: (ctx: { session: SessionUser; form: Record<string, string | string[]> }) => Promise<Response>,
): Promise<Response> {
  const session = await currentSession();
  if (!session) return backTo(req, "/signin");
  const form = await readForm(req);
  // A repeated csrf field arrives as an array: refused like a wrong token, not a crash.
  if (!isSameOrigin(req) || typeof form.csrf !== "string" || !checkCsrf(session, form.csrf)) return Response.json({ error: "forbidden", message: "invalid CSRF token" }, { status: 403 });
  try {
    return await action({ session, form });
  } catch (err) {
    if (err instanceof AppError) return backTo(req, "/account", { error: err.message, code: err.code });
    throw err;
  }
}

/** Whether this signed-in person may use /admin: their address is in ADMIN_EMAILS. */
export function isAdmin(session: SessionUser | null): session is SessionUser {
  return Boolean(session) && env.ADMIN_EMAILS.includes(session!.email.toLowerCase());
}
