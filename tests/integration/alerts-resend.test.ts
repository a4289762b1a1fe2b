import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startResendStandin, type ResendStandin } from "@/lib/dev/resend";
import { freshDatabase, type TestDatabase } from "../helpers/db";
import { testEntries } from "../helpers/entries";

// The real resend SDK through our senders against the local Resend stand-in, which fails for
// a while in every way it can: every alert still arrives, once.
let resend: ResendStandin;
let t: TestDatabase;
const N = 250;

beforeAll(async () => {
  resend = await startResendStandin();
  process.env.RESEND_API_KEY = resend.apiKey;
  process.env.RESEND_BASE_URL = resend.url;
  process.env.EMAIL_REPLY_TO = "support@statusradar.test";
  t = await freshDatabase("embedded");
  const { seedCatalog } = await import("@/lib/catalog/seed");
  await seedCatalog(t.db.prisma, testEntries);
  const service = await t.db.prisma.service.findUniqueOrThrow({ where: { slug: "workos" } });
  const now = new Date();
  await t.db.prisma.user.createMany({ data: Array.from({ length: N }, (_, i) => ({ id: `u${i}`, email: `s${i}@example.com` })) });
  await t.db.prisma.watch.createMany({ data: Array.from({ length: N }, (_, i) => ({ id: `w${i}`, userId: `u${i}`, serviceSlug: "workos" })) });
  const event = await t.db.prisma.alertEvent.create({ data: { serviceId: service.id, kind: "outage_started", state: "major_outage", previousState: "operational", signal: "official", reason: "Official page: Major System Outage", components: ["SSO"], occurredAt: now } });
  await t.db.prisma.delivery.createMany({ data: Array.from({ length: N }, (_, i) => ({ alertEventId: event.id, watchId: `w${i}`, userId: `u${i}`, channel: "email", nextAttemptAt: now, createdAt: now })) });
});
afterAll(async () => { await resend.close(); await t.cleanup(); });

describe("alert email through Resend", () => {
  it("delivers every alert exactly once through 500s, a 429, a timeout after acceptance and an outage", async () => {
    const { dispatchDue } = await import("@/lib/alerts/dispatch");
    const { defaultSenders } = await import("@/lib/alerts/senders");
    const senders = defaultSenders(t.db.prisma, { timeoutMs: 400 });
    resend.failNext(2, "500");
    resend.failNext(1, "429", { retryAfterSeconds: 2 });
    resend.failNext(1, "timeout-after-send");
    let clock = Date.now();
    for (let round = 0; round < 40 && resend.sent.length < N; round++) {
      if (round === 3) resend.setDown(true);
      if (round === 6) resend.setDown(false);
      await dispatchDue(t.db.prisma, { now: new Date(clock), senders, siteUrl: "https://statusradar.test", random: () => 0.5 });
      clock += 60_000; // time passes between rounds: backoff never holds a delivery for long
    }
    const recipients = resend.sent.map((m) => m.to[0]);
    expect(new Set(recipients).size).toBe(N);
    expect(recipients).toHaveLength(N);
    expect(await t.db.prisma.delivery.count({ where: { status: "sent" } })).toBe(N);
    const stats = resend.stats();
    expect(Object.keys(stats.byStatus)).toEqual(expect.arrayContaining(["200", "500", "429", "503"]));
    const m = resend.sent[0]!;
    expect(m.subject).toBe("WorkOS is down");
    expect(m.text).toContain("Official page: Major System Outage");
    expect(m.html).toContain("https://statusradar.test/status/workos");
    expect(m.replyTo).toEqual(["support@statusradar.test"]);
  });
});

describe("unsubscribe", () => {
  it("carries RFC 8058 headers whose one-click POST removes that service from the subscriber's alerts", async () => {
    const { setDatabase } = await import("@/lib/db");
    setDatabase(Promise.resolve(t.db));
    const { POST } = await import("@/app/api/unsubscribe/route");
    const m = resend.sent.find((x) => x.to[0] === "s7@example.com")!;
    expect(m.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = /^<(.+)>$/.exec(m.headers["List-Unsubscribe"]!)![1]!;
    expect(url).toMatch(/^https:\/\/statusradar\.test\/api\/unsubscribe\?token=/);
    const local = url.replace("https://statusradar.test", "http://localhost");
    const forged = local.replace(/.{4}$/, "AAAA");
    expect((await POST(new Request(forged, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }))).status).toBe(400);
    // A person pressing the button with a broken link is sent to a page that says so.
    const human = await POST(new Request(forged, { method: "POST", body: "", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(human.status).toBe(303);
    expect(human.headers.get("location")).toBe("/unsubscribe?error=invalid");
    expect(await t.db.prisma.watch.count({ where: { userId: "u7" } })).toBe(1);
    const res = await POST(new Request(local, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(await res.json()).toEqual({ unsubscribed: "workos" });
    expect(await t.db.prisma.watch.count({ where: { userId: "u7" } })).toBe(0);
    expect(await t.db.prisma.watch.count()).toBe(N - 1);
  });
});

describe("a batch retried in parts", () => {
  it("sends each part under its own key: no 409, every alert delivered once", async () => {
    const { dispatchDue } = await import("@/lib/alerts/dispatch");
    const { defaultSenders } = await import("@/lib/alerts/senders");
    const senders = defaultSenders(t.db.prisma, { timeoutMs: 400 });
    const service = await t.db.prisma.service.findUniqueOrThrow({ where: { slug: "workos" } });
    const now = new Date(Date.now() + 3_600_000);
    const event = await t.db.prisma.alertEvent.create({ data: { serviceId: service.id, kind: "outage_updated", state: "partial_outage", previousState: "major_outage", signal: "official", reason: "Official page: Partial System Outage", components: ["SSO"], occurredAt: now } });
    const users = Array.from({ length: 30 }, (_, i) => i + 1000);
    await t.db.prisma.user.createMany({ data: users.map((i) => ({ id: `u${i}`, email: `s${i}@example.com` })) });
    await t.db.prisma.watch.createMany({ data: users.map((i) => ({ id: `w${i}`, userId: `u${i}`, serviceSlug: "workos" })) });
    await t.db.prisma.delivery.createMany({ data: users.map((i) => ({ alertEventId: event.id, watchId: `w${i}`, userId: `u${i}`, channel: "email", nextAttemptAt: now, createdAt: now })) });
    resend.reset();
    // The whole batch fails once; its retry is claimed 20 rows, then 10.
    resend.failNext(1, "500");
    let jitter = 0;
    const random = () => (jitter++ % 2 ? 0.999 : 0); // uneven jitter must not split the batch either
    expect(await dispatchDue(t.db.prisma, { now, senders, siteUrl: "https://statusradar.test", random })).toMatchObject({ claimed: 30, retried: 30 });
    const later = new Date(now.getTime() + 60_000);
    expect(await dispatchDue(t.db.prisma, { now: later, senders, siteUrl: "https://statusradar.test", random, limit: 20 })).toMatchObject({ claimed: 20, sent: 20 });
    expect(await dispatchDue(t.db.prisma, { now: later, senders, siteUrl: "https://statusradar.test", random, limit: 20 })).toMatchObject({ claimed: 10, sent: 10 });
    const recipients = resend.sent.map((m) => m.to[0]);
    expect(recipients.sort()).toEqual(users.map((i) => `s${i}@example.com`).sort());
    expect(resend.stats().byStatus["409"]).toBeUndefined();
    expect(await t.db.prisma.delivery.count({ where: { alertEventId: event.id, status: "sent" } })).toBe(30);
  });
});
