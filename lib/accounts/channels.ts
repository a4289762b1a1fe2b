import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../db";
import { entitlementOfUser } from "../billing/entitlements";
import { AppError } from "../http/errors";
import { assertSafeWebhookUrl } from "./webhook-url";

export type ChannelKind = "slack" | "webhook";

/** Adds or replaces the user's Slack or webhook channel (Alert Pro), after the SSRF checks. */
export async function setChannel(prisma: PrismaClient, userId: string, kind: ChannelKind, rawUrl: string, opts: { production: boolean; resolve?: (h: string) => Promise<string[]> }) {
  const plan = await entitlementOfUser(prisma, userId);
  if (!plan.channels.includes(kind)) throw new AppError("plan_feature", "Slack and webhook alerts come with Alert Pro.", 403);
  const url = await assertSafeWebhookUrl(rawUrl, opts);
  if (kind === "slack" && opts.production && !(url.hostname === "hooks.slack.com" && url.pathname.startsWith("/services/"))) {
    throw new AppError("invalid_url", "Use a Slack incoming-webhook URL (https://hooks.slack.com/services/…).", 400);
  }
  const secret = kind === "webhook" ? `srwh_${randomBytes(24).toString("base64url")}` : null;
  await prisma.channel.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, url: url.toString(), secret },
    update: { url: url.toString(), secret, secretShownAt: null },
  });
}

export async function removeChannel(prisma: PrismaClient, userId: string, kind: ChannelKind) {
  await prisma.channel.deleteMany({ where: { userId, kind } });
}

/** Returns the webhook secret if it has not been shown yet, and marks it shown: it appears once. */
export async function revealSecretOnce(prisma: PrismaClient, userId: string): Promise<string | null> {
  const ch = await prisma.channel.findUnique({ where: { userId_kind: { userId, kind: "webhook" } } });
  if (!ch?.secret || ch.secretShownAt) return null;
  const { count } = await prisma.channel.updateMany({ where: { id: ch.id, secretShownAt: null }, data: { secretShownAt: new Date() } });
  return count === 1 ? ch.secret : null;
}
