import { createHmac } from "node:crypto";
import type { PrismaClient } from "../db";
import { randomToken, safeEqual } from "../auth/tokens";
import { env } from "../env/server";

/** The key that signs unsubscribe links: APP_SECRET, else one generated once and stored. */
export async function signingSecret(prisma: PrismaClient): Promise<string> {
  if (env.APP_SECRET) return env.APP_SECRET;
  const fresh = randomToken();
  await prisma.appSetting.createMany({ data: [{ key: "signing_secret", value: fresh }], skipDuplicates: true });
  return (await prisma.appSetting.findUniqueOrThrow({ where: { key: "signing_secret" } })).value;
}

/** `<userId>.<slug>.<hmac>`: unsubscribes one user from one service's alerts, no sign-in needed. */
export function unsubscribeToken(secret: string, userId: string, slug: string): string {
  const mac = createHmac("sha256", secret).update(`unsubscribe:${userId}:${slug}`).digest("base64url");
  return `${userId}.${slug}.${mac}`;
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; slug: string } | null {
  const m = /^([a-z0-9]{1,40})\.([a-z0-9-]{1,60})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  return safeEqual(unsubscribeToken(secret, m[1]!, m[2]!), token) ? { userId: m[1]!, slug: m[2]! } : null;
}

/** RFC 8058 headers for an alert email. */
export function unsubscribeHeaders(siteUrl: string, token: string): Record<string, string> {
  return { "List-Unsubscribe": `<${siteUrl}/api/unsubscribe?token=${encodeURIComponent(token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** The human-facing link in the email body (a confirm page, so link scanners unsubscribe no one). */
export function unsubscribePageUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
}
