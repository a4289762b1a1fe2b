import type { Guide } from "../types";

// Facts: shared/research/upstream-status-formats.md §6 (keyless probe → 401, error codes and bodies,
// rate limits, Retry-After, X-Request-ID) and the catalog entry (components, dependsOn, alternatives).

export const workosGuide: Guide = {
  slug: "workos",
  summary:
    "WorkOS sits between your B2B app and your customers' identity providers: it brokers enterprise SSO, syncs their directories over SCIM, hosts the Admin Portal and runs AuthKit sign-in. When WorkOS has trouble, sign-in can fail for every customer at once, and user and group changes stop reaching your app until it recovers.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://api.workos.com/organizations',
    explanation:
      "This calls a real WorkOS API route without an API key and prints only the HTTP status. A healthy API turns the request away with 401 and the body {\"message\":\"Unauthorized\"}, so a 401 proves the request crossed the CDN edge and reached WorkOS. Run it from the server that is failing, not only from your laptop: a corporate proxy or a blocked egress IP can look like an outage. It tests the API only; SSO, Directory Sync, Admin Portal and AuthKit are listed separately on status.workos.com.",
    outcomes: [
      { status: "401", meaning: "The API is up and answering. It refused the request only because no key was sent, which is the expected result." },
      { status: "404", meaning: "The API answered but does not know the path. Check the URL for typos; an unknown route returns 404 and says nothing about an outage." },
      { status: "429", meaning: "Too many requests from your key or network. Wait for the number of seconds in the Retry-After header before trying again." },
      { status: "500, 502, 503, 504", meaning: "WorkOS or the edge in front of it is failing. Compare with the verdict at the top of this page and retry with backoff." },
      { status: "000", meaning: "No HTTP answer within 10 seconds: DNS, TLS, a firewall or a full outage. Repeat from a different network before blaming WorkOS." },
    ],
  },
  errorCodes: [
    {
      code: "400",
      meaning: "The request was malformed: a required parameter is missing or has the wrong type.",
      whatToDo: "Compare the request with the API reference for that endpoint. Log the X-Request-ID response header so WorkOS support can find the call.",
    },
    {
      code: "401",
      meaning: "The API key is missing, mistyped, revoked, or belongs to the other environment (staging and production have separate keys).",
      whatToDo: "Check that your server actually loads the key, and that the key and client ID come from the same environment. Rotate the key in the dashboard if it may have leaked.",
    },
    {
      code: "403",
      meaning: "The key is valid but is not allowed to perform this action.",
      whatToDo: "Check the key's permissions in the WorkOS dashboard, or use a key that has them.",
    },
    {
      code: "404",
      meaning: "The resource does not exist: an organization, connection or directory ID that was deleted, or one that belongs to the other environment.",
      whatToDo: "Look the ID up in the dashboard of the environment your key belongs to. IDs copied from staging do not exist in production.",
    },
    {
      code: "422",
      meaning: "Validation failed. The body carries a code, a message and an errors array naming each field that was rejected and why.",
      whatToDo: "Read the errors array and fix the named fields. Retrying the same request unchanged will fail the same way.",
    },
    {
      code: "429",
      meaning: "Rate limited. The documented general limit is 6,000 requests per 60 seconds per API key, with tighter limits on AuthKit reads and on /sso/authorize per connection.",
      whatToDo: "Honour the Retry-After header, add exponential backoff with jitter, and cache organization and connection lookups instead of fetching them on every request.",
    },
    {
      code: "500 / 502 / 503 / 504",
      meaning: "A failure on the WorkOS side or at the CDN edge in front of the API.",
      whatToDo: "Retry idempotent calls with backoff, check the verdict and components on this page, and send WorkOS the X-Request-ID values of failing calls.",
    },
    {
      code: "invalid_grant",
      meaning: "Returned by the code-exchange endpoints (/sso/token, /user_management/authenticate) when the authorization code has expired, was already used, or was issued for another client.",
      whatToDo: "Codes are single-use and short-lived: exchange each one once, right after the callback, and restart the sign-in on failure instead of retrying the same code.",
    },
    {
      code: "invalid_client",
      meaning: "The client ID or the API key used as the client secret in a code exchange is wrong or from a different environment.",
      whatToDo: "Make sure the client ID and API key come from the same WorkOS environment as the connection the user signed in with.",
    },
  ],
  whyItBreaks: [
    {
      title: "The customer's identity provider fails, not WorkOS",
      body: "Every SSO sign-in through WorkOS ends at the customer's own IdP: Okta, Entra ID, Google Workspace and others. If that IdP has an incident, users from that customer cannot sign in even though WorkOS is healthy. This is the most common reason an SSO login \"through WorkOS\" breaks, which is why this page shows those providers next to WorkOS.",
    },
    {
      title: "A rotated SAML signing certificate",
      body: "IdPs sign SAML assertions with a certificate that expires and gets replaced. If the customer's admin rotates it in their IdP without updating the WorkOS connection, every assertion from that customer is rejected from that moment. One customer fails completely while all others keep working.",
    },
    {
      title: "Clock skew and misconfigured URLs",
      body: "A SAML assertion is only valid inside a short time window, so an IdP server with a drifting clock (common with self-hosted ADFS) produces assertions that arrive already expired or not yet valid. A mistyped ACS URL or entity ID on the IdP side, or a redirect URI missing from your WorkOS configuration, fails every attempt for that connection.",
    },
    {
      title: "Rate limits during bursts",
      body: "Bulk jobs, backfills and code that calls the API on every page view can cross the per-key limit. A 429 is not an outage, but from the user's side it looks the same. Retry-After tells you when to come back.",
    },
    {
      title: "Incidents upstream of WorkOS",
      body: "The API sits behind a CDN (responses carry cf-ray headers) and runs on cloud infrastructure. An incident at either layer can make WorkOS unreachable or slow. That is why Cloudflare appears among the services WorkOS depends on here.",
    },
    {
      title: "Directory sync lag that is not an outage",
      body: "Directory changes reach WorkOS when the customer's IdP sends them, and some IdPs push them in batches. Microsoft Entra ID, for example, provisions in cycles that Microsoft documents as roughly 40 minutes apart. A user who \"has not synced yet\" may simply be waiting for the next cycle, or your webhook endpoint may be rejecting the events.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page and see which WorkOS component is affected: API, SSO, Directory Sync, Admin Portal, AuthKit or Dashboard.",
    "Run the quick check from the failing server. A 401 means the API itself answers, so look further down the chain before assuming WorkOS is down.",
    "Work out the scope. If every customer fails whatever their IdP, suspect WorkOS. If one customer or one connection fails, suspect that customer's IdP or its configuration.",
    "Check the identity providers shown next to WorkOS on this page for the IdP the failing customer uses.",
    "Capture the failing response: status code, body (message, code and errors, or error and error_description) and the X-Request-ID header.",
    "For 401 or invalid_client, confirm your server loads the right API key and that key, client ID and connection all belong to the same environment.",
    "For one broken SAML connection, ask the customer's admin whether they rotated the signing certificate or edited the app, and compare the ACS URL and entity ID with the connection settings.",
    "For 429, find the loop or batch job sending the burst, honour Retry-After and cache lookups that rarely change.",
    "For missing directory changes, check whether the IdP has run its provisioning since the change and whether your webhook endpoint answers 2xx.",
    "If the fault is with WorkOS, switch on your fallbacks, tell your users, and send WorkOS support the request IDs and timestamps.",
  ],
  fallbacks: [
    {
      title: "Keep a break-glass admin login outside SSO",
      body: "Give a small number of your own staff accounts a password plus MFA that does not depend on WorkOS or any customer IdP, and store those credentials where on-call staff can reach them. Without one, an SSO outage also locks out the people who need to fix things.",
    },
    {
      title: "Don't end sessions that already work",
      body: "During an incident, avoid forcing re-authentication. Verify AuthKit access tokens locally against a cached copy of the JWKS instead of calling the API for every request, so users who are already signed in keep working while new sign-ins fail.",
    },
    {
      title: "Queue directory-sync work and reconcile later",
      body: "Make your directory webhook handler store events and acknowledge them quickly, then process them from your own queue idempotently. After an outage, run a full reconciliation by listing directory users and groups, so nothing missed during the gap stays out of date.",
    },
    {
      title: "Degrade the login page honestly",
      body: "When SSO is failing, show a clear message on the sign-in page instead of a generic error, and offer another sign-in method (magic link or password) to users whose organisations allow it.",
    },
    {
      title: "Get told before your customers tell you",
      body: "Subscribe to WorkOS on this site and on status.workos.com, and to the identity providers your largest customers use. Official pages often post later than the problem starts, so combine them with the probe result shown here.",
    },
  ],
  alternatives: ["auth0", "clerk", "frontegg", "stytch"],
  faq: [
    {
      question: "Is WorkOS down right now?",
      answer:
        "The verdict at the top of this page answers that. It combines the official status at status.workos.com with our own keyless request to api.workos.com, which should get a 401 when the API is healthy. If your integration fails while the verdict is green, work through the checklist above: the problem is usually one connection, one key or one customer's IdP.",
    },
    {
      question: "Is it WorkOS or my customer's identity provider?",
      answer:
        "Look at how widely it fails. If users from every customer fail, whichever IdP they use, the problem is WorkOS or something in front of it. If only users from one customer fail, look at that customer's IdP (its status is shown beside WorkOS on this page) and then at the connection itself: signing certificate, ACS URL and clock skew. Users who never reach their IdP's login page point to WorkOS or your redirect; users who sign in at the IdP and then see an error point to the assertion or the connection configuration.",
    },
    {
      question: "Why do I get 401 from the WorkOS API?",
      answer:
        "WorkOS answers 401 when the request has no API key, a wrong or revoked key, or a key from the other environment. If you get 401 from the quick check above, which sends no key on purpose, the API is healthy. If your app gets 401 with a key, check that the key is loaded at runtime and that it matches the environment of the IDs you are using.",
    },
    {
      question: "What does a 429 from WorkOS mean?",
      answer:
        "You have exceeded a rate limit. The general limit is per API key per minute, and some endpoints such as AuthKit reads and SSO authorization have their own limits. The response includes Retry-After; wait that long, then retry with backoff, and cache data that rarely changes.",
    },
    {
      question: "Why haven't directory changes from my customer's IdP arrived?",
      answer:
        "Directory changes arrive when the customer's IdP sends them, and some IdPs send in scheduled batches rather than instantly. If the Directory Sync component is healthy, check whether the IdP has run provisioning since the change and whether your webhook endpoint is accepting events.",
    },
    {
      question: "How do I get alerts when WorkOS is down?",
      answer:
        "Use the alert sign-up on this page to get an email when the verdict for WorkOS changes, and add the identity providers your customers use. You can also subscribe on status.workos.com, but official pages are often updated some time after a problem starts.",
    },
  ],
  handWritten: true,
};
