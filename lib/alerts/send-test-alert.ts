import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db";
import { sendEmail } from "../email/send-email";
import type { State } from "../sources/model";
import { STATE_COLOR } from "../status/labels";
import { postJson } from "./channels/post-json";
import { signWebhook } from "./channels/sign";

export interface AlertPayload {
  id: string;
  type: "test" | "outage_started" | "outage_updated" | "outage_resolved" | "flapping" | "incident_opened" | "incident_updated" | "incident_resolved" | "maintenance_started";
  service: { slug: string; name: string; url: string };
  state: string;
  reason: string;
  occurredAt: string;
}

/** Slack incoming-webhook body: a coloured attachment with Block Kit text and a link. */
export function slackBody(p: AlertPayload): string {
  const color = STATE_COLOR[p.state as State] ?? STATE_COLOR.unknown;
  return JSON.stringify({
    text: `${p.service.name}: ${p.state.replace("_", " ")}`,
    attachments: [{ color, blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${p.service.name}* is *${p.state.replace("_", " ")}*\n${p.reason}` } },
      { type: "context", elements: [{ type: "mrkdwn", text: `<${p.service.url}|Live status> · ${p.occurredAt}` }] },
    ] }],
  });
}

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
  await attempt("email", () => sendEmail(prisma, {
    to: user.email, subject: "StatusRadar test alert",
    text: `${payload.reason}\n\nLive status: ${payload.service.url}`, html: `<p>${payload.reason}</p><p><a href="${payload.service.url}">Live status</a></p>`,
  }));
  for (const ch of user.channels) {
    const body = ch.kind === "slack" ? slackBody(payload) : JSON.stringify(payload);
    const headers: Record<string, string> = ch.kind === "webhook" && ch.secret ? { "x-statusradar-signature": signWebhook(body, ch.secret, now) } : {};
    await attempt(ch.kind, () => postJson(ch.url, body, headers));
  }
  return results;
}
