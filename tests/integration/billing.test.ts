import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Stripe from "stripe";
import { startStripeStandin, type StripeStandin } from "@/lib/dev/stripe";
import { setDatabase } from "@/lib/db";
import { freshDatabase, type TestDatabase } from "../helpers/db";

// The real stripe SDK and our real webhook route against the local Stripe stand-in. Env is read
// lazily, so it is set here before the billing modules first touch it.
let standin: StripeStandin;
let t: TestDatabase;
let userId: string;
let POST: (req: Request) => Promise<Response>;
let startCheckout: typeof import("@/lib/billing/checkout").startCheckout;
let addWatch: typeof import("@/lib/accounts/watches").addWatch;
const clock = { now: new Date("2026-12-04T10:00:00Z") };
const signer = new Stripe("sk_test_signer");

beforeAll(async () => {
  standin = await startStripeStandin({ now: () => clock.now });
  process.env.STRIPE_SECRET_KEY = standin.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = standin.webhookSecret;
  process.env.STRIPE_API_BASE = standin.url;
  t = await freshDatabase("embedded");
  setDatabase(Promise.resolve(t.db));
  ({ POST } = await import("@/app/api/stripe/webhook/route"));
  ({ startCheckout } = await import("@/lib/billing/checkout"));
  ({ addWatch } = await import("@/lib/accounts/watches"));
  userId = (await t.db.prisma.user.create({ data: { email: "ada@example.com" } })).id;
});
afterAll(async () => {
  await standin.close();
  await t.cleanup();
});

/** Posts an event to our route as Stripe would: raw JSON body, signed header. */
async function deliver(event: Stripe.Event, secret = standin.webhookSecret) {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({ payload, secret });
  return POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload, headers: { "stripe-signature": header, "content-type": "application/json" } }));
}
let seen = 0;
/** Delivers every event the stand-in emitted since the last call, in order. */
async function deliverNew() {
  const fresh = standin.events.slice(seen);
  seen = standin.events.length;
  for (const e of fresh) expect((await deliver(e)).status, e.type).toBe(200);
  return fresh.map((e) => e.type);
}
const sub = () => t.db.prisma.billingSubscription.findUnique({ where: { userId } });
const emails = () => t.db.prisma.localEmail.findMany({ where: { to: "ada@example.com" }, orderBy: { createdAt: "asc" } });
const days = (n: number) => n * 86_400;

describe("Alert Pro billing life cycle", () => {
  it("checkout → trialing Pro with the trial end, reusing one customer", async () => {
    const url = await startCheckout(t.db.prisma, userId, "http://localhost:3000");
    const sessionId = new URL(url).pathname.split("/").pop()!;
    standin.completeCheckout(sessionId);
    expect(await deliverNew()).toEqual(expect.arrayContaining(["customer.subscription.created", "checkout.session.completed"]));
    const s = await sub();
    expect(s).toMatchObject({ status: "trialing" });
    expect(s!.trialEnd!.getTime() - clock.now.getTime()).toBe(14 * 86_400_000);
    const again = await startCheckout(t.db.prisma, userId, "http://localhost:3000");
    expect(again).toMatch(/\/checkout\//);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const customers = await new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http" }).customers.list({ email: "ada@example.com" });
    expect(customers.data.map((c) => c.id)).toEqual([user.stripeCustomerId]);
    for (const slug of ["workos", "okta", "stripe"]) await addWatch(t.db.prisma, userId, slug);
  });

  it("warns 3 days before the trial ends, once even when Stripe replays the event", async () => {
    standin.advance(days(11) + 60);
    expect(await deliverNew()).toContain("customer.subscription.trial_will_end");
    const warning = standin.events.find((e) => e.type === "customer.subscription.trial_will_end")!;
    expect((await deliver(warning)).status).toBe(200);
    expect((await emails()).filter((m) => m.subject.includes("trial ends in 3 days"))).toHaveLength(1);
  });

  it("becomes active when the trial ends and the invoice is paid", async () => {
    standin.advance(days(3) + 60);
    expect(await deliverNew()).toEqual(expect.arrayContaining(["invoice.paid", "customer.subscription.updated"]));
    expect((await sub())!.status).toBe("active");
  });

  it("stays Pro while past_due and emails about the failed payment", async () => {
    standin.setSubscriptionStatus((await sub())!.id, "past_due");
    expect(await deliverNew()).toContain("invoice.payment_failed");
    expect((await sub())!.status).toBe("past_due");
    expect(await t.db.prisma.watch.count({ where: { userId, planPaused: false } })).toBe(3);
    expect((await emails()).some((m) => m.subject === "Your Alert Pro payment failed")).toBe(true);
  });

  it("falls to Free when canceled, keeping the first service and pausing the rest", async () => {
    standin.setSubscriptionStatus((await sub())!.id, "canceled");
    expect(await deliverNew()).toContain("customer.subscription.deleted");
    expect((await sub())!.status).toBe("canceled");
    const watches = await t.db.prisma.watch.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
    expect(watches.map((w) => [w.serviceSlug, w.planPaused])).toEqual([["workos", false], ["okta", true], ["stripe", true]]);
  });

  it("ignores out-of-order and replayed old events: state follows Stripe, not the event", async () => {
    const oldCreated = standin.events.find((e) => e.type === "customer.subscription.created")!;
    expect((await deliver(oldCreated)).status).toBe(200);
    expect((await sub())!.status).toBe("canceled");
  });

  it("restores everything on resubscribe", async () => {
    const url = await startCheckout(t.db.prisma, userId, "http://localhost:3000");
    standin.completeCheckout(new URL(url).pathname.split("/").pop()!);
    await deliverNew();
    expect((await sub())!.status).toBe("trialing");
    expect(await t.db.prisma.watch.count({ where: { userId, planPaused: false } })).toBe(3);
  });
});

describe("webhook endpoint", () => {
  it("answers 400 and changes nothing for a forged or missing signature", async () => {
    const before = await sub();
    const event = { ...standin.events.at(-1)!, id: "evt_forged" };
    expect((await deliver(event, "whsec_not_the_secret")).status).toBe(400);
    const unsigned = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(event) }));
    expect(unsigned.status).toBe(400);
    const tampered = JSON.stringify({ ...event, type: "customer.subscription.deleted" });
    const header = signer.webhooks.generateTestHeaderString({ payload: JSON.stringify(event), secret: standin.webhookSecret });
    expect((await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: tampered, headers: { "stripe-signature": header } }))).status).toBe(400);
    expect(await sub()).toEqual(before);
  });

  it("acknowledges event types it does not handle", async () => {
    const res = await deliver({ ...standin.events.at(-1)!, id: "evt_other", type: "customer.updated" } as Stripe.Event);
    expect(await res.json()).toMatchObject({ received: true, outcome: "ignored" });
  });
});
