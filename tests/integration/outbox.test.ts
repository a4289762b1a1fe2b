import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchDue } from "@/lib/alerts/dispatch";
import { outboxReport, retryParked } from "@/lib/alerts/outbox";
import { SendError, type Senders } from "@/lib/alerts/senders";
import { seedCatalog } from "@/lib/catalog/seed";
import { freshDatabase, type TestDatabase } from "../helpers/db";
import { testEntries } from "../helpers/entries";

// Parked deliveries, as the admin page shows them and sends them again.
let t: TestDatabase;
const now = new Date();
const siteUrl = "https://statusradar.test";

beforeAll(async () => {
  t = await freshDatabase("embedded");
  await seedCatalog(t.db.prisma, testEntries);
  const service = await t.db.prisma.service.findUniqueOrThrow({ where: { slug: "workos" } });
  await t.db.prisma.user.createMany({ data: [0, 1, 2].map((i) => ({ id: `u${i}`, email: `p${i}@example.com` })) });
  await t.db.prisma.watch.createMany({ data: [0, 1, 2].map((i) => ({ id: `w${i}`, userId: `u${i}`, serviceSlug: "workos" })) });
  const event = await t.db.prisma.alertEvent.create({ data: { serviceId: service.id, kind: "outage_started", state: "major_outage", previousState: "operational", signal: "official", reason: "Official page: Major System Outage", components: [], occurredAt: now } });
  await t.db.prisma.delivery.createMany({ data: [0, 1, 2].map((i) => ({ alertEventId: event.id, watchId: `w${i}`, userId: `u${i}`, channel: "email", nextAttemptAt: now, createdAt: now })) });
});
afterAll(() => t.cleanup());

describe("parked deliveries", () => {
  it("are reported with their error, and go out again when retried", async () => {
    const inbox: string[] = [];
    let refuse = true;
    const senders: Senders = {
      async emailBatch(emails) {
        if (refuse) throw new SendError("Resend 422: The `to` field is invalid", true);
        inbox.push(...emails.map((e) => e.to));
      },
      async post() {},
    };
    expect(await dispatchDue(t.db.prisma, { now, senders, siteUrl })).toMatchObject({ claimed: 3, parked: 3 });
    const report = await outboxReport(t.db.prisma);
    expect(report.counts).toEqual({ parked: 3 });
    expect(report.parked[0]).toMatchObject({ channel: "email", service: "workos", serviceName: "WorkOS", kind: "outage_started", attempts: 1, lastError: expect.stringMatching(/422/) });

    refuse = false;
    const one = report.parked.find((d) => d.to === "p1@example.com")!;
    expect(await retryParked(t.db.prisma, now, [one.id])).toBe(1);
    expect(await dispatchDue(t.db.prisma, { now, senders, siteUrl })).toMatchObject({ claimed: 1, sent: 1 });
    expect(inbox).toEqual(["p1@example.com"]);

    expect(await retryParked(t.db.prisma, now)).toBe(2);
    expect(await dispatchDue(t.db.prisma, { now, senders, siteUrl })).toMatchObject({ claimed: 2, sent: 2 });
    expect(inbox.sort()).toEqual(["p0@example.com", "p1@example.com", "p2@example.com"]);
    expect((await outboxReport(t.db.prisma)).counts).toEqual({ sent: 3 });
    expect(await retryParked(t.db.prisma, now)).toBe(0);
  });
});
