import type { Guide } from "../types";

// Frontegg has no keyless endpoint we have confirmed, and its API host depends on the account's
// region, so the quick check reads the confirmed Statuspage JSON instead of probing the API.

export const fronteggGuide: Guide = {
  slug: "frontegg",
  summary:
    "Frontegg is a user-management platform for B2B SaaS: a hosted login box, tenants and roles, entitlements, and enterprise SSO and SCIM for your customers' identity providers. When Frontegg has trouble, your users cannot log in or refresh their sessions, and SSO and provisioning from your customers' IdPs stop reaching your app.",
  quickCheck: {
    command: "curl -s -m 10 https://status.frontegg.com/api/v2/summary.json | jq -r '.status.indicator'",
    explanation:
      "This reads Frontegg's official status page in its machine-readable Statuspage form and prints the overall indicator (it needs jq; drop the pipe to read the raw JSON, which also lists components and open incidents). To test your own environment, open your login box URL in a private browser window, and from your server request a vendor token with your client ID and API key at the API base URL for your account's region.",
    outcomes: [
      { status: "none", meaning: "Frontegg reports no open incident. If your app still fails, look at your own configuration, tokens and your customers' IdPs." },
      { status: "minor", meaning: "An open incident with limited impact, such as slower responses or one feature affected. Check which components are named." },
      { status: "major or critical", meaning: "Frontegg reports a significant outage. Expect login or API failures and switch to your fallbacks." },
      { status: "maintenance", meaning: "Planned maintenance is in progress. Check the maintenance notice for the affected components and its end time." },
      { status: "no output or an error", meaning: "The status page did not answer with JSON within 10 seconds. Check your network, then try again; this alone does not mean Frontegg is down." },
    ],
  },
  errorCodes: [
    {
      code: "400",
      meaning: "The request was malformed or failed validation; the response body says which field.",
      whatToDo: "Fix the parameter named in the response and send the request again.",
    },
    {
      code: "401",
      meaning: "The vendor token (server-to-server) or the user's access token is missing, invalid or expired.",
      whatToDo: "Renew the vendor token before it expires instead of caching it indefinitely, and let the frontend SDK refresh the user's token.",
    },
    {
      code: "403",
      meaning: "The token is valid but lacks the role, permission or feature entitlement for this action.",
      whatToDo: "Check the roles and permissions assigned to the user in that tenant, and the API key's scope for server calls.",
    },
    {
      code: "404",
      meaning: "The tenant, user or resource does not exist in this environment, or the request went to another region's API.",
      whatToDo: "Check the IDs and that you call the API base URL for your account's region and environment.",
    },
    {
      code: "429",
      meaning: "Too many requests in a short time: Frontegg is rate limiting your environment, which is not an outage.",
      whatToDo: "Back off with jitter and cache tenant and user data instead of fetching it per request.",
    },
    {
      code: "5xx",
      meaning: "A failure on Frontegg's side (500, 502, 503 or 504) or at the edge in front of it.",
      whatToDo: "Retry idempotent calls with backoff and check the verdict at the top of this page.",
    },
    {
      code: "SAML response rejected",
      meaning: "A customer's SSO login failed at the assertion: signature, certificate, audience or ACS URL did not match what the SSO configuration expects.",
      whatToDo: "Ask the customer's admin whether they rotated the IdP certificate or edited the app, and compare the ACS URL and entity ID on both sides.",
    },
  ],
  whyItBreaks: [
    {
      title: "Your customers' identity providers",
      body: "Enterprise SSO through Frontegg ends at each customer's own IdP. If Okta, Entra ID or Google Workspace has an incident, or the customer changes their configuration, that customer's users cannot log in while everyone else is fine.",
    },
    {
      title: "Certificate rotation and clock skew on SAML",
      body: "IdP signing certificates expire and get replaced; until the new certificate is uploaded to the SSO configuration, assertions are rejected. SAML assertions are also only valid for a short time, so an IdP with a wrong clock produces assertions that fail validation.",
    },
    {
      title: "Expired tokens in server code",
      body: "Server-side calls authenticate with a vendor token that has a limited lifetime. Code that fetched one at start-up and never renews it starts failing with 401 some time later, usually long after the last deploy.",
    },
    {
      title: "Region and environment mix-ups",
      body: "Frontegg accounts live in a specific region and have separate environments. Calling another region's API host or using credentials from another environment gives 401 or 404 responses that look like an outage.",
    },
    {
      title: "Custom login domain DNS",
      body: "A custom domain for the login box depends on DNS records you control. Changing DNS providers or removing a record breaks login for every user on that domain.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page and the component list on status.frontegg.com.",
    "Open your login box in a private browser window to see what a user sees.",
    "Work out the scope: if only one customer's SSO users fail, check that customer's IdP (its status is on this site) and their SSO configuration before suspecting Frontegg.",
    "From your server, request a new vendor token; if that fails with 401, check the client ID and API key for the right environment and region.",
    "Record the status code and body of failing API calls and the time they happened.",
    "For a failing SAML connection, compare certificate, ACS URL and entity ID with the customer's IdP and check the IdP's clock.",
    "For missing users or roles from SCIM, check that the customer's IdP has run provisioning and that your webhook consumers accept Frontegg's events.",
    "If Frontegg is really impaired, keep signed-in users working and tell your users which sign-ins are affected.",
  ],
  fallbacks: [
    {
      title: "Verify access tokens locally",
      body: "Validate Frontegg-issued JWTs in your backend against a cached public key set, so requests from signed-in users keep working while Frontegg is slow or down.",
    },
    {
      title: "Break-glass access for your own team",
      body: "Keep an admin path into your back office that does not depend on Frontegg's login box, with strong credentials and MFA, for use during incidents.",
    },
    {
      title: "Queue provisioning and webhook work",
      body: "Accept Frontegg's events quickly, store them and process them from your own queue, so a slow consumer or a short outage does not lose user or tenant changes.",
    },
    {
      title: "Alerts for Frontegg and your customers' IdPs",
      body: "Subscribe to Frontegg and to the identity providers your largest customers use on this site, so you can tell quickly which side an SSO problem is on.",
    },
  ],
  alternatives: ["workos", "auth0", "descope"],
  faq: [
    {
      question: "Is Frontegg down right now?",
      answer:
        "The verdict at the top of this page reflects Frontegg's official status page, read from its Statuspage JSON. If your integration fails while the verdict is green, check tokens, region and environment first, then the customer's IdP for SSO problems.",
    },
    {
      question: "Is it Frontegg or my customer's identity provider?",
      answer:
        "If every customer's users fail, including those using passwords, look at Frontegg. If only one customer's SSO users fail, look at that customer's IdP and its SSO configuration: certificate, ACS URL and clock.",
    },
    {
      question: "Why does my server get 401 from the Frontegg API?",
      answer:
        "The vendor token has expired or was issued for another environment or region. Request a new token with the client ID and API key of the right environment and renew it before it expires.",
    },
    {
      question: "How do I get alerts when Frontegg is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Frontegg changes. You can also subscribe on status.frontegg.com.",
    },
  ],
  handWritten: true,
};
