import type { Guide } from "../types";

// Okta has no keyless global API (every org has its own domain), so the quick check targets the
// org's own OpenID discovery document. The status page is a custom Trust page organised by cell.

export const oktaGuide: Guide = {
  slug: "okta",
  summary:
    "Okta is the identity provider behind sign-in, MFA and user provisioning for a large share of companies. When the Okta cell that hosts an org has trouble, people in that org cannot sign in to any app federated with it, and SSO through brokers such as WorkOS fails for that customer too.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://YOUR-ORG.okta.com/.well-known/openid-configuration',
    explanation:
      "Replace YOUR-ORG.okta.com with your Okta domain (or your custom Okta domain). This fetches the org's public OpenID Connect discovery document, which needs no credentials, so it shows whether your org's front door answers. Okta runs many orgs per cell, and incidents on status.okta.com are listed per cell, so find out which cell your org is in: it is usually shown in the Admin Console footer, and Okta support can confirm it.",
    outcomes: [
      { status: "200", meaning: "Your org answers and serves its discovery document. If sign-in still fails, look at the app's configuration, policies or the user's account." },
      { status: "404", meaning: "The domain answered but has no such document. Check the domain for typos, or whether you are using a custom authorization server path." },
      { status: "429", meaning: "Rate limited. Okta limits requests per org and per endpoint; back off and try again after the reset time." },
      { status: "500, 502, 503, 504", meaning: "Okta's side is failing. Check status.okta.com for an incident on your cell." },
      { status: "000", meaning: "No answer within 10 seconds: DNS, TLS, a proxy or an outage. Try from a different network, and check your custom domain's DNS if you use one." },
    ],
  },
  errorCodes: [
    {
      code: "E0000001",
      meaning: "API validation failed: the request body has a field Okta rejected. The errorCauses array names it.",
      whatToDo: "Read errorCauses in the response, fix the field and send the request again.",
    },
    {
      code: "E0000004",
      meaning: "Authentication failed: the username or password was wrong, or the user is not allowed to sign in that way.",
      whatToDo: "Confirm the credentials and check the user's status and the System Log in the Admin Console. A burst of these from one IP can also indicate a password-spraying attempt.",
    },
    {
      code: "E0000006",
      meaning: "The caller is authenticated but lacks permission for this action.",
      whatToDo: "Check the admin role behind the API token, or the scopes granted to the OAuth service app making the call.",
    },
    {
      code: "E0000007",
      meaning: "Not found: the user, group, app or other resource does not exist in this org.",
      whatToDo: "Check the ID and that you are calling the right org (preview and production orgs are separate).",
    },
    {
      code: "E0000011",
      meaning: "Invalid token: the API token is wrong, revoked or expired. Okta expires API tokens that go unused for 30 days, and a token stops working when the admin who created it is deactivated.",
      whatToDo: "Create a new token under a dedicated service account, or move the integration to an OAuth service app with scoped access so it does not depend on one admin.",
    },
    {
      code: "E0000047",
      meaning: "Rate limit exceeded (HTTP 429). The X-Rate-Limit-Limit, X-Rate-Limit-Remaining and X-Rate-Limit-Reset headers tell you which bucket and when it refills.",
      whatToDo: "Wait until X-Rate-Limit-Reset, spread bulk jobs out over time, and cache users and groups rather than fetching them per request.",
    },
    {
      code: "access_denied",
      meaning: "An OIDC sign-in was refused, most often because the user is not assigned to the application, or a sign-on policy denied access.",
      whatToDo: "Assign the user or their group to the app in the Admin Console and review the app's authentication policy.",
    },
    {
      code: "invalid_grant / invalid_client",
      meaning: "A token request failed: the authorization code or refresh token is expired or already used (invalid_grant), or the client ID or secret is wrong (invalid_client).",
      whatToDo: "Restart the sign-in instead of retrying the same code, and check that the app's client credentials in your config match the app in Okta.",
    },
  ],
  whyItBreaks: [
    {
      title: "Cell-level incidents",
      body: "Okta runs its service in separate cells, and an incident often affects only some of them. An incident on status.okta.com may not touch your org, and your org can have trouble while most of Okta is fine. Always check whether your cell is among those affected.",
    },
    {
      title: "Certificate rotation on SAML apps",
      body: "Each SAML app in Okta signs its assertions with a certificate that eventually expires. When an admin rotates it, every service provider that still trusts the old certificate rejects sign-ins until it gets the new metadata. The failure is limited to the apps that were not updated.",
    },
    {
      title: "Policy and MFA changes",
      body: "A change to a global session policy, an authentication policy or the MFA factors can lock out groups of users instantly, and it looks exactly like an outage from their side. The System Log shows which policy rule denied each attempt.",
    },
    {
      title: "Rate limits on busy integrations",
      body: "Provisioning jobs, directory syncs and apps that call the Users API on every request can use up an org's per-endpoint rate limit and starve other integrations that share it.",
    },
    {
      title: "Expired or orphaned API tokens",
      body: "Integrations that use an SSWS API token break quietly when the token sits unused for 30 days or when the admin who created it leaves. The first sign is usually E0000011 in a nightly job.",
    },
    {
      title: "Clock skew and push delivery",
      body: "SAML and OIDC tokens carry validity times, so a server with a drifting clock rejects perfectly good tokens. Okta Verify push notifications also depend on Apple's and Google's push services, so pushes can be delayed while the rest of Okta works.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page, then look on status.okta.com for an incident that names your cell.",
    "Run the quick check against your own Okta domain from the network where sign-in fails.",
    "Find out whether everyone is affected or only some users or apps: one app failing points to that app's configuration or certificate, everyone failing points to the org or Okta.",
    "Open the System Log in the Okta Admin Console and look at the failed events for a user who cannot sign in; the outcome reason usually names the policy, factor or error.",
    "For API errors, record the errorCode, errorSummary and errorId from the response body.",
    "For E0000011, check whether the API token is still active and whether its creator's account is still active.",
    "For E0000047, read the X-Rate-Limit headers to find which endpoint is exhausted and which job is consuming it.",
    "For SAML apps that fail after a change, compare the signing certificate and ACS URL configured in the service provider with the app's current metadata in Okta.",
    "If Okta's cell is really impaired, use your break-glass access for critical systems and tell your users which sign-ins are affected.",
  ],
  fallbacks: [
    {
      title: "Emergency access that does not go through Okta",
      body: "Keep a local administrator account, with a strong password and its own MFA, on each critical system (cloud console, source control, production access) so an Okta incident does not stop you fixing other things.",
    },
    {
      title: "Cache signing keys and keep sessions alive",
      body: "Verify Okta-issued tokens against a cached copy of the authorization server's keys endpoint, refreshing when an unknown key ID appears, so existing sessions keep working when Okta is slow. Avoid forcing re-authentication during an incident.",
    },
    {
      title: "A second MFA factor per user",
      body: "Encourage users to enrol more than one factor (for example Okta Verify and a security key), so a problem with push delivery does not block them completely.",
    },
    {
      title: "Alerts for Okta and your cell",
      body: "Subscribe to Okta alerts on this site and to status.okta.com, and note your cell name in your runbook so on-call can match incidents quickly.",
    },
  ],
  alternatives: ["entra-id", "onelogin", "jumpcloud", "ping-identity"],
  faq: [
    {
      question: "Is Okta down right now?",
      answer:
        "The verdict at the top of this page reflects Okta's official incidents from status.okta.com. Okta reports incidents per cell, so an open incident may not affect your org; check whether your cell is named. If your org fails while no incident is listed, run the quick check against your Okta domain and look at the System Log.",
    },
    {
      question: "How do I find out which Okta cell my org is in?",
      answer:
        "The Okta Admin Console usually shows the cell in its footer, and Okta support can confirm it. Write it in your runbook: incidents on the status page name the cells they affect.",
    },
    {
      question: "What does Okta error E0000047 mean?",
      answer:
        "Your org hit a rate limit for that endpoint and Okta answered 429. The X-Rate-Limit-Reset header says when the limit refills. Slow the caller down, spread bulk jobs over time and cache data you read often.",
    },
    {
      question: "Why did SAML sign-in stop working after a certificate change?",
      answer:
        "The service provider still trusts the old signing certificate. Give it the app's current metadata or certificate from Okta, and the sign-ins will validate again.",
    },
    {
      question: "How do I get alerts when Okta is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Okta changes. Status.okta.com also offers subscriptions; filter for your cell where you can.",
    },
  ],
  handWritten: true,
};
