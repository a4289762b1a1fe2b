import type { PrismaClient } from "../db";
import type { Email } from "../email/send-email";
import { resendClient, toResendEmail } from "../email/resend-client";
import { env } from "../env/server";
import { UpstreamError } from "../http/fetch-upstream";
import { postJson } from "./channels/post-json";

/** Why a send failed: retry later (maybe after `retryAfterMs`) or give up now. */
export class SendError extends Error {
  constructor(message: string, readonly permanent: boolean, readonly retryAfterMs?: number) {
    super(message);
    this.name = "SendError";
  }
}

export interface Senders {
  /** Up to 100 emails in one request; the key makes a retried batch a no-op at the provider. */
  emailBatch(emails: Email[], idempotencyKey: string): Promise<void>;
  post(url: string, body: string, headers: Record<string, string>): Promise<void>;
}

/** Resend's batch API when configured; otherwise the local outbox, so nothing is silently dropped. */
export function defaultSenders(prisma: PrismaClient, opts: { timeoutMs?: number } = {}): Senders {
  // Paced by Resend's own rate-limit headers: when a reply says none remain, wait for the reset
  // instead of collecting 429s.
  let nextAllowedAt = 0;
  return {
    async emailBatch(emails, idempotencyKey) {
      if (!env.RESEND_API_KEY) {
        await prisma.localEmail.createMany({ data: emails.map((m) => ({ to: m.to, subject: m.subject, text: m.text, html: m.html })) });
        return;
      }
      const wait = nextAllowedAt - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      // The SDK has no timeout of its own; a request that may have gone through is retried under the same key.
      const result = (await resendClient().batch.send(
        emails.map(toResendEmail),
        { idempotencyKey, signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000) } as never,
      ).catch((err: Error) => ({ data: null, error: { name: "network_error", message: err.message, statusCode: null }, headers: null }))) as {
        error: { name?: string; message?: string; statusCode?: number | null } | null; headers?: Record<string, string> | null;
      };
      const h = result.headers ?? {};
      if (h["ratelimit-remaining"] === "0" && h["ratelimit-reset"]) nextAllowedAt = Date.now() + Number(h["ratelimit-reset"]) * 1000;
      if (result.error) throw classifyResendError(result.error, h["retry-after"]);
    },
    async post(url, body, headers) {
      try {
        await postJson(url, body, headers);
      } catch (err) {
        const status = err instanceof UpstreamError ? err.status : undefined;
        // A gone or refused endpoint will not get better by itself; everything else may.
        throw new SendError((err as Error).message, status !== undefined && [400, 401, 403, 404, 410].includes(status));
      }
    },
  };
}

function classifyResendError(e: { name?: string; message?: string; statusCode?: number | null }, retryAfter?: string): SendError {
  const status = e.statusCode ?? 0;
  if (status === 429) return new SendError(`Resend rate limit: ${e.message}`, false, Math.max(1, Number(retryAfter) || 1) * 1000);
  // invalid_idempotent_request: the same key with another body, which retrying cannot mend (see
  // batchKey in dispatch.ts). The other 409, concurrent_idempotent_requests, is worth a retry.
  const permanent = status === 422 || status === 400 || status === 403 || status === 401 || e.name === "invalid_idempotent_request";
  return new SendError(`Resend ${status || e.name}: ${e.message}`, permanent);
}
