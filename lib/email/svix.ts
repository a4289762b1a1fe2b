import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Svix webhook signatures, the scheme Resend signs its webhooks with. It has no dependencies beyond
 * node:crypto, so the app's webhook route can import it as well as the stand-in.
 *
 * A delivery has three headers:
 *   svix-id         msg_…, the same on every retry of one message
 *   svix-timestamp  Unix seconds when it was signed
 *   svix-signature  "v1,<base64 HMAC-SHA256>" pairs separated by spaces (several while a secret is rotated)
 * The HMAC is over `${id}.${timestamp}.${rawBody}`, keyed with the base64-decoded part of the secret
 * after "whsec_". The standard-webhooks names (webhook-id, webhook-timestamp, webhook-signature) are
 * accepted too, since they carry the same values.
 */

/** Svix's default tolerance: a signature is good for five minutes either side of its timestamp. */
export const SVIX_TOLERANCE_SECONDS = 5 * 60;

/** A fetch/Next.js Headers object, or a plain record such as Node's IncomingHttpHeaders. */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export type RawBody = string | Uint8Array;

export type SvixCheck =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; reason: "missing_headers" | "invalid_timestamp" | "timestamp_out_of_tolerance" | "invalid_secret" | "no_matching_signature" };

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret, "base64");
}

function mac(key: Buffer, id: string, timestamp: number | string, body: RawBody): string {
  return createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest("base64");
}

/** The svix-signature header value for one message: "v1,<base64>". */
export function signSvix(id: string, timestamp: number, body: RawBody, secret: string): string {
  const key = keyOf(secret);
  if (key.length === 0) throw new Error("svix: the signing secret is empty (expected whsec_<base64>)");
  return `v1,${mac(key, id, timestamp, body)}`;
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  let value = record[name];
  if (value === undefined) {
    const key = Object.keys(record).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks a delivery and says why it fails. Compare the RAW request body (the bytes as received), not
 * a re-serialized JSON object. `now` defaults to the current time.
 */
export function checkSvixSignature(rawBody: RawBody, headers: HeaderSource, secret: string, now: Date = new Date()): SvixCheck {
  const id = header(headers, "svix-id") ?? header(headers, "webhook-id");
  const stamp = header(headers, "svix-timestamp") ?? header(headers, "webhook-timestamp");
  const signatures = header(headers, "svix-signature") ?? header(headers, "webhook-signature");
  if (!id || !stamp || !signatures) return { ok: false, reason: "missing_headers" };
  if (!/^\d{1,12}$/.test(stamp)) return { ok: false, reason: "invalid_timestamp" };
  const timestamp = Number(stamp);
  if (Math.abs(now.getTime() / 1000 - timestamp) > SVIX_TOLERANCE_SECONDS) return { ok: false, reason: "timestamp_out_of_tolerance" };
  const key = keyOf(secret);
  if (key.length === 0) return { ok: false, reason: "invalid_secret" };
  const expected = Buffer.from(mac(key, id, stamp, rawBody));
  for (const part of signatures.split(" ")) {
    const comma = part.indexOf(",");
    if (comma < 0 || part.slice(0, comma) !== "v1") continue;
    const given = Buffer.from(part.slice(comma + 1));
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true, id, timestamp };
  }
  return { ok: false, reason: "no_matching_signature" };
}

/** True when the delivery carries a valid v1 signature for `secret` within the 5-minute tolerance. */
export function verifySvixSignature(rawBody: RawBody, headers: HeaderSource, secret: string, now?: Date): boolean {
  return checkSvixSignature(rawBody, headers, secret, now).ok;
}
