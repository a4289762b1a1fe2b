import { describe, expect, it } from "vitest";
import { verifyCron } from "@/lib/cron/verify-cron";

const secret = "s3cret-value-of-some-length";

describe("cron authorization", () => {
  it("accepts exactly Bearer <CRON_SECRET>", () => {
    expect(verifyCron(`Bearer ${secret}`, secret, true)).toEqual({ ok: true });
  });

  it.each([null, "", "Bearer", "Bearer ", `bearer ${secret}`, `Bearer ${secret}x`, `Bearer ${secret.slice(0, -1)}`, secret, `Basic ${secret}`])(
    "rejects %j with 401",
    (header) => {
      expect(verifyCron(header, secret, true)).toEqual({ ok: false, status: 401, error: "unauthorized" });
    },
  );

  it("refuses every call in production when no secret is configured", () => {
    expect(verifyCron("Bearer anything", undefined, true)).toMatchObject({ ok: false, status: 503 });
    expect(verifyCron(null, undefined, true)).toMatchObject({ ok: false, status: 503 });
  });

  it("lets development try the routes without a secret", () => {
    expect(verifyCron(null, undefined, false)).toEqual({ ok: true });
  });
});

describe("client address for rate limits", () => {
  it("takes the entry the nearest proxy added, not what the client wrote before it", async () => {
    const { clientIp } = await import("@/lib/auth/current");
    const req = (h: Record<string, string>) => new Request("http://x/", { headers: h });
    expect(clientIp(req({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(req({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(req({ "x-real-ip": "198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientIp(req({}))).toBe("local");
  });
});
