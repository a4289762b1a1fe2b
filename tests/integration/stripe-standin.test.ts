import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseForm } from "@/lib/dev/stripe/form";
import { startStripeStandin, type StripeStandin } from "@/lib/dev/stripe";

// The real stripe SDK against the local Stripe stand-in: every request goes over HTTP in Stripe's
// wire format, and every webhook is checked with the SDK's own signature verification.
const DAY = 86_400;
const SECRET = "whsec_standin_test_secret";

interface Received { raw: string; signature: string; event?: Stripe.Event }
const received: Received[] = [];
/** How many of the next webhook requests the endpoint refuses with a 500. */
let refuseNext = 0;

let receiver: http.Server;
let standin: StripeStandin;
let stripe: Stripe;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["stripe-signature"] ?? "");
      if (refuseNext > 0) {
        refuseNext -= 1;
        res.writeHead(500).end("try again");
        return;
      }
      // Exactly what a webhook route does: verify the raw body against the header.
      const event = stripe.webhooks.constructEvent(raw, signature, SECRET);
      received.push({ raw, signature, event });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  standin = await startStripeStandin({ webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`, webhookSecret: SECRET, retryDelaysMs: [10, 10, 10] });
  stripe = new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
});

afterAll(async () => {
  await standin?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const types = () => received.map((r) => r.event!.type);
async function received$(type: string, after = 0): Promise<Stripe.Event> {
  await standin.idle();
  const hit = received.slice(after).find((r) => r.event!.type === type);
  if (!hit) throw new Error(`no ${type} webhook; got ${types().join(", ")}`);
  return hit.event!;
}

describe("form encoding", () => {
  it("parses Stripe's bracketed keys into objects and arrays, leaving metadata keys alone", () => {
    const p = parseForm("line_items[0][price]=price_1&line_items[0][quantity]=1&expand[]=a&expand[]=b.c&metadata[0]=zero&subscription_data[trial_period_days]=14&success_url=http%3A%2F%2Fx%2F%3Fs%3D%7BCHECKOUT_SESSION_ID%7D");
    expect(p).toEqual({
      line_items: [{ price: "price_1", quantity: "1" }], expand: ["a", "b.c"], metadata: { 0: "zero" },
      subscription_data: { trial_period_days: "14" }, success_url: "http://x/?s={CHECKOUT_SESSION_ID}",
    });
  });
});

describe("the Stripe stand-in, through the stripe SDK", () => {
  let price: Stripe.Price;
  let customer: Stripe.Customer;
  let session: Stripe.Checkout.Session;
  let subId: string;

  it("creates a product and a monthly price with a lookup key, and finds it by lookup_keys", async () => {
    const product = await stripe.products.create({ name: "Alert Pro" });
    expect(product).toMatchObject({ object: "product", name: "Alert Pro", livemode: false, active: true });
    expect(product.id).toMatch(/^prod_/);
    price = await stripe.prices.create({ product: product.id, unit_amount: 900, currency: "usd", recurring: { interval: "month" }, lookup_key: "alert_pro_monthly" });
    expect(price).toMatchObject({ object: "price", unit_amount: 900, currency: "usd", type: "recurring", lookup_key: "alert_pro_monthly", recurring: { interval: "month", interval_count: 1 } });
    expect(price.id).toMatch(/^price_/);
    expect(String(price.unit_amount_decimal)).toBe("900");

    const found = await stripe.prices.list({ lookup_keys: ["alert_pro_monthly"], active: true, expand: ["data.product"] });
    expect(found).toMatchObject({ object: "list", has_more: false, url: "/v1/prices" });
    expect(found.data.map((p) => p.id)).toEqual([price.id]);
    expect((found.data[0]!.product as Stripe.Product).name).toBe("Alert Pro");

    // A second price may take the key over only with transfer_lookup_key.
    await expect(stripe.prices.create({ product: product.id, unit_amount: 1200, currency: "usd", recurring: { interval: "month" }, lookup_key: "alert_pro_monthly" }))
      .rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((await stripe.prices.retrieve(price.id)).lookup_key).toBe("alert_pro_monthly");
  });

  it("creates, finds, updates and retrieves a customer", async () => {
    customer = await stripe.customers.create({ email: "ada@example.com", metadata: { userId: "u_1" } });
    expect(customer).toMatchObject({ object: "customer", email: "ada@example.com", metadata: { userId: "u_1" }, livemode: false });
    expect(customer.id).toMatch(/^cus_/);
    expect(customer.created).toBeCloseTo(Date.now() / 1000, -2);
    const byEmail = await stripe.customers.list({ email: "ada@example.com" });
    expect(byEmail.data.map((c) => c.id)).toEqual([customer.id]);
    const updated = await stripe.customers.update(customer.id, { name: "Ada", metadata: { plan: "pro" } });
    expect(updated.metadata).toEqual({ userId: "u_1", plan: "pro" });
    expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
  });

  it("creates a subscription-mode checkout session with a 14-day trial", async () => {
    session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: price.id, quantity: 1 }],
      subscription_data: { trial_period_days: 14, metadata: { userId: "u_1" } },
      success_url: "http://app.test/billing/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/pricing",
      client_reference_id: "u_1",
      metadata: { userId: "u_1" },
      allow_promotion_codes: true,
    });
    expect(session).toMatchObject({ object: "checkout.session", status: "open", mode: "subscription", customer: customer.id, client_reference_id: "u_1", subscription: null, allow_promotion_codes: true });
    expect(session.id).toMatch(/^cs_/);
    expect(session.url).toBe(`${standin.url}/checkout/${session.id}`);
    const items = await stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data[0]).toMatchObject({ object: "item", quantity: 1, amount_subtotal: 900, description: "Alert Pro" });
  });

  it("serves the hosted page and completes it with a 303 to the success URL", async () => {
    const page = await fetch(session.url!);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("Start trial");
    expect(html).toContain(`action="/checkout/${session.id}/complete"`);
    expect(html).toContain('href="http://app.test/pricing"');

    const done = await fetch(`${standin.url}/checkout/${session.id}/complete`, { method: "POST", redirect: "manual" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`http://app.test/billing/success?session_id=${session.id}`);

    const after = await stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
    expect(after).toMatchObject({ status: "complete", customer: customer.id, payment_status: "no_payment_required", url: null });
    const sub = after.subscription as Stripe.Subscription;
    expect(sub.id).toMatch(/^sub_/);
    subId = sub.id;
  });

  it("has the subscription trialing, with the period on its items and the trial 14 days out", async () => {
    const sub = await stripe.subscriptions.retrieve(subId);
    expect(sub).toMatchObject({ object: "subscription", status: "trialing", customer: customer.id, metadata: { userId: "u_1" }, cancel_at_period_end: false });
    expect(sub.trial_end! - sub.trial_start!).toBe(14 * DAY);
    expect(sub.trial_end!).toBeCloseTo(Date.now() / 1000 + 14 * DAY, -2);
    const item = sub.items.data[0]!;
    expect(item.price.id).toBe(price.id);
    expect(item.current_period_start).toBe(sub.trial_start);
    expect(item.current_period_end).toBe(sub.trial_end);

    const withSubs = await stripe.customers.retrieve(customer.id, { expand: ["subscriptions"] }) as Stripe.Customer;
    expect(withSubs.subscriptions!.data.map((s) => s.id)).toEqual([subId]);
    const listed = await stripe.subscriptions.list({ customer: customer.id, status: "all" });
    expect(listed.data.map((s) => s.id)).toEqual([subId]);
  });

  it("signs webhooks so constructEvent accepts them, and a forged signature fails", async () => {
    const created = await received$("customer.subscription.created");
    const completed = await received$("checkout.session.completed");
    expect(types().indexOf("customer.subscription.created")).toBeLessThan(types().indexOf("checkout.session.completed"));
    expect(created).toMatchObject({ object: "event", api_version: Stripe.API_VERSION, livemode: false, pending_webhooks: 1 });
    expect(created.id).toMatch(/^evt_/);
    expect((created.data.object as Stripe.Subscription).status).toBe("trialing");
    expect(completed.data.object).toMatchObject({ id: session.id, status: "complete", subscription: subId, customer: customer.id });

    const { raw, signature } = received.find((r) => r.event!.id === completed.id)!;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const forged = stripe.webhooks.generateTestHeaderString({ payload: raw, secret: "whsec_not_the_secret" });
    expect(() => stripe.webhooks.constructEvent(raw, forged, SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => stripe.webhooks.constructEvent(raw.replace(subId, "sub_other"), signature, SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it("warns before the trial ends, then activates and pays the first invoice", async () => {
    const mark = received.length;
    const early = standin.advance(10 * DAY);
    expect(early).toEqual([]);
    const warned = standin.advance(2 * DAY);
    expect(warned.map((e) => e.type)).toEqual(["customer.subscription.trial_will_end"]);
    await received$("customer.subscription.trial_will_end", mark);

    const ended = standin.advance(2 * DAY + 60);
    expect(ended.map((e) => e.type)).toEqual(["customer.subscription.updated", "invoice.paid"]);
    const paid = (await received$("invoice.paid", mark)).data.object as Stripe.Invoice;
    expect(paid).toMatchObject({ object: "invoice", customer: customer.id, amount_paid: 900, currency: "usd", status: "paid", billing_reason: "subscription_cycle" });
    expect(paid.id).toMatch(/^in_/);
    expect(paid.parent?.subscription_details?.subscription).toBe(subId);
    const updated = await received$("customer.subscription.updated", mark);
    expect(updated.data.previous_attributes).toMatchObject({ status: "trialing" });

    const sub = await stripe.subscriptions.retrieve(subId, { expand: ["latest_invoice"] });
    expect(sub.status).toBe("active");
    expect((sub.latest_invoice as Stripe.Invoice).id).toBe(paid.id);
    expect(sub.items.data[0]!.current_period_start).toBe(sub.trial_end);
    expect((await stripe.invoices.retrieve(paid.id)).amount_paid).toBe(900);
  });

  it("goes past_due with invoice.payment_failed, and recovers with invoice.paid", async () => {
    const mark = received.length;
    expect(standin.setSubscriptionStatus(subId, "past_due").status).toBe("past_due");
    const failed = (await received$("invoice.payment_failed", mark)).data.object as Stripe.Invoice;
    expect(failed).toMatchObject({ status: "open", amount_due: 900, amount_paid: 0 });
    expect((await received$("customer.subscription.updated", mark)).data.object).toMatchObject({ id: subId, status: "past_due" });
    expect((await stripe.subscriptions.retrieve(subId)).status).toBe("past_due");

    standin.setSubscriptionStatus(subId, "active");
    expect(((await received$("invoice.paid", mark)).data.object as Stripe.Invoice).id).toBe(failed.id);
  });

  it("opens a billing portal whose page cancels at period end", async () => {
    const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: "http://app.test/account" });
    expect(portal).toMatchObject({ object: "billing_portal.session", customer: customer.id, return_url: "http://app.test/account" });
    expect(portal.id).toMatch(/^bps_/);
    const page = await fetch(portal.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="http://app.test/account"');
    expect(html).toContain("Cancel subscription");

    const mark = received.length;
    const res = await fetch(`${portal.url}/cancel`, { method: "POST", body: new URLSearchParams({ subscription: subId }), redirect: "manual" });
    expect(res.status).toBe(303);
    const updated = await received$("customer.subscription.updated", mark);
    expect(updated.data.object).toMatchObject({ id: subId, cancel_at_period_end: true, status: "active" });
    expect(updated.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
    await stripe.subscriptions.update(subId, { cancel_at_period_end: false });
    expect((await stripe.subscriptions.retrieve(subId)).cancel_at).toBeNull();
  });

  it("cancels now with customer.subscription.deleted", async () => {
    const mark = received.length;
    const canceled = await stripe.subscriptions.cancel(subId);
    expect(canceled).toMatchObject({ id: subId, status: "canceled" });
    expect(canceled.canceled_at).toBe(standin.now());
    expect(canceled.ended_at).toBe(standin.now());
    const deleted = await received$("customer.subscription.deleted", mark);
    expect(deleted.data.object).toMatchObject({ id: subId, status: "canceled" });
    expect(deleted.request?.id).toMatch(/^req_/);
    expect((await stripe.subscriptions.list({ customer: customer.id })).data).toEqual([]);
    expect((await stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(1);
  });

  it("replays an old event on deliver(), same id and body, freshly signed", async () => {
    const first = standin.events.find((e) => e.type === "checkout.session.completed")!;
    const before = received.filter((r) => r.event!.id === first.id).length;
    const outcome = await standin.deliver(first.id);
    expect(outcome).toMatchObject({ eventId: first.id, replay: true, ok: true, status: 200 });
    const copies = received.filter((r) => r.event!.id === first.id);
    expect(copies).toHaveLength(before + 1);
    expect(copies.at(-1)!.raw).toBe(copies[0]!.raw);
  });

  it("retries a webhook the endpoint refused, recording each attempt, and keeps the order", async () => {
    const c = await stripe.customers.create({ email: "retry@example.com" });
    const s = await stripe.checkout.sessions.create({ mode: "subscription", customer: c.id, line_items: [{ price: price.id, quantity: 1 }], success_url: "http://app.test/ok" });
    await standin.idle();
    const mark = received.length;
    refuseNext = 2;
    // No trial: active at once, with the first invoice paid at checkout.
    const completed = standin.completeCheckout(s.id);
    expect(completed.status).toBe("complete");
    await standin.idle();
    const created = standin.events.find((e) => e.type === "customer.subscription.created" && (e.data.object as Stripe.Subscription).id === completed.subscription)!;
    const attempts = standin.deliveries.filter((d) => d.eventId === created.id);
    expect(attempts.map((d) => [d.attempt, d.status, d.ok, d.replay])).toEqual([[1, 500, false, false], [2, 500, false, false], [3, 200, true, false]]);
    expect(types().slice(mark)).toEqual(["customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    const sub = await stripe.subscriptions.retrieve(completed.subscription as string);
    expect(sub).toMatchObject({ status: "active", trial_end: null, latest_invoice: completed.invoice });
    expect(sub.items.data[0]!.current_period_end - sub.items.data[0]!.current_period_start).toBeGreaterThanOrEqual(28 * DAY);
  });

  it("answers errors the way Stripe does", async () => {
    const wrong = new Stripe("sk_test_wrong_key_0000", { host: "127.0.0.1", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
    await expect(wrong.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const noKey = await fetch(`${standin.url}/v1/customers`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ error: { type: "invalid_request_error" } });

    const missing = await stripe.customers.retrieve("cus_doesnotexist").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ code: "resource_missing", statusCode: 404, param: "id" });
    await expect(stripe.subscriptions.retrieve("sub_nope")).rejects.toMatchObject({ code: "resource_missing" });
    await expect(stripe.checkout.sessions.create({ mode: "subscription", success_url: "http://app.test/ok" })).rejects.toMatchObject({ code: "parameter_missing", param: "line_items" });
  });

  it("honours Idempotency-Key: same key and params replay the same object", async () => {
    const a = await stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "signup-42" });
    await stripe.customers.update(a.id, { name: "Changed since" });
    const b = await stripe.customers.create({ email: "idem@example.com" }, { idempotencyKey: "signup-42" });
    // The saved response comes back as it was sent, not the customer as it is now.
    expect(b).toEqual(a);
    expect(b.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect((await stripe.customers.list({ email: "idem@example.com" })).data).toHaveLength(1);
    await expect(stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: "signup-42" }))
      .rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});

describe("the stand-in's clock", () => {
  it("renews monthly from the billing anchor and ends a subscription set to cancel at period end", async () => {
    const start = new Date("2027-01-31T12:00:00Z");
    const local = await startStripeStandin({ now: () => start });
    try {
      const sdk = new Stripe(local.secretKey, { host: "127.0.0.1", port: local.port, protocol: "http", maxNetworkRetries: 0 });
      const p = await sdk.prices.create({ product_data: { name: "Alert Pro" }, unit_amount: 900, currency: "usd", recurring: { interval: "month" } });
      const s = await sdk.checkout.sessions.create({ mode: "subscription", customer_email: "bo@example.com", line_items: [{ price: p.id, quantity: 1 }], success_url: "http://app.test/ok" });
      const done = local.completeCheckout(s.id);
      expect(done.customer).toMatch(/^cus_/);
      expect((await sdk.customers.retrieve(done.customer as string) as Stripe.Customer).email).toBe("bo@example.com");
      const id = done.subscription as string;
      const ends = async () => (await sdk.subscriptions.retrieve(id)).items.data[0]!.current_period_end;
      expect(new Date((await ends()) * 1000).toISOString()).toBe("2027-02-28T12:00:00.000Z");
      expect(local.advance(28 * DAY).map((e) => e.type)).toEqual(["customer.subscription.updated", "invoice.paid"]);
      // Anchored on the 31st: February's short month does not drag March back to the 28th.
      expect(new Date((await ends()) * 1000).toISOString()).toBe("2027-03-31T12:00:00.000Z");

      await sdk.subscriptions.update(id, { cancel_at_period_end: true });
      const sub = await sdk.subscriptions.retrieve(id);
      expect(sub.cancel_at).toBe(await ends());
      expect(local.advance(31 * DAY).map((e) => e.type)).toEqual(["customer.subscription.deleted"]);
      expect(await sdk.subscriptions.retrieve(id)).toMatchObject({ status: "canceled", ended_at: sub.cancel_at });
      expect(local.events.every((e) => e.pending_webhooks === 0)).toBe(true);
    } finally {
      await local.close();
    }
  });
});
