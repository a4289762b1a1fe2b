import { describe, expect, it } from "vitest";
import { findService, services } from "@/lib/catalog/services";
import { allGuides, getGuide } from "@/lib/guides";
import { buildGuide } from "@/lib/guides/generated";
import { GENERATED_MINIMUMS, HAND_WRITTEN_MINIMUMS, validateGuides } from "@/lib/guides/schema";
import type { Guide } from "@/lib/guides/types";

const HAND_WRITTEN = ["workos", "okta", "entra-id", "google-workspace", "auth0", "clerk", "ory", "frontegg"];

const guides = allGuides();
const generated = guides.filter((g) => !g.handWritten);
/** Every sentence of a guide as one string, for "does it mention X" checks. */
const textOf = (g: Guide) => JSON.stringify({ ...g, slug: undefined, alternatives: undefined });
const counts = (g: Guide) => ({
  errorCodes: g.errorCodes.length, whyItBreaks: g.whyItBreaks.length, checklist: g.checklist.length,
  fallbacks: g.fallbacks.length, alternatives: g.alternatives.length, faq: g.faq.length,
});
const atLeast = (g: Guide, min: typeof HAND_WRITTEN_MINIMUMS) =>
  Object.entries(min).filter(([k, n]) => counts(g)[k as keyof typeof min] < n).map(([k]) => `${g.slug}.${k}`);

describe("guide coverage", () => {
  it("has exactly one guide per catalog service, and every guide validates", () => {
    expect(guides.map((g) => g.slug)).toEqual(services.map((s) => s.slug));
    expect(() => validateGuides(guides)).not.toThrow();
    for (const s of services) expect(getGuide(s.slug).slug).toBe(s.slug);
  });

  it("throws for a slug that is not in the catalog", () => {
    expect(() => getGuide("not-a-service")).toThrow(/not-a-service/);
  });
});

