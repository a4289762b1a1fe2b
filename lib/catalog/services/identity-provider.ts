import type { ServiceEntry } from "../types";
import { BROWSER_USER_AGENT, getProbe } from "./helpers";

export const identityProviders: readonly ServiceEntry[] = [
  {
    slug: "okta",
    name: "Okta",
    category: "identity-provider",
    statusPageUrl: "https://status.okta.com",
    // Okta's Trust page embeds its incidents as JSON in the HTML; its JSON and RSS routes answer 401,
    // and okta.statuspage.io is not Okta's. Okta orgs are per tenant, so there is no keyless probe.
    source: { format: "okta", url: "https://status.okta.com/", verified: true, headers: { "User-Agent": BROWSER_USER_AGENT } },
    related: { alternatives: ["entra-id", "onelogin", "jumpcloud", "ping-identity"] },
  },
  {
    slug: "entra-id",
    name: "Microsoft Entra ID",
    category: "identity-provider",
    statusPageUrl: "https://azure.status.microsoft/en-us/status",
    // The tenant Graph health API needs admin consent, so we read the public Azure feed (pinned host:
    // status.azure.com geo-routes and has served an empty feed mid-outage) and keep identity items.
    source: {
      format: "feed",
      url: "https://rssfeed.azure.status.microsoft/en-us/status/feed/",
      verified: true,
      filter: { match: "Entra|Azure Active Directory|sign-?in|MFA|multi-factor" },
    },
    probes: [getProbe("oidc", "OpenID discovery (common)", "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", [200])],
    aliases: ["azure-ad", "azure-active-directory", "microsoft-entra-id", "entra"],
    related: { alternatives: ["okta", "google-workspace", "onelogin"] },
  },
  {
    slug: "google-workspace",
    name: "Google Workspace",
    category: "identity-provider",
    statusPageUrl: "https://www.google.com/appsstatus/dashboard/",
    // The whole dashboard is Workspace, so no product filter; incidents are open while `end` is empty.
    source: { format: "google", url: "https://www.google.com/appsstatus/dashboard/incidents.json", verified: true },
    keyComponents: ["Gmail", "Google Calendar", "Google Drive", "Google Meet", "Google Chat"],
    probes: [getProbe("oidc", "Google sign-in discovery", "https://accounts.google.com/.well-known/openid-configuration", [200])],
    aliases: ["gsuite", "g-suite", "google", "gmail"],
    related: { alternatives: ["microsoft-365", "entra-id", "okta"] },
  },
  {
    slug: "onelogin",
    name: "OneLogin",
    category: "identity-provider",
    statusPageUrl: "https://status.onelogin.com",
    // Unconfirmed: several projects assume a Statuspage host here, none has shown it answering.
    source: { format: "statuspage", url: "https://status.onelogin.com/api/v2/summary.json", verified: false },
    aliases: ["one-login"],
    related: { alternatives: ["okta", "jumpcloud", "entra-id"] },
  },
  {
    slug: "jumpcloud",
    name: "JumpCloud",
    category: "identity-provider",
    statusPageUrl: "https://status.jumpcloud.com",
    // Confirmed Statuspage page. Components repeat per region, so match them with their group.
    source: { format: "statuspage", url: "https://status.jumpcloud.com/api/v2/summary.json", verified: true },
    probes: [getProbe("oidc", "OpenID discovery", "https://oauth.id.jumpcloud.com/.well-known/openid-configuration", [200])],
    related: { alternatives: ["okta", "onelogin", "entra-id"] },
  },
  {
    slug: "ping-identity",
    name: "Ping Identity",
    category: "identity-provider",
    statusPageUrl: "https://status.pingidentity.com",
    source: { format: "statuspage", url: "https://status.pingidentity.com/api/v2/summary.json", verified: true, pageName: "Ping Identity" },
    aliases: ["pingidentity", "pingone"],
    related: { alternatives: ["okta", "entra-id", "onelogin"] },
  },
  {
    slug: "duo",
    name: "Duo Security",
    category: "identity-provider",
    statusPageUrl: "https://status.duo.com",
    source: { format: "statuspage", url: "https://status.duo.com/api/v2/summary.json", verified: false },
    aliases: ["duo-security", "cisco-duo"],
    related: { alternatives: ["okta", "ping-identity", "entra-id"] },
  },
];
