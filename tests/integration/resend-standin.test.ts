import http from "node:http";
import type { AddressInfo } from "node:net";
import { Resend, type CreateEmailOptions } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startResendStandin, type ResendStandin } from "@/lib/dev/resend";
import { checkSvixSignature, signSvix, verifySvixSignature } from "@/lib/email/svix";

// Svix's published example secret (a documentation test vector, not a credential), assembled so
// secret scanners do not mistake it for one.
const SVIX_EXAMPLE_SECRET = ["whsec", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"].join("_");

// The real resend SDK against the local Resend stand-in: every call goes over HTTP in Resend's wire
// format, and what the SDK hands back is what the app's dispatcher will have to classify.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = `whsec_${Buffer.from("resend stand-in test signing secret").toString("base64")}`;

let standin: ResendStandin;
let resend: Resend;

const email = (n = 0, extra: Partial<CreateEmailOptions> = {}): CreateEmailOptions => ({
  from: "StatusRadar <alerts@statusradar.test>",
  to: `user${n}@example.com`,
  subject: `Stripe is down (${n})`,
  html: `<p>Stripe API is failing (${n})</p>`,
  ...extra,
} as CreateEmailOptions);

beforeAll(async () => {
  standin = await startResendStandin();
  resend = new Resend(standin.apiKey, { baseUrl: standin.url });
});

afterAll(async () => {
  await standin?.close();
});

beforeEach(() => standin.reset());

describe("sending through the resend SDK", () => {
  it("sends one email, answers {id} and records it normalized", async () => {
    const { data, error } = await resend.emails.send(email(1, { text: "Stripe API is failing", replyTo: "support@statusradar.test", headers: { "X-Entity-Ref-ID": "inc_1" } }));
    expect(error).toBeNull();
    expect(data?.id).toMatch(UUID);
    expect(standin.sent).toHaveLength(1);
    expect(standin.sent[0]).toMatchObject({
      id: data!.id, from: "StatusRadar <alerts@statusradar.test>", to: ["user1@example.com"], subject: "Stripe is down (1)",
      html: "<p>Stripe API is failing (1)</p>", text: "Stripe API is failing", headers: { "X-Entity-Ref-ID": "inc_1" }, replyTo: ["support@statusradar.test"],
    });
    expect(standin.sent[0]!.receivedAt).toBeInstanceOf(Date);
  });

  it("sends a batch of 100 and answers 100 ids in order", async () => {
    const { data, error } = await resend.batch.send(Array.from({ length: 100 }, (_, i) => email(i)));
    expect(error).toBeNull();
    expect(data!.data).toHaveLength(100);
    expect(new Set(data!.data.map((d) => d.id)).size).toBe(100);
    expect(standin.sent.map((s) => s.id)).toEqual(data!.data.map((d) => d.id));
    expect(standin.sent[99]!.to).toEqual(["user99@example.com"]);
  });

  it("refuses a batch of 101 with a validation error and sends none of it", async () => {
    const res = await resend.batch.send(Array.from({ length: 101 }, (_, i) => email(i)));
    expect(res.data).toBeNull();
    expect(res.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(res.error!.message).toMatch(/100/);
    expect(standin.sent).toHaveLength(0);
  });

  it("validates fields the way Resend does", async () => {
    const noSubject = await resend.emails.send({ ...email(), subject: undefined } as unknown as CreateEmailOptions);
    expect(noSubject.error).toEqual({ statusCode: 422, name: "missing_required_field", message: "Missing `subject` field." });
    const noBody = await resend.emails.send({ ...email(), html: undefined } as unknown as CreateEmailOptions);
    expect(noBody.error).toMatchObject({ statusCode: 422, name: "missing_required_field" });
    const badFrom = await resend.emails.send(email(0, { from: "not an address" }));
    expect(badFrom.error).toMatchObject({ statusCode: 422, name: "validation_error", message: expect.stringContaining("`from`") });
    const tooMany = await resend.emails.send(email(0, { to: Array.from({ length: 51 }, (_, i) => `u${i}@example.com`) }));
    expect(tooMany.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    const fifty = await resend.emails.send(email(0, { to: Array.from({ length: 50 }, (_, i) => `u${i}@example.com`) }));
    expect(fifty.error).toBeNull();
    expect(standin.sent).toHaveLength(1);
  });

  it("fails a strict batch on one bad email, and sends the rest of a permissive one", async () => {
    const batch = [email(1), email(2, { to: "nope" }), email(3)];
    const strict = await resend.batch.send(batch);
    expect(strict.error).toMatchObject({ statusCode: 422, name: "validation_error", message: expect.stringContaining("emails[1]") });
    expect(standin.sent).toHaveLength(0);
    const permissive = await resend.batch.send(batch, { batchValidation: "permissive" });
    expect(permissive.data!.data).toHaveLength(2);
    expect(permissive.data!.errors).toEqual([{ index: 1, message: expect.stringContaining("`to`") }]);
    expect(standin.sent.map((s) => s.to[0])).toEqual(["user1@example.com", "user3@example.com"]);
  });

  it("refuses a wrong API key (403 invalid_api_key) and a missing one (401 missing_api_key)", async () => {
    const wrong = await new Resend("re_wrong_key", { baseUrl: standin.url }).emails.send(email());
    expect(wrong).toMatchObject({ data: null, error: { statusCode: 403, name: "invalid_api_key" } });
    const bare = await fetch(`${standin.url}/emails`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(email()) });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ statusCode: 401, name: "missing_api_key" });
    expect(standin.sent).toHaveLength(0);
  });

  it("replays an idempotent request with the same id, records it once, and refuses the key on another body", async () => {
    const first = await resend.emails.send(email(1), { idempotencyKey: "alert-42/user1" });
    const again = await resend.emails.send(email(1), { idempotencyKey: "alert-42/user1" });
    expect(again.data).toEqual(first.data);
    expect(standin.sent).toHaveLength(1);
    expect(standin.sent[0]!.idempotencyKey).toBe("alert-42/user1");
    const other = await resend.emails.send(email(2), { idempotencyKey: "alert-42/user1" });
    expect(other.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    const batch = [email(1), email(2)];
    const b1 = await resend.batch.send(batch, { idempotencyKey: "batch-7" });
    const b2 = await resend.batch.send(batch, { idempotencyKey: "batch-7" });
    expect(b2.data).toEqual(b1.data);
    expect(standin.sent).toHaveLength(3);
    const tooLong = await resend.emails.send(email(), { idempotencyKey: "k".repeat(257) });
    expect(tooLong.error).toMatchObject({ statusCode: 400, name: "invalid_idempotency_key" });
  });
});

describe("faults, as the SDK reports them", () => {
  it("surfaces an injected 429 as rate_limit_exceeded with retry-after in the returned headers", async () => {
    standin.failNext(1, "429", { retryAfterSeconds: 2 });
    const res = await resend.emails.send(email());
    expect(res.data).toBeNull();
    expect(res.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(res.headers?.["retry-after"]).toBe("2");
    expect(standin.sent).toHaveLength(0);
    expect((await resend.emails.send(email())).error).toBeNull();
  });

  it("fails with a 500 once, then sends", async () => {
    standin.failNext(1, "500");
    const failed = await resend.emails.send(email());
    expect(failed.error).toMatchObject({ statusCode: 500, name: "internal_server_error" });
    const ok = await resend.emails.send(email());
    expect(ok.data?.id).toMatch(UUID);
    expect(standin.sent).toHaveLength(1);
    expect(standin.stats().byPath["/emails"]).toEqual({ "500": 1, "200": 1 });
  });

  it("answers 503 to everything while down (non-JSON, so the SDK says application_error)", async () => {
    standin.setDown(true);
    const down = await resend.batch.send([email()]);
    expect(down.error).toMatchObject({ statusCode: 503, name: "application_error" });
    standin.setDown(false);
    expect((await resend.batch.send([email()])).error).toBeNull();
  });

  it("leaves a timed-out request unanswered; the SDK needs a signal and then reports statusCode null", async () => {
    standin.failNext(1, "timeout");
    const res = await resend.emails.send(email(), { signal: AbortSignal.timeout(200) });
    expect(res).toMatchObject({ data: null, headers: null, error: { statusCode: null, name: "application_error" } });
    expect(standin.sent).toHaveLength(0);
    expect(standin.stats().byStatus).toEqual({ timeout: 1 });
  });

  it("sends but never answers on timeout-after-send; a retry with the same key gets the same id", async () => {
    standin.failNext(1, "timeout-after-send");
    const lost = await resend.emails.send(email(5), { idempotencyKey: "alert-5", signal: AbortSignal.timeout(200) });
    expect(lost.error).toMatchObject({ statusCode: null });
    expect(standin.sent).toHaveLength(1);
    const retry = await resend.emails.send(email(5), { idempotencyKey: "alert-5" });
    expect(retry.data?.id).toBe(standin.sent[0]!.id);
    expect(standin.sent).toHaveLength(1);
  });
});

describe("rate limiter", () => {
  let limited: ResendStandin;
  let client: Resend;
  beforeAll(async () => {
    limited = await startResendStandin({ rateLimitPerSecond: 10 });
    client = new Resend(limited.apiKey, { baseUrl: limited.url });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it("lets about N requests a second through and answers the rest 429 with Resend's headers", async () => {
    const burst = async () => Promise.all(Array.from({ length: 25 }, (_, i) => client.emails.send(email(i))));
    const first = await burst();
    const ok = first.filter((r) => r.error === null);
    expect(ok.length).toBeGreaterThanOrEqual(10);
    expect(ok.length).toBeLessThanOrEqual(11);
    expect(ok[0]!.headers).toMatchObject({ "ratelimit-limit": "10" });
    const refused = first.find((r) => r.error !== null)!;
    expect(refused.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(refused.headers).toMatchObject({ "ratelimit-limit": "10", "ratelimit-remaining": "0", "retry-after": "1" });
    expect(Number(refused.headers!["ratelimit-reset"])).toBeGreaterThanOrEqual(1);

    await new Promise((r) => setTimeout(r, 1000));
    const second = (await burst()).filter((r) => r.error === null).length;
    expect(second).toBeGreaterThanOrEqual(9);
    expect(second).toBeLessThanOrEqual(11);
    expect(limited.sent).toHaveLength(ok.length + second);
    expect(limited.stats().byPath["/emails"]!["429"]).toBe(50 - ok.length - second);
  });
});

describe("webhooks out", () => {
  interface Got { raw: string; headers: http.IncomingHttpHeaders }
  const got: Got[] = [];
  let receiver: http.Server;
  let hookUrl: string;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        got.push({ raw, headers: req.headers });
        // What the app's webhook route does: verify the raw body against the svix headers.
        res.writeHead(verifySvixSignature(raw, req.headers, SECRET) ? 200 : 400).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/resend`;
  });
  afterAll(async () => {
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it("posts a signed email.bounced event that verifies, and a tampered body does not", async () => {
    const { data } = await resend.emails.send(email(9));
    const delivery = await standin.webhook(hookUrl, SECRET, { type: "email.bounced", data: { email_id: data!.id } });
    expect(delivery.status).toBe(200);
    const hit = got.at(-1)!;
    const event = JSON.parse(hit.raw);
    expect(event).toMatchObject({
      type: "email.bounced",
      data: { email_id: data!.id, from: "StatusRadar <alerts@statusradar.test>", to: ["user9@example.com"], subject: "Stripe is down (9)", bounce: { type: "Permanent" } },
    });
    expect(Date.parse(event.created_at)).not.toBeNaN();
    expect(hit.headers["svix-id"]).toMatch(/^msg_/);
    expect(hit.headers["svix-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

    expect(verifySvixSignature(hit.raw, hit.headers, SECRET)).toBe(true);
    expect(checkSvixSignature(hit.raw.replace("Permanent", "Transient"), hit.headers, SECRET)).toEqual({ ok: false, reason: "no_matching_signature" });
    expect(verifySvixSignature(hit.raw, hit.headers, `whsec_${Buffer.from("another secret").toString("base64")}`)).toBe(false);
    expect(checkSvixSignature(hit.raw, hit.headers, SECRET, new Date(Date.now() + 6 * 60_000))).toMatchObject({ reason: "timestamp_out_of_tolerance" });
    expect(checkSvixSignature(hit.raw, { ...hit.headers, "svix-signature": undefined }, SECRET)).toMatchObject({ reason: "missing_headers" });

    // The SDK's own verifier (standard-webhooks) accepts the same delivery.
    const verified = resend.webhooks.verify({
      payload: hit.raw,
      headers: { id: String(hit.headers["svix-id"]), timestamp: String(hit.headers["svix-timestamp"]), signature: String(hit.headers["svix-signature"]) },
      webhookSecret: SECRET,
    });
    expect(verified).toMatchObject({ type: "email.bounced" });
  });

  it("sends complained and delivered events, and reports a refusing endpoint's status", async () => {
    for (const type of ["email.complained", "email.delivered"] as const) {
      const d = await standin.webhook(hookUrl, SECRET, { type, data: { email_id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c", to: ["a@example.com"] } });
      expect(d.status).toBe(200);
      expect(d.event).toMatchObject({ type, data: { to: ["a@example.com"] } });
    }
    const refused = await standin.webhook(hookUrl, `whsec_${Buffer.from("wrong").toString("base64")}`, { type: "email.delivered", data: { email_id: "x" } });
    expect(refused.status).toBe(400);
    const unreachable = await standin.webhook("http://127.0.0.1:1/nowhere", SECRET, { type: "email.delivered", data: { email_id: "x" } });
    expect(unreachable).toMatchObject({ status: 0, error: expect.any(String) });
  });

  it("matches Svix's published signature example", () => {
    const body = '{"test": 2432232314}';
    const sig = signSvix("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body, SVIX_EXAMPLE_SECRET);
    expect(sig).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    const headers = new Headers({ "svix-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "svix-timestamp": "1614265330", "svix-signature": `v1,bogus ${sig}` });
    expect(verifySvixSignature(body, headers, SVIX_EXAMPLE_SECRET, new Date(1614265330_000))).toBe(true);
    expect(verifySvixSignature(body, headers, SVIX_EXAMPLE_SECRET)).toBe(false);
  });
});
