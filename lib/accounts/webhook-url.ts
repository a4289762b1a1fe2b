import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "../http/errors";

/**
 * SSRF guard for user-supplied webhook URLs: in production they must be https and every address
 * the host resolves to must be public (no loopback, private, link-local, CGNAT, multicast or
 * unspecified ranges, IPv4 or IPv6). Development allows local targets so it can be tried.
 */
export async function assertSafeWebhookUrl(raw: string, opts: { production: boolean; resolve?: (host: string) => Promise<string[]> }): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("invalid_url", "Enter a full URL, starting with https://", 400);
  }
  if (url.username || url.password) throw new AppError("invalid_url", "Webhook URLs must not contain credentials.", 400);
  if (!opts.production) {
    if (!/^https?:$/.test(url.protocol)) throw new AppError("invalid_url", "Webhook URLs must use http or https.", 400);
    return url;
  }
  if (url.protocol !== "https:") throw new AppError("invalid_url", "Webhook URLs must use https.", 400);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const resolve = opts.resolve ?? (async (h: string) => (await lookup(h, { all: true })).map((a) => a.address));
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    throw new AppError("invalid_url", `The host ${host} does not resolve.`, 400);
  }
  if (!addresses.length || addresses.some(isPrivateAddress)) throw new AppError("invalid_url", "Webhook URLs must point to a public address.", 400);
  return url;
}

export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split(".").map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19));
  }
  const v6 = address.toLowerCase();
  return v6 === "::" || v6 === "::1" || v6.startsWith("fe8") || v6.startsWith("fe9") || v6.startsWith("fea") || v6.startsWith("feb")
    || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("ff") || v6.startsWith("64:ff9b:");
}
