import { describe, expect, it } from "vitest";
import { parseFeed } from "@/lib/sources/feed";
import { ParseError } from "@/lib/sources/model";
import { NOW, ctx, fixture } from "./load";

const ENTRA = "Entra|Azure Active Directory|sign-?in|MFA|multi-factor";

describe("Azure RSS", () => {
  const all = parseFeed(fixture("feed-azure-incident.xml"), ctx());

  it("folds items by guid: the newest entry decides, older ones become the timeline", () => {
    const entra = all.incidents.find((i) => i.upstreamId === "XN5T-9QZ")!;
    expect(entra).toMatchObject({ name: "Microsoft Entra ID - West US", status: "active", resolvedAt: null });
    expect(entra.updates.map((u) => u.status)).toEqual(["active", "investigating"]);
    expect(entra.startedAt.toISOString()).toBe("2026-07-23T15:58:40.000Z");
    expect(entra.updates[0]!.body).toMatch(/^Impact Statement: Starting at 15:48 UTC .* sign-in failures & token issuance errors/);
  });

  it("reads resolution from the last title clause or a [RESOLVED] tag", () => {
    const byId = Object.fromEntries(all.incidents.map((i) => [i.upstreamId, i]));
    expect(byId["Q0RS-8AA"]!.resolvedAt?.toISOString()).toBe("2026-07-23T12:10:00.000Z");
    expect(byId["M2QF-1HT"]).toMatchObject({ status: "resolved", name: "Azure MFA - Multiple regions - Delayed SMS codes" });
  });

  it("drops entries older than a week that do not say they are open", () => {
    expect(all.incidents.some((i) => i.upstreamId === "OLD1-AAD")).toBe(false);
  });

  it("takes the worst open item and guesses severity from its words", () => {
    expect(all.incidents.find((i) => i.upstreamId === "7LKD-PW0")!.impact).toBe("degraded");
    expect(all.overall).toBe("partial_outage");
  });

  it("keeps only items matching filter.match (title, category or text)", () => {
    const entra = parseFeed(fixture("feed-azure-incident.xml"), ctx({ filter: { match: ENTRA } }));
    expect(entra.incidents.map((i) => i.upstreamId)).toEqual(["XN5T-9QZ", "M2QF-1HT"]);
    expect(entra.overall).toBe("partial_outage");
    expect(entra.description).toBe("Microsoft Entra ID - West US");
  });

  it("reads the empty healthy channel as operational", () => {
    const calm = parseFeed(fixture("feed-azure-empty.xml"), ctx());
    expect(calm).toMatchObject({ overall: "operational", incidents: [], maintenances: [] });
    expect(calm.sourceUpdatedAt?.toISOString()).toBe("2026-07-23T18:00:04.000Z");
  });

  it("lets a resolved incident stop counting as soon as its newest entry says so", () => {
    const later = parseFeed(fixture("feed-azure-incident.xml"), ctx({ now: new Date("2026-08-05T00:00:00Z"), filter: { match: ENTRA } }));
    // Still "Active" in its last word: explicitly open items stay open, however old.
    expect(later.incidents.map((i) => i.upstreamId)).toEqual(["XN5T-9QZ"]);
  });
});

describe("Statuspage history.atom", () => {
  const s = parseFeed(fixture("feed-workos-history.xml"), ctx());

  it("reads the latest status word of each entry's history", () => {
    expect(s.incidents.map((i) => [i.name, i.status, i.resolvedAt?.toISOString() ?? null])).toEqual([
      ["Elevated SSO error rates", "identified", null],
      ["Directory Sync events delayed", "resolved", "2026-07-21T10:40:31.000Z"],
    ]);
    expect(s.overall).toBe("partial_outage");
  });

  it("splits the history into a dated timeline, newest first", () => {
    const i = s.incidents[1]!;
    expect(i.updates.map((u) => [u.status, u.at.toISOString()])).toEqual([
      ["resolved", "2026-07-21T10:40:00.000Z"],
      ["monitoring", "2026-07-21T09:58:00.000Z"],
      ["investigating", "2026-07-21T09:12:00.000Z"],
    ]);
    expect(i.updates[2]!.body).toBe("Directory Sync events are delayed by up to 30 minutes.");
    expect(i.url).toBe("https://status.workos.com/incidents/x0ljvc9m1wxj");
  });

  it("reads maintenance entries as maintenances, in progress ones count", () => {
    expect(s.maintenances.map((m) => [m.name, m.status])).toEqual([
      ["Directory Sync database upgrade", "scheduled"],
      ["Admin Portal infrastructure maintenance", "in_progress"],
    ]);
    const onlyMaintenance = parseFeed(fixture("feed-workos-history.xml"), ctx({ filter: { match: "Admin Portal" } }));
    expect(onlyMaintenance.overall).toBe("maintenance");
  });

  it("drops the months-old resolved incident", () => {
    expect(s.incidents.some((i) => i.name === "AuthKit login page slow")).toBe(false);
  });
});

