import { describe, expect, it } from "vitest";
import { magicLinkEmail, paymentFailedEmail, testAlertEmail, trialEndingEmail } from "@/lib/email/templates/account";
import { alertEmail, AlertEmail, alertSubject, digestEmail } from "@/lib/email/templates/alert";

const payload = AlertEmail.PreviewProps.payload;

describe("email templates (react-email), each with a plain-text part", () => {
  it("alert: subject says what happened; text and HTML carry reason, link and unsubscribe", async () => {
    const m = await alertEmail(payload, "https://statusradar.test/unsubscribe?token=abc");
    expect(m.subject).toBe("WorkOS is down");
    expect(m.text).toContain("Official page: Major System Outage");
    expect(m.text).toContain("http://localhost:3000/status/workos");
    expect(m.text).toContain("https://statusradar.test/unsubscribe?token=abc");
    expect(m.html).toMatch(/<html[^>]*lang="en"/);
    expect(m.html).toContain('href="https://statusradar.test/unsubscribe?token=abc"');
    expect(m.text).not.toMatch(/<[a-z]/);
  });

  it.each([
    ["outage_resolved", "operational", "WorkOS is back up"],
    ["outage_updated", "partial_outage", "WorkOS is now partly down"],
    ["flapping", "major_outage", "WorkOS keeps changing state"],
  ] as const)("%s → %s", (type, state, subject) => {
    expect(alertSubject({ ...payload, type, state })).toBe(subject);
  });

  it("names the incident in the subject as the official page names it, colons and all", () => {
    const incident = { id: "inc1", name: "SSO: SAML sign-ins failing" };
    const reason = "SSO: SAML sign-ins failing: We are investigating.";
    expect(alertSubject({ ...payload, type: "incident_opened", reason, incident })).toBe("WorkOS reports an incident: SSO: SAML sign-ins failing");
    expect(alertSubject({ ...payload, type: "incident_updated", reason, incident })).toBe("Update on WorkOS incident: SSO: SAML sign-ins failing");
    expect(alertSubject({ ...payload, type: "maintenance_started", reason: "Database upgrade", incident: { id: "m1", name: "Database upgrade" } })).toBe("WorkOS maintenance started: Database upgrade");
  });

  it("test alert: says nothing is wrong and links the live page and the account", async () => {
    const m = await testAlertEmail("http://localhost:3000/status/workos", "http://localhost:3000/account");
    expect(m.subject).toBe("StatusRadar test alert");
    expect(m.text).toMatch(/Nothing is wrong with any service/);
    expect(m.html).toContain('href="http://localhost:3000/status/workos"');
    expect(m.html).toContain('href="http://localhost:3000/account"');
    expect(m.text).not.toMatch(/<[a-z]/);
  });

  it("escapes what upstreams write", async () => {
    const m = await alertEmail({ ...payload, reason: "<script>alert(1)</script> & more" });
    expect(m.html).not.toContain("<script>alert(1)</script>");
    expect(m.html).toContain("&lt;script&gt;");
  });

  it("digest, magic link, trial ending and payment failed", async () => {
    const d = await digestEmail([payload, { ...payload, id: "2", service: { slug: "clerk", name: "Clerk", url: "http://localhost:3000/status/clerk" } }]);
    expect(d.subject).toBe("2 services you watch changed state");
    expect(d.text).toMatch(/WorkOS is down[\s\S]*Clerk is down/);
    const link = await magicLinkEmail("http://localhost:3000/auth/verify?token=t0k3n");
    expect(link.text).toContain("http://localhost:3000/auth/verify?token=t0k3n");
    expect(link.text).toMatch(/works once, for 15 minutes/);
    expect((await trialEndingEmail(new Date("2026-12-18T00:00:00Z"), "http://x/account")).text).toContain("2026-12-18");
    expect((await paymentFailedEmail("http://x/account")).subject).toBe("Your Alert Pro payment failed");
  });
});
