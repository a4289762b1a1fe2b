import type { PrismaClient } from "../db";
import { randomToken, safeEqual, sha256 } from "./tokens";

export const SESSION_COOKIE = "sr_session";
export const SESSION_TTL_MS = 30 * 24 * 3_600_000;

export interface SessionUser { sessionId: string; userId: string; email: string; csrfToken: string }

/** Starts a session; returns the cookie value (never stored) and its CSRF token. */
export async function createSession(prisma: PrismaClient, userId: string, now: Date) {
  const cookie = randomToken();
  const csrfToken = randomToken();
  await prisma.session.create({ data: { id: sha256(cookie), userId, csrfToken, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) } });
  return { cookie, csrfToken, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) };
}

export async function sessionFromCookie(prisma: PrismaClient, cookie: string | undefined, now: Date): Promise<SessionUser | null> {
  if (!cookie || !/^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return null;
  const s = await prisma.session.findUnique({ where: { id: sha256(cookie) }, include: { user: { select: { email: true } } } });
  if (!s || s.expiresAt <= now) return null;
  return { sessionId: s.id, userId: s.userId, email: s.user.email, csrfToken: s.csrfToken };
}

export const checkCsrf = (session: SessionUser, submitted: string | null | undefined) => Boolean(submitted) && safeEqual(session.csrfToken, submitted!);

export async function signOut(prisma: PrismaClient, session: SessionUser, everywhere: boolean): Promise<void> {
  if (everywhere) await prisma.session.deleteMany({ where: { userId: session.userId } });
  else await prisma.session.deleteMany({ where: { id: session.sessionId } });
}