describe("Auth0 RSS", () => {
  const s = parseFeed(fixture("feed-auth0-rss.xml"), ctx());

  it("reads 'Status: X' lines, dc:date and content:encoded", () => {
    const token = s.incidents.find((i) => i.upstreamId === "7yq2k1bx0zzd")!;
    expect(token).toMatchObject({ status: "monitoring", impact: "degraded", resolvedAt: null });
    expect(token.updates[0]!.body).toContain("returning to normal — we’re monitoring");
    expect(token.updates[0]!.at.toISOString()).toBe("2026-07-23T16:12:00.000Z");
  });

  it("folds an item without guid by its link and treats a fresh unlabelled item as open", () => {
    const dash = s.incidents.find((i) => i.name === "Dashboard unavailable")!;
    expect(dash.upstreamId).toBe("https://status.auth0.com/incidents/9zz8yy7xx6ww");
    expect(dash).toMatchObject({ status: "open", impact: "major_outage" });
    expect(s.overall).toBe("major_outage");
    expect(s.incidents.find((i) => i.upstreamId === "3kd9sm2lq8vn")!.status).toBe("resolved");
  });
});

describe("big feeds", () => {
  it("parses a feed of 5,000 items and folds it correctly", () => {
    const items: string[] = [];
    for (let k = 0; k < 5000; k++) {
      const at = new Date(NOW.getTime() - k * 3600_000).toUTCString();
      // Every 10th incident id gets two entries; the newest of the last 50 says nothing, the rest resolve.
      const id = `inc-${Math.floor(k / 2)}`;
      const resolved = k >= 100 || k % 2 === 1;
      const title = `${resolved && k % 2 === 0 ? "[RESOLVED] " : ""}Service ${k % 7} &amp; friends errors`;
      items.push(`<item><guid>${id}</guid><title>${title}</title><pubDate>${at}</pubDate><description><![CDATA[<p>Entry ${k}</p>]]></description><category>svc-${k % 7}</category></item>`);
    }
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join("\n")}</channel></rss>`;
    const s = parseFeed(xml, ctx());
    const open = s.incidents.filter((i) => i.resolvedAt === null);
    // The 50 newest ids (k < 100) have an unlabelled newest entry and are recent: open.
    expect(open).toHaveLength(50);
    expect(open[0]!.name).toBe("Service 0 & friends errors");
    expect(open[0]!.updates).toHaveLength(2);
    // Within 7 days = 168 h → ids 0..83; beyond that, resolved ones are history.
    expect(s.incidents).toHaveLength(85);
    expect(s.overall).toBe("partial_outage");
  });
});

describe("feed edge cases", () => {
  it("refuses a truncated feed and something that is not a feed", () => {
    const xml = fixture("feed-azure-incident.xml");
    expect(() => parseFeed(xml.slice(0, xml.length - 40), ctx())).toThrow(/^truncated XML/);
    expect(() => parseFeed("<html><body>Status</body></html>", ctx())).toThrow(ParseError);
    expect(() => parseFeed('<?xml version="1.0"?><opml><body/></opml>', ctx())).toThrow(/root element <opml>/);
    expect(() => parseFeed('{"not":"xml"}', ctx())).toThrow(ParseError);
  });

  it("ignores undated entries unless they say they are open", () => {
    const xml = '<rss><channel><item><title>Old thing</title></item><item><title>[Investigating] Login errors</title></item></channel></rss>';
    const s = parseFeed(xml, ctx());
    expect(s.incidents.map((i) => i.name)).toEqual(["Login errors"]);
    expect(s.overall).toBe("partial_outage");
  });

  it("reads resolution from a [RESOLVED] tag in the body and from a Postmortem history line", () => {
    const at = "Thu, 23 Jul 2026 12:00:00 Z";
    const xml = `<rss><channel>
      <item><guid>a</guid><title>Webhooks delayed</title><pubDate>${at}</pubDate><description>Update [RESOLVED]: all queues drained.</description></item>
      <item><guid>b</guid><title>API errors</title><pubDate>${at}</pubDate><description>&lt;p&gt;&lt;small&gt;Jul 23, 12:00 UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Postmortem&lt;/strong&gt; - Report attached.&lt;/p&gt;</description></item>
      <item><guid>c</guid><title>Search slow</title><pubDate>${at}</pubDate><description>Not yet resolved, we keep working on it.</description></item>
    </channel></rss>`;
    const s = parseFeed(xml, ctx());
    expect(s.incidents.map((i) => [i.upstreamId, i.resolvedAt !== null])).toEqual([["a", true], ["b", true], ["c", false]]);
    expect(s.overall).toBe("degraded");
  });

  it("decodes numeric entities and reads prefixed Atom links", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><title>Caf&#233; &#x2014; API down</title>
      <updated>2026-07-23T17:00:00+02:00</updated><atom:link rel="alternate" href="https://x.test/e1?a=1&amp;b=2"/></entry></feed>`;
    const s = parseFeed(xml, ctx());
    expect(s.incidents[0]).toMatchObject({ name: "Café — API down", url: "https://x.test/e1?a=1&b=2" });
    expect(s.incidents[0]!.startedAt.toISOString()).toBe("2026-07-23T15:00:00.000Z");
  });

  it("rejects an invalid filter pattern with a clear reason", () => {
    expect(() => parseFeed(fixture("feed-azure-empty.xml"), ctx({ filter: { match: "(" } }))).toThrow(/^invalid filter.match pattern/);
  });
});
