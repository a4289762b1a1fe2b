import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consumeMagicLink, LIMITS, LINK_TTL_MS, requestMagicLink, type LinkEmail } from "@/lib/auth/magic-link";
import { checkCsrf, createSession, sessionFromCookie, signOut } from "@/lib/auth/session";
import { sha256 } from "@/lib/auth/tokens";
import { AppError } from "@/lib/http/errors";
import { freshDatabase, type TestDatabase } from "../helpers/db";

const t0 = new Date("2026-12-04T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
let t: TestDatabase;
let sent: LinkEmail[];
const send = async (m: LinkEmail) => { sent.push(m); };
const ask = (email: string, ip = "203.0.113.7", now = t0) => requestMagicLink(t.db.prisma, { email, ip, now, siteUrl: "https://statusradar.test" }, send);
const tokenOf = (m: LinkEmail) => new URL(m.link).searchParams.get("token")!;

beforeEach(async () => { t = await freshDatabase("embedded"); sent = []; });
afterEach(() => t.cleanup());

describe("magic links", () => {
  it("stores only a hash of a random token and signs in once, creating the user", async () => {
    await ask("ada@example.com");
    const token = tokenOf(sent[0]!);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await t.db.prisma.magicLinkToken.findFirstOrThrow();
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const who = await consumeMagicLink(t.db.prisma, token, later(60_000));
    expect(who?.email).toBe("ada@example.com");
    expect(await t.db.prisma.user.count()).toBe(1);
    expect(await consumeMagicLink(t.db.prisma, token, later(61_000))).toBeNull();
  });

  it("expires after 15 minutes and rejects garbage", async () => {
    await ask("ada@example.com");
    expect(await consumeMagicLink(t.db.prisma, tokenOf(sent[0]!), later(LINK_TTL_MS + 1))).toBeNull();
    expect(await consumeMagicLink(t.db.prisma, "x".repeat(43), t0)).toBeNull();
    expect(await consumeMagicLink(t.db.prisma, "'; DROP TABLE \"User\"; --", t0)).toBeNull();
  });

  it("answers the same for a new and an existing address", async () => {
    await t.db.prisma.user.create({ data: { email: "known@example.com" } });
    await expect(ask("known@example.com")).resolves.toBeUndefined();
    await expect(ask("unknown@example.com")).resolves.toBeUndefined();
    expect(sent.map((m) => m.to)).toEqual(["known@example.com", "unknown@example.com"]);
  });

  it("rate-limits per address and per IP within 15 minutes", async () => {
    for (let i = 0; i < LIMITS.perEmail; i++) await ask("ada@example.com", `198.51.100.${i}`);
    const err = await ask("ada@example.com", "198.51.100.99").catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 429, code: "rate_limited" });
    await expect(ask("ada@example.com", "198.51.100.99", later(LIMITS.windowMs + 1))).resolves.toBeUndefined();
    for (let i = 0; i < LIMITS.perIp; i++) await ask(`user${i}@example.com`, "192.0.2.1").catch(() => {});
    await expect(ask("another@example.com", "192.0.2.1")).rejects.toMatchObject({ status: 429 });
  });
});

describe("sessions", () => {
  it("live in a hashed cookie, carry a CSRF token, and sign out here or everywhere", async () => {
    const user = await t.db.prisma.user.create({ data: { email: "ada@example.com" } });
    const a = await createSession(t.db.prisma, user.id, t0);
    const b = await createSession(t.db.prisma, user.id, t0);
    const c = await createSession(t.db.prisma, user.id, t0);
    expect(await t.db.prisma.session.findFirst({ where: { id: a.cookie } })).toBeNull();
    const sa = (await sessionFromCookie(t.db.prisma, a.cookie, later(1000)))!;
    expect(sa.email).toBe("ada@example.com");
    expect(checkCsrf(sa, a.csrfToken)).toBe(true);
    expect(checkCsrf(sa, b.csrfToken)).toBe(false);
    expect(checkCsrf(sa, "")).toBe(false);
    await signOut(t.db.prisma, sa, false);
    expect(await sessionFromCookie(t.db.prisma, a.cookie, later(1000))).toBeNull();
    expect(await sessionFromCookie(t.db.prisma, b.cookie, later(1000))).not.toBeNull();
    await signOut(t.db.prisma, (await sessionFromCookie(t.db.prisma, b.cookie, later(1000)))!, true);
    expect(await sessionFromCookie(t.db.prisma, c.cookie, later(1000))).toBeNull();
    expect(await sessionFromCookie(t.db.prisma, "not a cookie", t0)).toBeNull();
  });
});
