import { describe, expect, it } from "vitest";
import { CATEGORY_ORDER, findService, resolveSlug, services, servicesByCategory } from "@/lib/catalog/services";
import { SOURCE_FORMATS } from "@/lib/catalog/types";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugs = services.map((s) => s.slug);
const service = (slug: string) => {
  const s = findService(slug);
  if (!s) throw new Error(`${slug} missing from the catalog`);
  return s;
};

const REQUIRED = [
  "workos",
  "okta", "entra-id", "google-workspace", "onelogin", "jumpcloud", "ping-identity", "duo",
  "auth0", "clerk", "ory", "frontegg", "stytch", "descope", "supabase", "firebase-auth", "aws-cognito",
  "stripe", "resend", "sendgrid", "postmark", "twilio", "vercel", "netlify", "cloudflare", "github", "gitlab",
  "aws", "google-cloud", "azure", "openai", "anthropic", "slack", "discord", "datadog", "sentry", "pagerduty",
  "atlassian", "linear", "notion", "zoom", "shopify", "paypal", "plaid", "algolia", "mongodb-atlas", "neon",
  "fly-io", "heroku",
];

describe("catalog shape", () => {
  it("has at least 45 services, including every one the site promises", () => {
    expect(services.length).toBeGreaterThanOrEqual(45);
    expect(REQUIRED.filter((s) => !slugs.includes(s))).toEqual([]);
  });

  it("has unique kebab-case slugs", () => {
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => !KEBAB.test(s))).toEqual([]);
  });

  it("has unique kebab-case aliases that never shadow a slug", () => {
    const aliases = services.flatMap((s) => s.aliases ?? []);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(aliases.filter((a) => !KEBAB.test(a))).toEqual([]);
    expect(aliases.filter((a) => slugs.includes(a))).toEqual([]);
  });

  it("points every dependsOn and alternatives entry at another service in the catalog", () => {
    for (const s of services) {
      for (const other of [...(s.related?.dependsOn ?? []), ...(s.related?.alternatives ?? [])]) {
        expect(slugs, `${s.slug} → ${other}`).toContain(other);
        expect(other, `${s.slug} relates to itself`).not.toBe(s.slug);
      }
      expect(s.related?.alternatives?.length ?? 0, `${s.slug} alternatives`).toBeLessThanOrEqual(4);
    }
  });

  it("uses only https URLs that parse", () => {
    for (const s of services) {
      for (const url of [s.statusPageUrl, s.source.url, ...(s.probes ?? []).map((p) => p.url)]) {
        expect(new URL(url).protocol, `${s.slug}: ${url}`).toBe("https:");
      }
    }
  });

  it("uses only known formats and categories", () => {
    for (const s of services) {
      expect(SOURCE_FORMATS, s.slug).toContain(s.source.format);
      expect(CATEGORY_ORDER, s.slug).toContain(s.category);
    }
  });

  it("gives each probe a unique id within its service, a real method and a sane threshold", () => {
    for (const s of services) {
      const ids = (s.probes ?? []).map((p) => p.id);
      expect(new Set(ids).size, s.slug).toBe(ids.length);
      for (const p of s.probes ?? []) {
        expect(p.expectStatus.length, `${s.slug}/${p.id}`).toBeGreaterThan(0);
        expect(p.expectStatus.every((c) => c >= 200 && c < 500), `${s.slug}/${p.id}`).toBe(true);
        expect(p.latencyThresholdMs, `${s.slug}/${p.id}`).toBeGreaterThan(0);
      }
    }
  });

  it("keeps key component lists short and free of duplicates", () => {
    for (const s of services) {
      const names = s.keyComponents ?? [];
      expect(names.length, s.slug).toBeLessThanOrEqual(6);
      expect(new Set(names).size, s.slug).toBe(names.length);
    }
  });
});

