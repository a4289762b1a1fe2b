import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addWatch, applyPlanToWatches, updateWatchFilters } from "@/lib/accounts/watches";
import { services } from "@/lib/catalog/services";
import { freshDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let userId: string;
const slugs = services.map((s) => s.slug);
const setPlan = (status: string | null) =>
  status === null
    ? t.db.prisma.billingSubscription.deleteMany({ where: { userId } })
    : t.db.prisma.billingSubscription.upsert({
        where: { userId }, create: { id: "sub_1", userId, customerId: "cus_1", status, syncedAt: new Date() }, update: { status },
      });
const active = async () => (await t.db.prisma.watch.findMany({ where: { userId, planPaused: false }, orderBy: { createdAt: "asc" } })).map((w) => w.serviceSlug);

beforeEach(async () => {
  t = await freshDatabase("embedded");
  userId = (await t.db.prisma.user.create({ data: { email: "ada@example.com" } })).id;
});
afterEach(() => t.cleanup());

describe("plan limits, enforced on the server", () => {
  it("Free: one service; a second is refused with a way to upgrade", async () => {
    await addWatch(t.db.prisma, userId, "workos");
    await expect(addWatch(t.db.prisma, userId, "okta")).rejects.toMatchObject({ code: "plan_limit", status: 403, message: expect.stringMatching(/Upgrade to Alert Pro/) });
    await expect(addWatch(t.db.prisma, userId, "workos")).resolves.toBeUndefined(); // already watched: no-op
  });

  it("Pro (trialing): ten services; the eleventh is refused", async () => {
    await setPlan("trialing");
    for (const s of slugs.slice(0, 10)) await addWatch(t.db.prisma, userId, s);
    await expect(addWatch(t.db.prisma, userId, slugs[10]!)).rejects.toMatchObject({ code: "plan_limit", message: expect.stringMatching(/up to 10/) });
  });

  it("refuses unknown services and filters on Free", async () => {
    await expect(addWatch(t.db.prisma, userId, "no-such-api")).rejects.toMatchObject({ code: "unknown_service", status: 400 });
    await addWatch(t.db.prisma, userId, "workos");
    await expect(updateWatchFilters(t.db.prisma, userId, "workos", { components: [], minSeverity: "major_outage" })).rejects.toMatchObject({ code: "plan_feature" });
  });

  it("a downgrade keeps the first chosen service and pauses the rest; resubscribing restores them", async () => {
    await setPlan("active");
    for (const s of ["workos", "okta", "stripe"]) await addWatch(t.db.prisma, userId, s);
    await setPlan("canceled");
    await applyPlanToWatches(t.db.prisma, userId);
    expect(await active()).toEqual(["workos"]);
    expect(await t.db.prisma.watch.count({ where: { userId } })).toBe(3);
    await setPlan("active");
    await applyPlanToWatches(t.db.prisma, userId);
    expect(await active()).toEqual(["workos", "okta", "stripe"]);
  });
});
