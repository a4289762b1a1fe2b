import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, URL-safe: for magic links, session cookies and CSRF tokens. */
export const randomToken = () => randomBytes(32).toString("base64url");

/** Tokens are stored only as SHA-256, so a database leak reveals no usable link or session. */
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Constant-time string equality (both sides hashed first so lengths leak nothing). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}