describe("hand-written guides", () => {
  it("are catalog slugs, marked handWritten, and meet the hand-written minimums", () => {
    for (const slug of HAND_WRITTEN) {
      expect(findService(slug), slug).toBeDefined();
      const g = getGuide(slug);
      expect(g.handWritten, slug).toBe(true);
      expect(atLeast(g, HAND_WRITTEN_MINIMUMS)).toEqual([]);
      expect(g.faq.length, slug).toBeLessThanOrEqual(6);
    }
    expect(guides.filter((g) => g.handWritten).map((g) => g.slug).sort()).toEqual([...HAND_WRITTEN].sort());
  });

  it("WorkOS: the quick check calls api.workos.com and the error table covers 401 and 429", () => {
    const g = getGuide("workos");
    expect(g.quickCheck.command).toMatch(/^curl .*https:\/\/api\.workos\.com\//);
    expect(g.quickCheck.outcomes.map((o) => o.status)).toContain("401");
    const codes = g.errorCodes.map((e) => e.code);
    expect(codes).toContain("401");
    expect(codes).toContain("429");
    expect(g.errorCodes.find((e) => e.code === "429")!.whatToDo).toMatch(/Retry-After/);
  });

  it("WorkOS explains how to tell its problems from the customer's identity provider", () => {
    const g = getGuide("workos");
    expect(g.faq.some((f) => /identity provider/i.test(f.question))).toBe(true);
    expect(textOf(g)).toMatch(/Okta/);
    expect(textOf(g)).toMatch(/Entra ID/);
    expect(textOf(g)).toMatch(/Google Workspace/);
  });

  it("reference the vendor's own hosts in their quick checks", () => {
    const hosts: Record<string, RegExp> = {
      workos: /api\.workos\.com/, okta: /\.okta\.com/, "entra-id": /login\.microsoftonline\.com/,
      "google-workspace": /accounts\.google\.com/, auth0: /\.auth0\.com/, clerk: /api\.clerk\.com/,
      ory: /\.projects\.oryapis\.com/, frontegg: /status\.frontegg\.com/,
    };
    for (const [slug, host] of Object.entries(hosts)) expect(getGuide(slug).quickCheck.command, slug).toMatch(host);
  });
});

describe("generated guides", () => {
  it("are marked generated and meet the generated minimums", () => {
    expect(generated.length).toBe(services.length - HAND_WRITTEN.length);
    for (const g of generated) expect(atLeast(g, GENERATED_MINIMUMS)).toEqual([]);
  });

  it("carry their own service's facts: status page URL, and probe URL when there is one", () => {
    for (const g of generated) {
      const entry = findService(g.slug)!;
      expect(textOf(g), g.slug).toContain(entry.statusPageUrl);
      expect(g.summary, g.slug).toContain(entry.name);
      const probe = entry.probes?.[0];
      if (probe) expect(g.quickCheck.command, g.slug).toContain(probe.url);
      else expect(g.quickCheck.command, g.slug).toContain(entry.source.url);
    }
  });

  it("differ from each other", () => {
    const distinct = (f: (g: Guide) => string) => new Set(generated.map(f)).size;
    expect(distinct((g) => g.quickCheck.command)).toBe(generated.length);
    expect(distinct((g) => g.quickCheck.explanation)).toBe(generated.length);
    expect(distinct(textOf)).toBe(generated.length);
  });

  it("still list alternatives when the catalog entry has none", () => {
    const g = buildGuide({ ...findService("shopify")!, slug: "shopify", related: undefined });
    expect(g.alternatives.length).toBeGreaterThan(0);
    expect(() => validateGuides([g])).not.toThrow();
  });
});

describe("all guides", () => {
  it("have unique summaries", () => {
    const summaries = guides.map((g) => g.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it("list only catalog slugs as alternatives, never themselves", () => {
    for (const g of guides) {
      for (const alt of g.alternatives) {
        expect(findService(alt), `${g.slug} → ${alt}`).toBeDefined();
        expect(alt).not.toBe(g.slug);
      }
    }
  });

  it("do not claim a live state in their FAQ (the page shows that separately)", () => {
    const liveClaim = /\b(is|are) (currently|now) (down|up|operational|working)\b|\bright now,? (it|\w+) (is|are) (down|up|operational)\b/i;
    for (const g of guides) for (const f of g.faq) expect(f.answer, `${g.slug}: ${f.question}`).not.toMatch(liveClaim);
  });
});

describe("validateGuides", () => {
  const valid = getGuide("okta");

  it("rejects an unknown alternative slug, naming the guide and the field", () => {
    const bad: Guide = { ...valid, alternatives: ["entra-id", "no-such-vendor"] };
    expect(() => validateGuides([bad])).toThrow(/"okta".*alternatives\[1\].*no-such-vendor/);
  });

  it("rejects a hand-written guide with too few FAQ entries, naming the guide", () => {
    const bad: Guide = { ...valid, faq: valid.faq.slice(0, 2) };
    expect(() => validateGuides([bad])).toThrow(/"okta".*faq/);
  });

  it("rejects a generated guide with no FAQ entries", () => {
    const bad: Guide = { ...getGuide("stripe"), faq: [] };
    expect(() => validateGuides([bad])).toThrow(/"stripe".*faq/);
  });

  it("rejects a guide whose slug is not in the catalog", () => {
    expect(() => validateGuides([{ ...valid, slug: "okta-typo" }])).toThrow(/"okta-typo".*slug/);
  });

  it("rejects a short summary and duplicate error codes", () => {
    expect(() => validateGuides([{ ...valid, summary: "Too short." }])).toThrow(/"okta".*summary/);
    const dup = [...valid.errorCodes, valid.errorCodes[0]!];
    expect(() => validateGuides([{ ...valid, errorCodes: dup }])).toThrow(/"okta".*errorCodes/);
  });

  it("rejects two guides for the same slug", () => {
    expect(() => validateGuides([valid, valid])).toThrow(/"okta".*more than one/);
  });
});
