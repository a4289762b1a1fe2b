import { createHmac } from "node:crypto";

/**
 * X-StatusRadar-Signature: "t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}`>". The
 * timestamp is signed too, so a receiver can refuse replays older than a few minutes.
 */
export function signWebhook(body: string, secret: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}
