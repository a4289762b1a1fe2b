import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { EmailBouncedEvent, EmailComplainedEvent, EmailDeliveredEvent, EmailDeliveryDelayedEvent, EmailSentEvent } from "resend";
import type { SentEmail } from "./server";
import { signSvix } from "../../email/svix";

/** The email events the stand-in sends, typed with the resend SDK's own webhook payload types. */
export type ResendEmailEvent = EmailSentEvent | EmailDeliveredEvent | EmailDeliveryDelayedEvent | EmailBouncedEvent | EmailComplainedEvent;
export type ResendEmailEventType = ResendEmailEvent["type"];

/**
 * What webhook() is given. Only type and data.email_id are needed: from, to, subject and the email's
 * created_at default to the recorded email with that id, message_id to a made-up one, created_at to
 * the stand-in's now, and a bounce to a permanent one. Anything given in data is sent as is.
 */
export interface WebhookInput {
  type: ResendEmailEventType;
  created_at?: string;
  data: { email_id: string } & Partial<EmailBouncedEvent["data"]> & Record<string, unknown>;
}

export interface WebhookDelivery {
  url: string;
  /** The endpoint's HTTP status; 0 when it could not be reached (see error). */
  status: number;
  responseBody: string;
  error?: string;
  /** The headers sent: svix-id, svix-timestamp, svix-signature, content-type, user-agent. */
  headers: Record<string, string>;
  /** The exact body sent (what the signature covers). */
  payload: string;
  event: ResendEmailEvent;
}

const DEFAULT_BOUNCE = { type: "Permanent", subType: "General", message: "The recipient's mail server permanently rejected the email." };

export function buildEvent(input: WebhookInput, email: SentEmail | undefined, now: Date): ResendEmailEvent {
  const id = input.data.email_id;
  const data = {
    created_at: (email?.receivedAt ?? now).toISOString(),
    message_id: `<${id}@resend-standin.local>`,
    from: email?.from ?? "",
    to: email?.to ?? [],
    subject: email?.subject ?? "",
    ...(input.type === "email.bounced" ? { bounce: DEFAULT_BOUNCE } : {}),
    ...input.data, // email_id included
  };
  return { type: input.type, created_at: input.created_at ?? now.toISOString(), data } as ResendEmailEvent;
}

/** POSTs one event, signed the way Resend (through Svix) signs it. One attempt, no retries. */
export function deliverWebhook(url: string, secret: string, event: ResendEmailEvent, now: Date, timeoutMs = 10_000): Promise<WebhookDelivery> {
  const payload = JSON.stringify(event);
  const svixId = `msg_${randomBytes(18).toString("base64url")}`;
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers = {
    "content-type": "application/json",
    "user-agent": "Svix-Webhooks/1.0 (resend stand-in)",
    "svix-id": svixId,
    "svix-timestamp": String(timestamp),
    "svix-signature": signSvix(svixId, timestamp, payload, secret),
  };
  const base = { url, headers, payload, event };
  return new Promise((resolve) => {
    const transport = url.startsWith("https:") ? https : http;
    const req = transport.request(url, { method: "POST", agent: false, timeout: timeoutMs, headers: { ...headers, "content-length": String(Buffer.byteLength(payload)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ ...base, status: res.statusCode ?? 0, responseBody: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", (err) => resolve({ ...base, status: res.statusCode ?? 0, responseBody: "", error: err.message }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (err) => resolve({ ...base, status: 0, responseBody: "", error: err.message }));
    req.end(payload);
  });
}
