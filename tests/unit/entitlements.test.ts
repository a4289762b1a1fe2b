import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { entitlementFor } from "@/lib/billing/entitlements";

const trialEnd = new Date("2026-12-18T00:00:00Z");

describe("entitlements from Stripe's subscription status", () => {
  it.each([
    ["trialing", "pro"], ["active", "pro"], ["past_due", "pro"],
    ["canceled", "free"], ["unpaid", "free"], ["incomplete_expired", "free"], ["incomplete", "free"], ["paused", "free"],
  ])("%s → %s", (status, plan) => {
    expect(entitlementFor({ status, trialEnd }).plan).toBe(plan);
  });

  it("gives Pro 10 services, every channel and filters; Free 1 service by email", () => {
    expect(entitlementFor({ status: "active", trialEnd: null })).toMatchObject({ maxServices: 10, channels: ["email", "slack", "webhook"], filters: true });
    expect(entitlementFor(null)).toMatchObject({ plan: "free", maxServices: 1, channels: ["email"], filters: false });
  });

  it("shows the trial end only while trialing", () => {
    expect(entitlementFor({ status: "trialing", trialEnd }).trialEndsAt).toEqual(trialEnd);
    expect(entitlementFor({ status: "active", trialEnd }).trialEndsAt).toBeNull();
  });
});

describe("same-origin check", () => {
  const req = (headers: Record<string, string>) => new Request("http://statusradar.test/api/x", { method: "POST", headers });
  it("accepts this site's Origin or Referer and refuses others or none", () => {
    expect(isSameOrigin(req({ host: "statusradar.test", origin: "http://statusradar.test" }))).toBe(true);
    expect(isSameOrigin(req({ host: "statusradar.test", referer: "http://statusradar.test/account" }))).toBe(true);
    expect(isSameOrigin(req({ host: "statusradar.test", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(req({ host: "statusradar.test", origin: "null" }))).toBe(false);
    expect(isSameOrigin(req({ host: "statusradar.test" }))).toBe(false);
  });
});
