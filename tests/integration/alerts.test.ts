import { afterEach, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/catalog/seed";
import { connect } from "@/lib/db";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { dispatchDue, MAX_ATTEMPTS } from "@/lib/alerts/dispatch";
import { SendError, type Senders } from "@/lib/alerts/senders";
import type { Email } from "@/lib/email/send-email";
import { runPollCycle } from "@/lib/monitor/poll-cycle";
import { databaseKinds, freshDatabase, type TestDatabase } from "../helpers/db";
import { testEntries } from "../helpers/entries";

/** A provider that, like Resend, accepts a repeated Idempotency-Key only once. */
function fakeProvider() {
  const inbox: { to: string; subject: string }[] = [];
  const keys = new Set<string>();
  const posts: { url: string; body: string; headers: Record<string, string> }[] = [];
  let failures = 0;
  const senders: Senders = {
    async emailBatch(emails: Email[], key: string) {
      if (failures > 0) { failures--; throw new SendError("HTTP 500", false); }
      if (keys.has(key)) return;
      keys.add(key);
      inbox.push(...emails.map((e) => ({ to: e.to, subject: e.subject })));
    },
    async post(url, body, headers) { posts.push({ url, body, headers }); },
  };
  return { senders, inbox, posts, failFor: (n: number) => (failures = n) };
}

describe.each(databaseKinds)("alert outbox on %s", (kind) => {
  let t: TestDatabase;
  let fixture: FixtureServer;
  let clock: Date;
  afterEach(async () => { await fixture.close(); await t.cleanup(); });

  async function setup() {
    t = await freshDatabase(kind);
    fixture = await startFixtureServer({ entries: testEntries });
    await seedCatalog(t.db.prisma, testEntries);
    clock = new Date("2026-12-01T10:00:00Z");
    const mk = async (email: string, opts: { pro?: boolean; paused?: boolean; minSeverity?: string; bounced?: boolean } = {}) => {
      const u = await t.db.prisma.user.create({ data: { email, alertsPaused: opts.paused ?? false, emailSuppressedAt: opts.bounced ? clock : null } });
      if (opts.pro) {
        await t.db.prisma.billingSubscription.create({ data: { id: `sub_${email}`, userId: u.id, customerId: `cus_${email}`, status: "active", syncedAt: clock } });
        await t.db.prisma.channel.create({ data: { userId: u.id, kind: "webhook", url: "https://hooks.example.com/x", secret: "srwh_test" } });
      }
      await t.db.prisma.watch.create({ data: { userId: u.id, serviceSlug: "workos", minSeverity: opts.minSeverity ?? "degraded" } });
      return u;
    };
    await mk("free@example.com");
    await mk("pro@example.com", { pro: true });
    await mk("paused@example.com", { paused: true });
    await mk("picky@example.com", { minSeverity: "major_outage" });
    await mk("bounced@example.com", { bounced: true });
    await cycle(0);
  }
  const cycle = (s = 30) => { clock = new Date(clock.getTime() + s * 1000); return runPollCycle({ prisma: t.db.prisma, entries: testEntries, override: fixture.url, intervalMs: 30_000, staleAfterMs: 90_000, timeoutMs: 1000, now: () => clock }); };
  const dispatch = (senders: Senders, advanceS = 0, prisma = t.db.prisma) => dispatchDue(prisma, { now: new Date(clock.getTime() + advanceS * 1000), senders, siteUrl: "https://statusradar.test", random: () => 0.5 });
  const down = (state: "partial_outage" | "major_outage" = "major_outage") => fixture.apply({ at: 0, service: "workos", components: { SSO: state }, incident: { id: "i1", status: "investigating", impact: state === "major_outage" ? "critical" : "major" } });
  const up = () => fixture.apply({ at: 0, service: "workos", components: { SSO: "operational" }, incident: { id: "i1", status: "resolved" } });

  it("writes the alert and one delivery per (watch, channel) with the state change, honouring filters and pauses", async () => {
    await setup();
    down();
    await cycle();
    const events = await t.db.prisma.alertEvent.findMany();
    expect(events.map((e) => [e.kind, e.state, e.components])).toEqual([["outage_started", "major_outage", ["SSO"]]]);
    const deliveries = await t.db.prisma.delivery.findMany({ include: { user: true } });
    expect(deliveries.map((d) => `${d.user.email}:${d.channel}`).sort()).toEqual(["free@example.com:email", "picky@example.com:email", "pro@example.com:email", "pro@example.com:webhook"]);
    await cycle();
    expect(await t.db.prisma.delivery.count()).toBe(4);
  });

  it("sends each alert once, even with two dispatchers at once", async () => {
    await setup();
    down();
    await cycle();
    const p = fakeProvider();
    const second = kind === "postgres" ? await connect({ databaseUrl: t.url, dataDir: "unused" }) : null;
    try {
      const [a, b] = await Promise.all([dispatch(p.senders), dispatch(p.senders, 0, second?.prisma ?? t.db.prisma)]);
      expect(a.sent + b.sent).toBe(4);
    } finally {
      await second?.close();
    }
    expect(p.inbox.map((m) => m.to).sort()).toEqual(["free@example.com", "picky@example.com", "pro@example.com"]);
    expect(p.posts).toHaveLength(1);
    expect(p.posts[0]!.headers["x-statusradar-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect((await dispatch(p.senders, 60)).claimed).toBe(0);
  });

  it("survives a dispatcher killed after the provider accepted a batch: the restart resends under the same key", async () => {
    await setup();
    down();
    await cycle();
    const p = fakeProvider();
    const hang: Senders = { ...p.senders, emailBatch: (e, k) => p.senders.emailBatch(e, k).then(() => new Promise<void>(() => {})) };
    void dispatch(hang); // "killed": accepted by the provider, never recorded
    await new Promise((r) => setTimeout(r, 300));
    expect(p.inbox).toHaveLength(3);
    const restart = await dispatch(p.senders, 120); // lease expired
    expect(restart.sent).toBeGreaterThanOrEqual(3);
    expect(p.inbox).toHaveLength(3);
  });

  it("loses nothing while the provider fails: retries with backoff until it recovers", async () => {
    await setup();
    down();
    await cycle();
    const p = fakeProvider();
    p.failFor(3);
    let elapsed = 0;
    for (let i = 0; i < 6 && p.inbox.length < 3; i++) {
      const s = await dispatch(p.senders, elapsed);
      elapsed += 600;
      if (i === 0) expect(s.retried).toBe(3);
    }
    expect(p.inbox).toHaveLength(3);
    expect(await t.db.prisma.delivery.count({ where: { status: "sent" } })).toBe(4);
  });

  it("parks a delivery that keeps failing permanently, with its last error", async () => {
    await setup();
    down();
    await cycle();
    const p = fakeProvider();
    const refusing: Senders = { ...p.senders, post: async () => { throw new SendError("HTTP 410", true); } };
    await dispatch(refusing);
    const parked = await t.db.prisma.delivery.findFirstOrThrow({ where: { channel: "webhook" } });
    expect(parked).toMatchObject({ status: "parked", lastError: "HTTP 410" });
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
  });

  it("sends a recovery only after the outage alert, and never before it", async () => {
    await setup();
    down();
    await cycle();
    up();
    await cycle();
    const p = fakeProvider();
    p.failFor(1); // the outage batch fails once; the recovery must wait behind it
    await dispatch(p.senders);
    expect(p.inbox).toHaveLength(0);
    for (let i = 1; i < 4; i++) await dispatch(p.senders, i * 600);
    const subjects = p.inbox.filter((m) => m.to === "free@example.com").map((m) => m.subject);
    expect(subjects).toEqual(["WorkOS is down", "WorkOS is back up"]);
  });

  it("does not send an outage alert late once the outage is over for 30 minutes", async () => {
    await setup();
    down();
    await cycle();
    up();
    await cycle();
    const p = fakeProvider();
    const s = await dispatch(p.senders, 31 * 60);
    expect(s.skipped).toBeGreaterThan(0);
    expect(p.inbox).toHaveLength(0);
  });

  it("summarises a flapping service once instead of alerting on every flip", async () => {
    await setup();
    for (let i = 0; i < 3; i++) { down(); await cycle(); up(); await cycle(); }
    const kinds = (await t.db.prisma.alertEvent.findMany({ orderBy: { occurredAt: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["outage_started", "outage_resolved", "flapping"]);
    const p = fakeProvider();
    for (let i = 0; i < 3; i++) await dispatch(p.senders, i * 60);
    const subjects = p.inbox.filter((m) => m.to === "free@example.com").map((m) => m.subject);
    expect(subjects).toEqual(["WorkOS is down", "WorkOS is back up", "WorkOS keeps changing state"]);
  });

  it("sends one digest when several watched services break in the same cycle", async () => {
    await setup();
    const pro = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "pro@example.com" } });
    await t.db.prisma.watch.create({ data: { userId: pro.id, serviceSlug: "clerk" } });
    down();
    fixture.apply({ at: 0, service: "clerk", components: { API: "major_outage" }, incident: { id: "c1", status: "investigating", impact: "critical" } });
    await cycle();
    const p = fakeProvider();
    await dispatch(p.senders);
    const mails = p.inbox.filter((m) => m.to === "pro@example.com");
    expect(mails.map((m) => m.subject)).toEqual(["2 services you watch changed state"]);
    expect(p.inbox.filter((m) => m.to === "free@example.com").map((m) => m.subject)).toEqual(["WorkOS is down"]);
    expect(await t.db.prisma.delivery.count({ where: { user: { email: "pro@example.com" }, channel: "email", status: "sent" } })).toBe(2);
  });

  it("tells those already alerted about incident updates, and nobody about incidents already open at first read", async () => {
    await setup();
    expect(await t.db.prisma.alertEvent.count()).toBe(0);
    down();
    await cycle();
    const p = fakeProvider();
    await dispatch(p.senders);
    fixture.apply({ at: 0, service: "workos", incident: { id: "i1", name: "SSO: SAML sign-ins failing", status: "identified", body: "A bad deploy; rolling back." } });
    await cycle();
    const updated = await t.db.prisma.alertEvent.findFirstOrThrow({ where: { kind: "incident_updated" } });
    expect(updated).toMatchObject({ incidentUpstreamId: "i1", incidentName: "SSO: SAML sign-ins failing", reason: expect.stringContaining("A bad deploy") });
    await dispatch(p.senders, 60);
    const subjects = p.inbox.filter((m) => m.to === "free@example.com").map((m) => m.subject);
    expect(subjects[0]).toBe("WorkOS is down");
    expect(subjects[1]).toBe("Update on WorkOS incident: SSO: SAML sign-ins failing");
    up();
    await cycle();
    // The recovery alert covers the incident's resolution: one message, not two.
    expect(await t.db.prisma.alertEvent.count({ where: { kind: "incident_resolved" } })).toBe(0);
    expect(await t.db.prisma.alertEvent.count({ where: { kind: "outage_resolved" } })).toBe(1);
  });
});
