import { Resend } from "resend";
import type { Email } from "./send-email";
import { env } from "../env/server";

let cached: { key: string; baseUrl: string | undefined; client: Resend } | undefined;

/**
 * One Resend client per process. Rebuilt only if the key or base URL changed (tests point the
 * same process at different stand-ins). Callers check that RESEND_API_KEY is set.
 */
export function resendClient(): Resend {
  const key = env.RESEND_API_KEY!;
  const baseUrl = env.RESEND_BASE_URL;
  if (!cached || cached.key !== key || cached.baseUrl !== baseUrl) cached = { key, baseUrl, client: new Resend(key, baseUrl ? { baseUrl } : undefined) };
  return cached.client;
}

/** An email in the shape Resend's send and batch endpoints take, with our sender and reply-to. */
export function toResendEmail(m: Email) {
  return { from: env.EMAIL_FROM, ...(env.EMAIL_REPLY_TO ? { replyTo: env.EMAIL_REPLY_TO } : {}), to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers };
}
