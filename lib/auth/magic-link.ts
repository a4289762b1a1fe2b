import type { PrismaClient } from "../db";
import { AppError } from "../http/errors";
import { randomToken, sha256 } from "./tokens";

export const LINK_TTL_MS = 15 * 60_000;
export const LIMITS = { perEmail: 3, perIp: 10, windowMs: 15 * 60_000 };

export interface LinkEmail { to: string; link: string }

/**
 * Issues a sign-in link. The answer is the same whether or not the address has an account;
 * too many requests for one address or from one IP are refused with a 429 that says only that.
 */
export async function requestMagicLink(
  prisma: PrismaClient,
  input: { email: string; ip: string; now: Date; siteUrl: string },
  send: (mail: LinkEmail) => Promise<void>,
): Promise<void> {
  const since = new Date(input.now.getTime() - LIMITS.windowMs);
  const [byEmail, byIp] = await Promise.all([
    prisma.magicLinkToken.count({ where: { email: input.email, createdAt: { gte: since } } }),
    prisma.magicLinkToken.count({ where: { ip: input.ip, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= LIMITS.perEmail || byIp >= LIMITS.perIp) {
    throw new AppError("rate_limited", "Too many sign-in links requested. Wait a few minutes and try again.", 429);
  }
  const token = randomToken();
  await prisma.magicLinkToken.create({
    data: { tokenHash: sha256(token), email: input.email, ip: input.ip, createdAt: input.now, expiresAt: new Date(input.now.getTime() + LINK_TTL_MS) },
  });
  await send({ to: input.email, link: `${input.siteUrl}/auth/verify?token=${encodeURIComponent(token)}` });
}

/**
 * Consumes a link once: the update only matches an unused, unexpired token, so two clicks (or a
 * mail scanner and a person) cannot both sign in. Creates the user on first sign-in.
 */
export async function consumeMagicLink(prisma: PrismaClient, token: string, now: Date): Promise<{ userId: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const tokenHash = sha256(token);
  const used = await prisma.magicLinkToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (used.count !== 1) return null;
  const { email } = await prisma.magicLinkToken.findUniqueOrThrow({ where: { tokenHash } });
  const user = await prisma.user.upsert({ where: { email }, create: { email }, update: {} });
  return { userId: user.id, email };
}
