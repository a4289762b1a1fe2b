import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import type { ServiceEntry, SourceFormat } from "@/lib/catalog/types";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { fetchUpstream } from "@/lib/http/fetch-upstream";
import { upstreamUrl } from "@/lib/monitor/upstream-url";
import { parserFor } from "@/lib/sources";
import { ParseError } from "@/lib/sources/model";

// The fixture "internet" serves every catalog source in its upstream's real wire format, and our
// own fetch layer and parsers read each one as the poll cycle would. Formats the catalog does not
// use today get an entry of their own, so every renderer is exercised.
const extra: ServiceEntry[] = [
  { slug: "posthog", name: "PostHog", category: "monitoring", statusPageUrl: "https://status.posthog.com", source: { format: "incidentio", url: "https://status.posthog.com/api/v1/summary", verified: false } },
  { slug: "acme", name: "Acme Cloud", category: "cloud", statusPageUrl: "https://status.acme.example", source: { format: "betterstack", url: "https://status.acme.example/index.json", verified: false } },
  { slug: "stripe-current", name: "Stripe", category: "payments", statusPageUrl: "https://status.stripe.com", source: { format: "stripe", url: "https://status.stripe.com/current", verified: false } },
];
const entries = [...services, ...extra];
const entry = (slug: string) => entries.find((e) => e.slug === slug)!;

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer({ entries });
});
afterAll(() => fixture.close());

/** Polls like the poll cycle: through the fetch layer with the entry's headers, then its parser. */
async function poll(slug: string) {
  const e = entry(slug);
  const url = upstreamUrl(e.source.url, fixture.url);
  const res = await fetchUpstream(url, { headers: e.source.headers, timeoutMs: 5000 });
  return parserFor(e.source.format)(res, { now: new Date(), filter: e.source.filter, pageName: e.source.pageName, sourceUrl: e.source.url });
}
const open = (s: Awaited<ReturnType<typeof poll>>) => s.incidents.filter((i) => i.resolvedAt === null);
const outage = (service: string, component: string, id: string, name = `${component} failing`) =>
  fixture.apply({ at: 0, service, components: { [component]: "major_outage" }, incident: { id, name, status: "investigating", impact: "critical", body: "We are investigating." } });
const resolve = (service: string, component: string, id: string) =>
  fixture.apply({ at: 0, service, components: { [component]: "operational" }, incident: { id, status: "resolved", body: "Resolved." } });

describe("the fixture serves every catalog source", () => {
  it.each(services.map((s) => [s.slug, s.source.format] as const))("%s (%s) reads as operational when all is well", async (slug) => {
    expect((await poll(slug)).overall).toBe("operational");
  });

  it("hands AWS's UTF-16 body to the parser as readable text", async () => {
    expect((await poll("aws")).overall).toBe("operational");
  });

  it("sends AWS currentevents as UTF-16LE with a byte-order mark, like the real host", async () => {
    const bytes = new Uint8Array(await (await fetch(upstreamUrl(entry("aws").source.url, fixture.url))).arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xff, 0xfe, 0x5b, 0x00]);
  });
});

// One representative per format: [slug, component, how the parser names the incident].
const representatives: [SourceFormat | "feed (atom)", string, string, RegExp | null][] = [
  ["statuspage", "workos", "SSO", /SSO failing/],
  ["incidentio", "posthog", "API", /API failing/],
  ["instatus", "stytch", "API", /API failing/],
  ["betterstack", "acme", "API", /API failing/],
  ["statusio", "gitlab", "Git Operations", /Git Operations failing/],
  ["google", "google-workspace", "Gmail", /Gmail failing/],
  ["slack", "slack", "Messaging", /Messaging failing/],
  ["okta", "okta", "okta.com:12", /okta\.com:12 failing/],
  ["stripe", "stripe-current", "Webhooks", null], // /current lists no incidents
  ["aws", "aws", "Amazon Elastic Compute Cloud", /Amazon Elastic Compute Cloud failing/],
  ["feed", "azure", "Virtual Machines", /Virtual Machines/], // Azure titles name the service, not the incident
  ["feed (atom)", "heroku", "Apps", /Apps failing/],
];

describe("scenario steps reach every format", () => {
  it.each(representatives)("%s (%s): an outage with a critical incident shows, and its resolution clears it", async (_format, slug, component, name) => {
    const id = `${slug}-outage`;
    outage(slug, component, id);
    const down = await poll(slug);
    expect(down.overall).not.toBe("operational");
    expect(down.overall).not.toBe("unknown");
    if (name) expect(open(down).map((i) => i.name)).toEqual([expect.stringMatching(name)]);
    resolve(slug, component, id);
    const up = await poll(slug);
    expect(up.overall).toBe("operational");
    expect(open(up)).toEqual([]);
  });

  it("reachability cannot see an outage, only whether the page answers", async () => {
    outage("postmark", "API", "pm-1");
    expect((await poll("postmark")).overall).toBe("operational");
    fixture.apply({ at: 0, service: "postmark", httpStatus: 503 });
    await expect(poll("postmark")).rejects.toMatchObject({ kind: "http", status: 503 });
    fixture.apply({ at: 0, service: "postmark", httpStatus: null });
    resolve("postmark", "API", "pm-1");
  });
});