describe("sources", () => {
  it("polls each platform at the endpoint its format reads", () => {
    for (const s of services) {
      const { format, url } = s.source;
      if (format === "statuspage") expect(url, s.slug).toMatch(/\/api\/v2\/summary\.json$/);
      if (format === "instatus") expect(url, s.slug).toMatch(/\/summary\.json$/);
      if (format === "statusio") expect(url, s.slug).toMatch(/^https:\/\/api\.status\.io\/1\.0\/status\/[0-9a-f]{24}$/);
      if (format === "google") expect(url, s.slug).toMatch(/\/incidents\.json$/);
      if (format === "aws") expect(url, s.slug).toBe("https://health.aws.amazon.com/public/currentevents");
      if (format === "slack") expect(url, s.slug).toMatch(/\/api\/v2\.0\.0\/current$/);
    }
  });

  it("gives every Statuspage source its own host (the fixture server routes by host)", () => {
    const hosts = services.filter((s) => s.source.format === "statuspage").map((s) => new URL(s.source.url).host);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it("avoids hosts known to be decoys or unreliable", () => {
    const hosts = services.map((s) => new URL(s.source.url).host);
    for (const bad of ["status.resend.com", "okta.statuspage.io", "status.azure.com"]) expect(hosts).not.toContain(bad);
  });

  it("narrows shared sources to the service", () => {
    expect(service("entra-id").source.filter?.match).toMatch(/Entra/);
    expect(new RegExp(service("entra-id").source.filter!.match!, "i").test("Microsoft Entra ID - Global - Resolved")).toBe(true);
    expect(service("aws-cognito").source).toMatchObject({ format: "aws", filter: { match: "cognito" } });
    expect(new RegExp(service("firebase-auth").source.filter!.match!, "i").test("Authentication")).toBe(true);
    expect(service("azure").source.url).toBe(service("entra-id").source.url);
  });

  it("sends Okta a browser User-Agent", () => {
    const okta = service("okta").source;
    expect(okta.format).toBe("okta");
    expect(okta.headers?.["User-Agent"]).toMatch(/Mozilla\/5\.0/);
  });

  it("marks unconfirmed endpoints unverified", () => {
    for (const slug of ["onelogin", "ory", "auth0", "duo", "descope", "google-cloud", "neon", "heroku", "paypal"]) {
      expect(service(slug).source.verified, slug).toBe(false);
    }
    expect(service("auth0").source.url).toContain("statuspage.io");
    expect(service("auth0").source.pageName).toBe("Auth0");
  });

  it("marks the researched endpoints verified", () => {
    for (const slug of ["workos", "okta", "entra-id", "google-workspace", "clerk", "frontegg", "stytch", "stripe", "resend", "slack", "github"]) {
      expect(service(slug).source.verified, slug).toBe(true);
    }
    expect(service("resend").source.url).toBe("https://resend-status.com/api/v2/summary.json");
    expect(service("stripe").source.url).toBe("https://www.stripestatus.com/api/v2/summary.json");
    expect(service("gitlab").source.url).toBe("https://api.status.io/1.0/status/5b36dc6502d06804c08349f7");
  });

  it("uses reachability only where no format of ours fits", () => {
    const reach = services.filter((s) => s.source.format === "reachability").map((s) => s.slug);
    expect(reach.sort()).toEqual(["algolia", "pagerduty", "postmark"]);
    expect(services.filter((s) => s.source.format === "reachability" && s.source.verified)).toEqual([]);
  });
});

describe("WorkOS", () => {
  const workos = service("workos");

  it("is the identity broker with its components and a guarded page name", () => {
    expect(workos.category).toBe("identity-broker");
    expect(workos.source).toMatchObject({ format: "statuspage", url: "https://status.workos.com/api/v2/summary.json", verified: true, pageName: "WorkOS" });
    expect(workos.keyComponents).toEqual(["API", "SSO", "Directory Sync", "Admin Portal", "AuthKit", "Dashboard"]);
  });

  it("probes the API without a key and expects 401", () => {
    expect(workos.probes).toContainEqual({
      id: "api", name: expect.any(String), method: "GET", url: "https://api.workos.com/organizations", expectStatus: [401], latencyThresholdMs: 1500,
    });
  });

  it("depends on the identity providers behind it", () => {
    expect(workos.related?.dependsOn).toEqual(expect.arrayContaining(["okta", "entra-id", "google-workspace", "onelogin", "jumpcloud", "ping-identity", "duo"]));
    for (const idp of workos.related?.dependsOn ?? []) {
      if (idp !== "cloudflare") expect(service(idp).category, idp).toBe("identity-provider");
    }
  });

  it("has keyless OIDC discovery probes for Entra ID and Google", () => {
    expect(service("entra-id").probes?.[0]).toMatchObject({ url: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", expectStatus: [200] });
    expect(service("google-workspace").probes?.[0]).toMatchObject({ url: "https://accounts.google.com/.well-known/openid-configuration", expectStatus: [200] });
  });
});

describe("resolveSlug", () => {
  it("returns the canonical slug as canonical", () => {
    expect(resolveSlug("workos")).toEqual({ slug: "workos", canonical: true });
    expect(resolveSlug("entra-id")).toEqual({ slug: "entra-id", canonical: true });
  });

  it("matches case-insensitively and asks for a redirect", () => {
    expect(resolveSlug("WorkOS")).toEqual({ slug: "workos", canonical: false });
    expect(resolveSlug(" Google Workspace ")).toEqual({ slug: "google-workspace", canonical: false });
  });

  it("follows aliases", () => {
    expect(resolveSlug("azure-ad")).toEqual({ slug: "entra-id", canonical: false });
    expect(resolveSlug("Azure-AD")).toEqual({ slug: "entra-id", canonical: false });
    expect(resolveSlug("gsuite")).toEqual({ slug: "google-workspace", canonical: false });
    expect(resolveSlug("cognito")).toEqual({ slug: "aws-cognito", canonical: false });
  });

  it("resolves every alias of every service to that service", () => {
    for (const s of services) for (const a of s.aliases ?? []) expect(resolveSlug(a), a).toEqual({ slug: s.slug, canonical: false });
  });

  it("returns null for unknown input", () => {
    expect(resolveSlug("not-a-service")).toBeNull();
    expect(resolveSlug("")).toBeNull();
    expect(resolveSlug("../etc/passwd")).toBeNull();
  });

  it("leaves findService exact", () => {
    expect(findService("workos")?.name).toBe("WorkOS");
    expect(findService("WorkOS")).toBeUndefined();
    expect(findService("azure-ad")).toBeUndefined();
  });
});

describe("servicesByCategory", () => {
  const groups = servicesByCategory();

  it("covers every service exactly once, in category display order", () => {
    expect(groups.flatMap((g) => g.services.map((s) => s.slug)).sort()).toEqual([...slugs].sort());
    const order = groups.map((g) => CATEGORY_ORDER.indexOf(g.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.every((g) => g.services.length > 0 && g.services.every((s) => s.category === g.category))).toBe(true);
  });

  it("starts with WorkOS, then the identity providers", () => {
    expect(groups[0]).toMatchObject({ category: "identity-broker", services: [expect.objectContaining({ slug: "workos" })] });
    expect(groups[1]?.category).toBe("identity-provider");
    expect(groups[1]?.services.map((s) => s.slug)).toEqual(expect.arrayContaining(["okta", "entra-id", "google-workspace", "onelogin", "jumpcloud", "ping-identity", "duo"]));
  });
});
