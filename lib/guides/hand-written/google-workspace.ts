import type { Guide } from "../types";

// The quick check is the catalog's probe (Google's OpenID discovery). Google's dashboard lists
// Workspace products, not sign-in as such, so sign-in problems often show up first in our probe.

export const googleWorkspaceGuide: Guide = {
  slug: "google-workspace",
  summary:
    "Google Workspace is both a productivity suite (Gmail, Calendar, Drive, Meet, Chat) and, for many companies, the identity provider behind \"Sign in with Google\", SAML apps and directory sync. When Google's sign-in or a Workspace product has trouble, users can lose both their tools and their access to every app that trusts their Google account.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://accounts.google.com/.well-known/openid-configuration',
    explanation:
      "This fetches the public discovery document of Google's OpenID Connect sign-in service, which needs no credentials and should answer 200. It checks the sign-in front door only. The Workspace status dashboard at google.com/appsstatus/dashboard lists incidents per product (Gmail, Calendar, Drive, Meet, Chat and more), and admins see incidents for their own domain in the Admin console.",
    outcomes: [
      { status: "200", meaning: "Google's sign-in service answers. If a user still cannot sign in to your app, the error string on Google's error page usually names a configuration or policy cause." },
      { status: "429", meaning: "Your network is sending too many requests. This is rare for this document and points to a shared egress IP or a loop in your code." },
      { status: "500, 502, 503", meaning: "Google's sign-in front end is failing. Compare with the verdict on this page and the Workspace dashboard." },
      { status: "000", meaning: "No answer within 10 seconds: DNS, a proxy, TLS inspection or a network outage on your side. Try from another network." },
    ],
  },
  errorCodes: [
    {
      code: "admin_policy_enforced",
      meaning: "The user's Workspace admin restricts which third-party apps may access Google account data, and your app is not trusted by that organisation.",
      whatToDo: "Ask the customer's Workspace admin to mark your OAuth client as trusted in the Admin console's API controls, or request fewer scopes.",
    },
    {
      code: "org_internal",
      meaning: "The OAuth consent screen is set to Internal, so only accounts in the Google Cloud project's own organisation may sign in.",
      whatToDo: "Switch the app's audience to External in the Google Cloud console if outside users should sign in, and complete verification if your scopes need it.",
    },
    {
      code: "redirect_uri_mismatch",
      meaning: "The redirect URI in the request is not registered on the OAuth client exactly as sent.",
      whatToDo: "Register the exact URI (scheme, host, port, path) under the client's authorised redirect URIs. Changes can take a few minutes to apply.",
    },
    {
      code: "invalid_client",
      meaning: "Google does not recognise the client ID or secret: a typo, a deleted client, or credentials from another project.",
      whatToDo: "Copy the client ID and secret again from the Google Cloud console for the right project, and check the client has not been deleted.",
    },
    {
      code: "invalid_grant",
      meaning: "The authorization code or refresh token is no longer valid: already used, expired, revoked by the user or admin, or dropped because the account holds too many refresh tokens for the client. For service accounts it also covers a signed JWT with a bad timestamp.",
      whatToDo: "Send the user through consent again. For service accounts, check the server clock is synchronised. Apps left in Testing publishing status get refresh tokens that expire after seven days.",
    },
    {
      code: "access_denied",
      meaning: "The user declined consent, or an admin setting stopped them from granting it.",
      whatToDo: "Explain why the permissions are needed and let the user try again; if it repeats across a whole company, ask their admin about app access controls.",
    },
    {
      code: "disallowed_useragent",
      meaning: "Google refuses OAuth sign-in inside embedded web views.",
      whatToDo: "Open sign-in in the system browser (or a browser tab API such as Custom Tabs or ASWebAuthenticationSession) instead of an in-app web view.",
    },
    {
      code: "app_not_configured_for_user",
      meaning: "For a custom SAML app, the entity ID the service provider sent does not match the app configured in Google, or the app is not set up for this user's account.",
      whatToDo: "Compare the entity ID and ACS URL in the Admin console with what the service provider sends, and check the app is turned on for the user's organisational unit.",
    },
  ],
  whyItBreaks: [
    {
      title: "Google product incidents",
      body: "Gmail, Calendar, Drive, Meet and Chat have incidents of their own, which the Workspace dashboard reports per product. Sign-in itself is shared by all of them, so a sign-in problem is felt across every product and every app that uses \"Sign in with Google\".",
    },
    {
      title: "Admin policy changes",
      body: "Workspace admins control which third-party apps users may authorise and which services are turned on per organisational unit. A change there blocks your app for a whole customer at once, with admin_policy_enforced or a SAML error, while everyone else keeps working.",
    },
    {
      title: "Token lifetimes and limits",
      body: "Refresh tokens can be revoked by the user or admin, expire after seven days for apps still in Testing status, and are silently invalidated when an account collects too many for one client. Each of these shows up as invalid_grant on the next refresh.",
    },
    {
      title: "Certificates and clocks",
      body: "Custom SAML apps trust a Google signing certificate that has an expiry date. When it is renewed in the Admin console, the service provider must get the new certificate or metadata. Service accounts sign their own JWT assertions, so a server with a drifting clock gets invalid_grant.",
    },
    {
      title: "Directory API quotas",
      body: "Tools that sync users and groups from Google use the Admin SDK Directory API, which has per-project quotas. A large initial sync or a tight polling loop can exhaust them and delay changes for every customer served by that project.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page and look at the Workspace dashboard for the products your users depend on.",
    "Run the quick check from the network where sign-in fails.",
    "Get the exact error string from Google's error page or from your OAuth callback (the error parameter).",
    "If one customer's whole company fails with admin_policy_enforced or a SAML error, contact their Workspace admin: the cause is almost always a policy or app setting on their side.",
    "For redirect_uri_mismatch or invalid_client, compare the client ID and redirect URIs in your config with the OAuth client in the Google Cloud console.",
    "For invalid_grant on refresh, check whether the app is still in Testing status, whether the user revoked access, and whether the server clock is synchronised.",
    "For a failing custom SAML app, compare the entity ID, ACS URL and certificate on both sides, and check the app is on for the user's organisational unit.",
    "If directory sync is slow, check your Admin SDK quota usage in the Google Cloud console.",
  ],
  fallbacks: [
    {
      title: "A second way into your own admin tools",
      body: "If your team signs in to critical systems with Google, keep at least one administrator account on each system that does not depend on Google sign-in, with its own strong credentials and MFA.",
    },
    {
      title: "Cache Google's signing keys",
      body: "Verify Google ID tokens against a cached copy of the keys listed in the discovery document, respecting their cache headers, so token checks keep working when Google is slow.",
    },
    {
      title: "Offer another sign-in method",
      body: "For apps with consumer or small-business users, let people add a password, passkey or email link alongside \"Sign in with Google\", so a Google problem does not lock them out completely.",
    },
    {
      title: "Alerts for Google and your own domain",
      body: "Subscribe to Google Workspace on this site, and as a Workspace admin turn on alerts in the Admin console so you hear about issues that affect only your domain.",
    },
  ],
  alternatives: ["microsoft-365", "entra-id", "okta"],
  faq: [
    {
      question: "Is Google Workspace down right now?",
      answer:
        "The verdict at the top of this page combines open incidents from the Workspace status dashboard with our own request to Google's sign-in discovery document. The dashboard reports per product, so check which one is named; a Gmail incident does not mean sign-in is affected, and the reverse.",
    },
    {
      question: "What does admin_policy_enforced mean?",
      answer:
        "The user's organisation only lets its people authorise apps the admin has approved, and yours is not on that list. Only that organisation's Workspace admin can change it, in the Admin console's API controls.",
    },
    {
      question: "Why do I get invalid_grant when refreshing a Google token?",
      answer:
        "The refresh token is no longer valid. Common causes are the user or admin revoking access, the app still being in Testing status (tokens expire after seven days), too many refresh tokens issued to the same account, or, for service accounts, a wrong server clock.",
    },
    {
      question: "Why does my SAML app show app_not_configured_for_user?",
      answer:
        "Google could not match the request to a SAML app turned on for that user. Check that the entity ID sent by the service provider matches the one in the Admin console exactly, and that the app is on for the user's organisational unit.",
    },
    {
      question: "How do I get alerts when Google Workspace is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Google Workspace changes. The Workspace dashboard also has a feed you can subscribe to.",
    },
  ],
  handWritten: true,
};