describe("shared sources show each service its own part", () => {
  const overall = async (slugs: string[]) => Object.fromEntries(await Promise.all(slugs.map(async (s) => [s, (await poll(s)).overall])));

  it("an Entra ID incident is an Azure feed item for entra-id and azure, not for services reading other feeds", async () => {
    outage("entra-id", "Microsoft Entra ID", "entra-1", "Sign-in failures");
    outage("azure", "Virtual Machines", "vm-1", "VM starts failing");
    const entra = await poll("entra-id");
    expect(open(entra).map((i) => i.name)).toEqual([expect.stringMatching(/Entra ID/)]);
    expect(open(await poll("azure"))).toHaveLength(2);
    expect(await overall(["heroku", "paypal", "microsoft-365"])).toEqual({ heroku: "operational", paypal: "operational", "microsoft-365": "operational" });
    resolve("azure", "Virtual Machines", "vm-1");
    resolve("entra-id", "Microsoft Entra ID", "entra-1");
    expect(await overall(["entra-id", "azure"])).toEqual({ "entra-id": "operational", azure: "operational" });
  });

  it("a Cognito event shows for aws-cognito and aws; a plain EC2 event for aws only", async () => {
    outage("aws-cognito", "Amazon Cognito", "cog-1", "Increased authentication errors");
    expect(open(await poll("aws-cognito")).map((i) => i.name)).toEqual(["Increased authentication errors"]);
    expect(open(await poll("aws")).map((i) => i.name)).toEqual(["Increased authentication errors"]);
    resolve("aws-cognito", "Amazon Cognito", "cog-1");
    outage("aws", "Amazon Elastic Compute Cloud", "ec2-1", "Increased API latencies");
    expect(open(await poll("aws")).map((i) => i.name)).toEqual(["Increased API latencies"]);
    expect(await overall(["aws-cognito"])).toEqual({ "aws-cognito": "operational" });
    resolve("aws", "Amazon Elastic Compute Cloud", "ec2-1");
    expect(await overall(["aws", "aws-cognito"])).toEqual({ aws: "operational", "aws-cognito": "operational" });
  });

  it("an upstream answering an error fails every service behind it", async () => {
    fixture.apply({ at: 0, service: "entra-id", httpStatus: 503 });
    await expect(poll("azure")).rejects.toMatchObject({ kind: "http", status: 503 });
    fixture.apply({ at: 0, service: "entra-id", httpStatus: null });
    expect((await poll("azure")).overall).toBe("operational");
  });
});

describe("upstream behaviour beyond the payload", () => {
  it("turns away Okta requests without a browser User-Agent, as status.okta.com does", async () => {
    const res = await fetch(upstreamUrl(entry("okta").source.url, fixture.url));
    expect(res.status).toBe(403);
  });

  it.each(["heroku", "slack", "aws", "okta"])("answers %s conditional requests with 304", async (slug) => {
    const e = entry(slug);
    const url = upstreamUrl(e.source.url, fixture.url);
    const first = await fetchUpstream(url, { headers: e.source.headers });
    const etag = first.headers.get("etag")!;
    expect((await fetchUpstream(url, { headers: { ...e.source.headers, "if-none-match": etag } })).status).toBe(304);
  });

  const broken = ["google-workspace", "slack", "okta", "azure", "aws", "gitlab", "stytch", "acme", "posthog", "stripe-current"];
  it.each(broken.flatMap((slug) => (["invalid_json", "html", "missing_fields"] as const).map((fault) => [slug, fault] as const)))(
    "%s with fault %s is a parse error, not a verdict",
    async (slug, fault) => {
      fixture.apply({ at: 0, service: slug, fault });
      try {
        // A feed without titles, ids or dates is nothing to report, and our feed parser says so.
        if (slug === "azure" && fault === "missing_fields") expect((await poll(slug)).incidents).toEqual([]);
        else await expect(poll(slug)).rejects.toBeInstanceOf(ParseError);
      } finally {
        fixture.apply({ at: 0, service: slug, fault: null });
      }
    },
  );

  it.each(["workos", "stytch", "gitlab", "slack", "acme", "stripe-current"])("%s with unknown status words reads as unknown", async (slug) => {
    fixture.apply({ at: 0, service: slug, fault: "unknown_status" });
    try {
      expect((await poll(slug)).overall).toBe("unknown");
    } finally {
      fixture.apply({ at: 0, service: slug, fault: null });
    }
  });
});
