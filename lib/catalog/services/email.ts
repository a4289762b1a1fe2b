import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const emailServices: readonly ServiceEntry[] = [
  {
    slug: "resend",
    name: "Resend",
    category: "email",
    statusPageUrl: "https://resend-status.com",
    // Not status.resend.com: that host answers the same HTML with 200 on every path.
    source: { format: "statuspage", url: "https://resend-status.com/api/v2/summary.json", verified: true },
    probes: [getProbe("api", "API (no key)", "https://api.resend.com/domains", [401])],
    related: { alternatives: ["sendgrid", "postmark"] },
  },
  {
    slug: "sendgrid",
    name: "SendGrid",
    category: "email",
    statusPageUrl: "https://status.sendgrid.com",
    // Its own Statuspage host rather than the Twilio page, so no component filter is needed.
    source: { format: "statuspage", url: "https://status.sendgrid.com/api/v2/summary.json", verified: true },
    keyComponents: ["API", "Mail Sending", "Event Webhook"],
    probes: [getProbe("api", "v3 API (no key)", "https://api.sendgrid.com/v3/scopes", [401])],
    aliases: ["twilio-sendgrid"],
    related: { alternatives: ["resend", "postmark"] },
  },
  {
    slug: "postmark",
    name: "Postmark",
    category: "email",
    statusPageUrl: "https://status.postmarkapp.com",
    // Custom page without /api/v2 and no format of ours fits yet; only whether the page answers.
    source: { format: "reachability", url: "https://status.postmarkapp.com/", verified: false },
    probes: [getProbe("api", "API (no token)", "https://api.postmarkapp.com/server", [401])],
    aliases: ["postmarkapp"],
    related: { alternatives: ["resend", "sendgrid"] },
  },
];
