import type { PrismaClient } from "../db";
import { features } from "../env/server";
import { resendClient, toResendEmail } from "./resend-client";

export interface Email { to: string; subject: string; text: string; html: string; headers?: Record<string, string>; idempotencyKey?: string }

/**
 * Sends one email through Resend when RESEND_API_KEY is set; otherwise keeps it in the local
 * outbox (and logs it), so nothing is silently dropped on a server without email.
 */
export async function sendEmail(prisma: PrismaClient, mail: Email): Promise<{ via: "resend" | "outbox"; id: string }> {
  if (features.resend) {
    const { data, error } = await resendClient().emails.send(
      toResendEmail(mail),
      mail.idempotencyKey ? { idempotencyKey: mail.idempotencyKey } : undefined,
    );
    if (error || !data) throw new Error(`Resend refused the email: ${error?.message ?? "no answer"}`);
    return { via: "resend", id: data.id };
  }
  const row = await prisma.localEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html } });
  console.log(`[email] outbox → ${mail.to}: ${mail.subject}\n${mail.text}`);
  return { via: "outbox", id: row.id };
}
