import type { Guide } from "../types";

// The quick check is the catalog's probe (OpenID discovery on the common endpoint). Azure's public
// status page lists only broad incidents; tenant-specific ones live in the tenant's Service health.

export const entraIdGuide: Guide = {
  slug: "entra-id",
  summary:
    "Microsoft Entra ID (formerly Azure Active Directory) signs users in to Microsoft 365, Azure and every app a tenant federates with it over SAML or OpenID Connect. When its sign-in service has trouble, users lose access to all of those at once, and SSO through brokers such as WorkOS fails for customers whose directory lives in Entra.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    explanation:
      "This fetches the public OpenID Connect discovery document from Entra's sign-in endpoint; it needs no credentials and should answer 200. Replace common with your tenant ID or domain to check that your tenant resolves. Microsoft's public page at azure.status.microsoft only lists broad incidents; problems that affect one tenant are shown to its admins in Service health in the Microsoft 365 admin center and in Azure Service Health.",
    outcomes: [
      { status: "200", meaning: "The sign-in endpoint answers. If users still fail, read the AADSTS code on their error page; it almost always names the cause." },
      { status: "400", meaning: "With a tenant in the URL, the tenant was not found (AADSTS90002). Check the tenant ID or domain for typos." },
      { status: "429", meaning: "Throttled. Slow down and retry after the delay the response suggests." },
      { status: "500, 502, 503, 504", meaning: "Microsoft's sign-in service is failing. Check the verdict on this page and your tenant's Service health." },
      { status: "000", meaning: "No answer within 10 seconds: DNS, a proxy, TLS inspection or a network outage. Try from a different network." },
    ],
  },
  errorCodes: [
    {
      code: "AADSTS50126",
      meaning: "Invalid username or password.",
      whatToDo: "Have the user check their credentials or reset the password. Many of these from one source can signal a password-spraying attempt; check the sign-in logs.",
    },
    {
      code: "AADSTS50076",
      meaning: "Multifactor authentication is required, because of a Conditional Access policy or because the user signed in from a new location.",
      whatToDo: "The user must complete MFA interactively. Non-interactive flows (scripts, legacy protocols) cannot satisfy it and need a different sign-in method.",
    },
    {
      code: "AADSTS53003",
      meaning: "Access was blocked by a Conditional Access policy.",
      whatToDo: "Open the failed event in the Entra sign-in logs; its Conditional Access tab shows which policy blocked it and why.",
    },
    {
      code: "AADSTS700016",
      meaning: "The application ID was not found in the tenant the user is signing in to: wrong client ID, wrong tenant, or a single-tenant app used from another tenant.",
      whatToDo: "Check the client ID and the tenant in the authority URL. For an app from another tenant, an admin must add or consent to it first.",
    },
    {
      code: "AADSTS50011",
      meaning: "The redirect (reply) URI in the request does not match any URI registered for the app.",
      whatToDo: "Add the exact URI, including scheme, host, path and trailing slash, to the app registration, or fix the URI your app sends.",
    },
    {
      code: "AADSTS65001",
      meaning: "The user or an administrator has not consented to the permissions the app asks for.",
      whatToDo: "Have an admin grant consent for the tenant, or reduce the requested permissions to ones users may consent to themselves.",
    },
    {
      code: "AADSTS50020",
      meaning: "The user's account comes from another identity provider or tenant and does not exist in this tenant.",
      whatToDo: "Invite the user as a guest, or make the app multi-tenant and use the common or organizations endpoint instead of a tenant-specific one.",
    },
    {
      code: "AADSTS90072",
      meaning: "The account from an external tenant does not exist in the tenant being signed in to and could not be added there.",
      whatToDo: "Add the user as a guest to the resource tenant, or have them sign in with an account that belongs to it.",
    },
    {
      code: "AADSTS50105",
      meaning: "The app requires user assignment and this user has not been assigned to it.",
      whatToDo: "Assign the user or their group to the enterprise app, or turn off the assignment requirement if it is not needed.",
    },
    {
      code: "AADSTS7000222",
      meaning: "The client secret the app presented has expired.",
      whatToDo: "Create a new secret (or a certificate credential) on the app registration, deploy it, and set a reminder well before the next expiry.",
    },
  ],
  whyItBreaks: [
    {
      title: "Broad Microsoft incidents",
      body: "Entra's sign-in service is shared by Microsoft 365, Azure and third-party apps, so an incident there is felt everywhere at once. Microsoft also depends on its own global network and edge services, and problems there can show up as sign-in failures.",
    },
    {
      title: "Conditional Access and MFA changes",
      body: "A new or edited Conditional Access policy can block a platform, a location or a whole group of users the moment it is enabled. From the user's side it looks like an outage; the sign-in logs show it as AADSTS53003 or an MFA requirement.",
    },
    {
      title: "Expiring secrets and certificates",
      body: "Client secrets on app registrations have an expiry date, and SAML signing certificates on enterprise apps expire too. When one lapses, every sign-in or token request for that app fails from that moment, usually with an AADSTS7000222 or a signature error at the service provider.",
    },
    {
      title: "Signing key rollover",
      body: "Entra rotates the keys it signs tokens with. Apps that hard-code a key or cache the key set forever stop accepting tokens after a rollover. Read the keys from the metadata document and refresh them when a token carries an unknown key ID.",
    },
    {
      title: "Provisioning cycles, not outages",
      body: "Entra's provisioning service sends user and group changes to connected apps in cycles that Microsoft documents as about 40 minutes apart, so new users can take a while to appear. Repeated failures can put a provisioning job into quarantine, which slows it further until the cause is fixed.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page, then open Service health in the Microsoft 365 admin center or Azure Service Health for incidents specific to your tenant.",
    "Run the quick check, first with common and then with your tenant ID, from the network where sign-in fails.",
    "Get the exact AADSTS code, correlation ID and timestamp from the user's error page; https://login.microsoftonline.com/error?code= followed by the number explains the code.",
    "Find the failed attempt in the Entra sign-in logs and read its failure reason and the Conditional Access tab.",
    "If only one app fails, check its client secret or certificate expiry, its redirect URIs and its user-assignment setting.",
    "If one group of users fails, review Conditional Access and MFA policy changes made recently in the audit log.",
    "If external or guest users fail (AADSTS50020, AADSTS90072), check that they exist as guests in your tenant and that the app accepts other tenants.",
    "If provisioning is behind, open the app's provisioning logs and check whether the job is in quarantine.",
    "If Microsoft's sign-in service is really impaired, switch to emergency access accounts for administration and tell users what is affected.",
  ],
  fallbacks: [
    {
      title: "Emergency access accounts",
      body: "Microsoft recommends keeping two cloud-only emergency access accounts, excluded from Conditional Access policies that could lock them out and protected with strong credentials. Test them regularly; they are how you fix a bad policy that locks everyone else out.",
    },
    {
      title: "Let existing sessions ride out short incidents",
      body: "Verify tokens locally against cached signing keys and avoid forcing fresh interactive sign-ins during an incident. Microsoft also runs a backup authentication system that can keep some existing sessions working during an outage of the primary service.",
    },
    {
      title: "Track secret and certificate expiry",
      body: "Keep an inventory of app registrations' secrets and enterprise apps' SAML certificates with their expiry dates, and alert weeks in advance. Prefer certificates or managed identities over long-lived secrets where possible.",
    },
    {
      title: "Alerts for Entra and its dependants",
      body: "Subscribe to Entra ID alerts on this site, and configure Service health notifications for your tenant so you hear about tenant-specific incidents the public page will not show.",
    },
  ],
  alternatives: ["okta", "google-workspace", "onelogin"],
  faq: [
    {
      question: "Is Entra ID (Azure AD) down right now?",
      answer:
        "The verdict at the top of this page combines sign-in related incidents from Microsoft's public Azure status feed with our own request to Entra's discovery endpoint. Incidents that affect only some tenants may appear only in your tenant's Service health, so check there too if users fail while the verdict looks fine.",
    },
    {
      question: "What does AADSTS50076 mean?",
      answer:
        "The sign-in needs multifactor authentication, usually because of a Conditional Access policy or a sign-in from a new location. The user has to complete MFA interactively; automated flows that cannot prompt will keep failing with this code.",
    },
    {
      question: "Why do guest users get AADSTS50020 or AADSTS90072?",
      answer:
        "Their account lives in another tenant or identity provider and is not known to the tenant they are signing in to. Invite them as guests, or if the app should accept any organisation, register it as multi-tenant and use the organizations or common endpoint.",
    },
    {
      question: "Why did sign-in to one app suddenly stop working?",
      answer:
        "When one app fails and the rest work, the usual cause is something on that app: an expired client secret (AADSTS7000222), an expired SAML certificate, a changed redirect URI (AADSTS50011) or a new assignment requirement (AADSTS50105).",
    },
    {
      question: "How do I get alerts when Entra ID is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Entra ID changes, and turn on Service health email notifications for your tenant in the Microsoft 365 admin center for incidents that only affect you.",
    },
  ],
  handWritten: true,
};
