import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db";
import { signSvix } from "@/lib/email/svix";
import { freshDatabase, type TestDatabase } from "../helpers/db";

const secret = `whsec_${Buffer.from("a resend webhook secret for tests").toString("base64")}`;
let t: TestDatabase;
let POST: (req: Request) => Promise<Response>;

beforeAll(async () => {
  process.env.RESEND_WEBHOOK_SECRET = secret;
  t = await freshDatabase("embedded");
  setDatabase(Promise.resolve(t.db));
  ({ POST } = await import("@/app/api/resend/webhook/route"));
  await t.db.prisma.user.createMany({ data: [{ email: "bounce@example.com" }, { email: "fine@example.com" }] });
});
afterAll(() => t.cleanup());

function signed(body: string, key = secret, ts = Math.floor(Date.now() / 1000)) {
  const id = `msg_${ts}`;
  return new Request("http://localhost/api/resend/webhook", {
    method: "POST", body, headers: { "svix-id": id, "svix-timestamp": String(ts), "svix-signature": signSvix(id, ts, body, key), "content-type": "application/json" },
  });
}
const event = (type: string, to: string) => JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: "e1", to: [to], from: "a@b.c", subject: "x" } });

describe("Resend webhook", () => {
  it("suppresses a bounced address, once, and leaves others alone", async () => {
    const res = await POST(signed(event("email.bounced", "bounce@example.com")));
    expect(await res.json()).toEqual({ received: true, suppressed: 1 });
    expect((await POST(signed(event("email.bounced", "bounce@example.com")))).status).toBe(200);
    const users = await t.db.prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.emailSuppressedReason])).toEqual([["bounce@example.com", "bounced"], ["fine@example.com", null]]);
    expect(await (await POST(signed(event("email.delivered", "fine@example.com")))).json()).toEqual({ received: true, suppressed: 0 });
  });

  it("refuses forged, stale and unsigned events with 400 and changes nothing", async () => {
    const forged = signed(event("email.complained", "fine@example.com"), `whsec_${Buffer.from("wrong").toString("base64")}`);
    expect((await POST(forged)).status).toBe(400);
    expect((await POST(signed(event("email.complained", "fine@example.com"), secret, Math.floor(Date.now() / 1000) - 3600))).status).toBe(400);
    expect((await POST(new Request("http://localhost/api/resend/webhook", { method: "POST", body: event("email.complained", "fine@example.com") }))).status).toBe(400);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { email: "fine@example.com" } })).emailSuppressedAt).toBeNull();
  });
});
