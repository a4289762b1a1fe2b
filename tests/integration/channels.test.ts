import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revealSecretOnce, setChannel } from "@/lib/accounts/channels";
import { assertSafeWebhookUrl, isPrivateAddress } from "@/lib/accounts/webhook-url";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { freshDatabase, type TestDatabase } from "../helpers/db";

let t: TestDatabase;
let userId: string;
let server: http.Server;
let base: string;
const received: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  t = await freshDatabase("embedded");
  userId = (await t.db.prisma.user.create({ data: { email: "ada@example.com" } })).id;
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => { received.push({ path: req.url!, headers: req.headers, body }); res.writeHead(req.url === "/broken" ? 500 : 200).end("ok"); });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => { server.close(); await t.cleanup(); });

const prod = (resolved: string[]) => ({ production: true, resolve: async () => resolved });

describe("webhook URLs (SSRF)", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"])(
    "refuses %s in production", async (ip) => {
      expect(isPrivateAddress(ip)).toBe(true);
      await expect(assertSafeWebhookUrl("https://hooks.example.com/x", prod([ip]))).rejects.toMatchObject({ code: "invalid_url" });
    });

  it("requires https in production, allows public hosts, refuses credentials and a name resolving anywhere private", async () => {
    await expect(assertSafeWebhookUrl("http://hooks.example.com/x", prod(["93.184.216.34"]))).rejects.toMatchObject({ message: /https/ });
    await expect(assertSafeWebhookUrl("https://hooks.example.com/x", prod(["93.184.216.34"]))).resolves.toBeInstanceOf(URL);
    await expect(assertSafeWebhookUrl("https://hooks.example.com/x", prod(["93.184.216.34", "10.0.0.1"]))).rejects.toMatchObject({ code: "invalid_url" });
    await expect(assertSafeWebhookUrl("https://u:p@hooks.example.com/x", prod(["93.184.216.34"]))).rejects.toMatchObject({ message: /credentials/ });
    await expect(assertSafeWebhookUrl("https://[::1]/x", { production: true })).rejects.toMatchObject({ code: "invalid_url" });
    await expect(assertSafeWebhookUrl("not a url", { production: true })).rejects.toMatchObject({ code: "invalid_url" });
    expect(isPrivateAddress("93.184.216.34")).toBe(false);
  });
});

describe("channels", () => {
  it("are an Alert Pro feature", async () => {
    await expect(setChannel(t.db.prisma, userId, "webhook", `${base}/hook`, { production: false })).rejects.toMatchObject({ code: "plan_feature" });
  });

  it("Slack must be an incoming-webhook URL in production", async () => {
    await t.db.prisma.billingSubscription.create({ data: { id: "sub_1", userId, customerId: "cus_1", status: "active", syncedAt: new Date() } });
    await expect(setChannel(t.db.prisma, userId, "slack", "https://example.com/hook", prod(["93.184.216.34"]))).rejects.toMatchObject({ message: /hooks\.slack\.com/ });
    await expect(setChannel(t.db.prisma, userId, "slack", "https://hooks.slack.com/services/T0/B0/x", prod(["54.1.2.3"]))).resolves.toBeUndefined();
  });

  it("shows the webhook secret once and signs test alerts with it; Slack gets Block Kit", async () => {
    await setChannel(t.db.prisma, userId, "webhook", `${base}/hook`, { production: false });
    await t.db.prisma.channel.update({ where: { userId_kind: { userId, kind: "slack" } }, data: { url: `${base}/slack` } });
    const secret = await revealSecretOnce(t.db.prisma, userId);
    expect(secret).toMatch(/^srwh_/);
    expect(await revealSecretOnce(t.db.prisma, userId)).toBeNull();
    const now = new Date();
    const results = await sendTestAlert(t.db.prisma, userId, "https://statusradar.test", now);
    expect(results).toEqual({ email: "sent", webhook: "sent", slack: "sent" });
    const hook = received.find((r) => r.path === "/hook")!;
    const [tPart, vPart] = String(hook.headers["x-statusradar-signature"]).split(",");
    const ts = tPart!.slice(2);
    expect(vPart!.slice(3)).toBe(createHmac("sha256", secret!).update(`${ts}.${hook.body}`).digest("hex"));
    expect(JSON.parse(hook.body)).toMatchObject({ type: "test", service: { slug: "workos" }, state: "operational" });
    const slack = JSON.parse(received.find((r) => r.path === "/slack")!.body);
    expect(slack.attachments[0].blocks[0].type).toBe("section");
    expect(await t.db.prisma.localEmail.count({ where: { to: "ada@example.com", subject: "StatusRadar test alert" } })).toBe(1);
  });

  it("reports a failing channel without stopping the others", async () => {
    await t.db.prisma.channel.update({ where: { userId_kind: { userId, kind: "webhook" } }, data: { url: `${base}/broken` } });
    const results = await sendTestAlert(t.db.prisma, userId, "https://statusradar.test", new Date());
    expect(results.webhook).toMatch(/failed: HTTP 500/);
    expect(results.slack).toBe("sent");
  });
});
