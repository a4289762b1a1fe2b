import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db";
import { sendEmail } from "../email/send-email";
import { testAlertEmail } from "../email/templates/account";
import { postJson } from "./channels/post-json";
import { signWebhook } from "./channels/sign";
import { slackBody, type AlertPayload } from "./payload";

/** "Send test alert": one message through every channel of the user, reporting each outcome. */
export async function sendTestAlert(prisma: PrismaClient, userId: string, siteUrl: string, now: Date): Promise<Record<string, string>> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { channels: true } });
  const payload: AlertPayload = {
    id: randomUUID(), type: "test", service: { slug: "workos", name: "WorkOS", url: `${siteUrl}/status/workos` },
    state: "operational", reason: "This is a test alert from StatusRadar: your channel works.", occurredAt: now.toISOString(),
  };
  const results: Record<string, string> = {};
  const attempt = async (name: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      results[name] = "sent";
    } catch (err) {
      results[name] = `failed: ${(err as Error).message}`;
    }
  };
  await attempt("email", async () => sendEmail(prisma, { to: user.email, ...(await testAlertEmail(payload.service.url, `${siteUrl}/account`)) }));
  for (const ch of user.channels) {
    const body = ch.kind === "slack" ? slackBody(payload) : JSON.stringify(payload);
    const headers: Record<string, string> = ch.kind === "webhook" && ch.secret ? { "x-statusradar-signature": signWebhook(body, ch.secret, now) } : {};
    await attempt(ch.kind, () => postJson(ch.url, body, headers));
  }
  return results;
}
