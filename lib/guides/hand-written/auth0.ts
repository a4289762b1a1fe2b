import type { Guide } from "../types";

// Auth0 is per tenant: there is no keyless global endpoint, and status.auth0.com reports per tenant
// domain (its RSS takes ?domain=<tenant>.<region>.auth0.com). So the quick check is tenant-specific.

export const auth0Guide: Guide = {
  slug: "auth0",
  summary:
    "Auth0 hosts sign-up, Universal Login, token issuance and the Management API for apps that outsource customer identity. Each tenant lives in one regional environment, so an incident there stops logins, token refreshes and user management for every app on those tenants while other regions may be fine.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://YOUR-TENANT.us.auth0.com/.well-known/openid-configuration',
    explanation:
      "Replace YOUR-TENANT.us.auth0.com with your tenant domain (the region part can be us, eu, au, jp and others; older US tenants have no region part) or with your custom domain. This fetches the tenant's public discovery document and needs no credentials. status.auth0.com reports per tenant: enter your tenant domain there, or read https://status.auth0.com/api/rss?domain= followed by your tenant domain.",
    outcomes: [
      { status: "200", meaning: "Your tenant answers. If logins still fail, check the tenant logs in the Auth0 dashboard for the failed event and its description." },
      { status: "404", meaning: "The host answered but did not recognise the tenant or path. Check the domain, including its region part, or your custom domain's setup." },
      { status: "429", meaning: "Rate limited. Auth0 sends x-ratelimit-limit, x-ratelimit-remaining and x-ratelimit-reset headers; wait until the reset time." },
      { status: "500, 502, 503, 504", meaning: "Auth0 is failing for your tenant's environment. Check status.auth0.com for your tenant domain." },
      { status: "000", meaning: "No answer within 10 seconds: DNS, TLS or network. With a custom domain, check its CNAME record and certificate as well." },
    ],
  },
  errorCodes: [
    {
      code: "401 (Management API)",
      meaning: "The Management API token is missing, malformed or expired. These tokens are short-lived.",
      whatToDo: "Request a fresh token with the client-credentials grant and cache it until shortly before it expires, instead of reusing an old one or fetching one per call.",
    },
    {
      code: "403 insufficient_scope",
      meaning: "The Management API token is valid but lacks the scope the endpoint needs.",
      whatToDo: "Grant the missing scope to the machine-to-machine application for the Management API, then request a new token.",
    },
    {
      code: "429",
      meaning: "A rate limit was reached: on the Management API, or on the Authentication API for a user or IP.",
      whatToDo: "Wait until x-ratelimit-reset, cache users and roles instead of fetching them on every login, and spread bulk imports over time.",
    },
    {
      code: "invalid_grant",
      meaning: "The authorization code, refresh token or password was rejected: expired, already used, revoked, or wrong credentials. With refresh token rotation, reusing an old refresh token revokes the whole chain.",
      whatToDo: "Restart the login. With rotation on, make sure only one process refreshes a given token and always stores the newest one.",
    },
    {
      code: "unauthorized_client",
      meaning: "The application is not allowed to use this grant type.",
      whatToDo: "Enable the grant (for example Refresh Token or Client Credentials) in the application's advanced settings.",
    },
    {
      code: "access_denied",
      meaning: "The login was refused: an Action denied it, the user is blocked, or the user declined consent.",
      whatToDo: "Check the tenant logs for the failed login; the description names the Action or reason. Review recent changes to your Actions.",
    },
    {
      code: "too_many_attempts",
      meaning: "Brute-force protection blocked the account or IP after repeated failed logins.",
      whatToDo: "Unblock the user from the dashboard or via the link Auth0 emails them. Many blocks at once from one IP often mean traffic from a shared office IP or a test script.",
    },
    {
      code: "login_required",
      meaning: "A silent authentication (prompt=none) found no active session, or the browser blocked the third-party cookie it needed.",
      whatToDo: "Fall back to an interactive login. Serving Auth0 from a custom domain on your own site avoids most third-party cookie problems.",
    },
    {
      code: "Callback URL mismatch",
      meaning: "The redirect_uri in the request is not in the application's list of allowed callback URLs.",
      whatToDo: "Add the exact URL to Allowed Callback URLs in the application settings, or fix the URL your app sends.",
    },
  ],
  whyItBreaks: [
    {
      title: "Regional environment incidents",
      body: "Tenants run in separate regional environments, and incidents are usually limited to one of them. That is why status.auth0.com asks for your tenant domain: an incident in one region says nothing about tenants in another.",
    },
    {
      title: "Actions that call slow services",
      body: "Actions run during login. An Action that calls an external API without a tight timeout makes every login wait for it, and a failing dependency can fail logins while Auth0 itself is healthy.",
    },
    {
      title: "Rate limits from the login path",
      body: "Apps that call the Management API on every login, or backfills that run during business hours, reach the Management API's limits. Logins then fail with 429s that look like an Auth0 outage.",
    },
    {
      title: "Custom domain DNS and certificates",
      body: "A custom login domain depends on a CNAME record in your DNS and a certificate for it. Moving DNS providers, deleting the record or a certificate problem breaks login for every user of that domain.",
    },
    {
      title: "Brute-force and attack protection",
      body: "Protection features block IPs and accounts after repeated failures. Offices behind one IP, load tests and mobile carriers that share addresses can trigger them, so many users are blocked at once.",
    },
    {
      title: "Development keys on social connections",
      body: "Social connections left on Auth0's shared development keys are meant for testing, not production. They come with restrictions and can stop working for real users; give each provider your own client ID and secret before going live.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page, then check status.auth0.com for your tenant domain specifically.",
    "Run the quick check against your tenant domain, and your custom domain if you use one.",
    "Open the tenant logs in the Auth0 dashboard and find a failed login: the event type and description usually name the cause.",
    "If logins fail for everyone, see whether an Action was changed or depends on an external API that is down.",
    "For 429s, read the rate-limit headers and find the code path that calls the Management API per login or per request.",
    "For invalid_grant on refresh, check whether refresh token rotation is on and whether two processes race to use the same token.",
    "For login_required in single-page apps, check whether the browser blocks third-party cookies and consider a custom domain.",
    "If one IP or office cannot log in, check the attack protection logs for blocked IPs.",
    "If Auth0's environment is really impaired, keep signed-in users working (see below) and tell your users.",
  ],
  fallbacks: [
    {
      title: "Verify tokens locally with cached keys",
      body: "Validate Auth0-issued JWTs against a cached copy of your tenant's /.well-known/jwks.json, refreshing it when a token carries an unknown key ID. Signed-in users then keep working while new logins fail.",
    },
    {
      title: "Keep the Management API off the login path",
      body: "Store the user data your app needs (roles, plan, organisation) in your own database or in token claims, so a login does not depend on a Management API call that may be rate limited or down.",
    },
    {
      title: "Break-glass access to your own admin tools",
      body: "If your internal admin tools sign in through Auth0, keep one account per tool that does not, with strong credentials and MFA, so you can still act during an incident.",
    },
    {
      title: "Alerts for your tenant's region",
      body: "Subscribe to Auth0 on this site and to the status.auth0.com feed for your tenant domain, since incidents are scoped by region.",
    },
  ],
  alternatives: ["workos", "clerk", "stytch", "frontegg"],
  faq: [
    {
      question: "Is Auth0 down right now?",
      answer:
        "The verdict at the top of this page reflects Auth0's published incidents. Auth0 scopes incidents to regional environments, so for a precise answer enter your tenant domain on status.auth0.com and run the quick check against it.",
    },
    {
      question: "Why does status.auth0.com ask for my tenant domain?",
      answer:
        "Tenants run in separate regional environments, and most incidents affect only one. Your tenant domain tells the page which environment you are on, so it shows only incidents that can affect you.",
    },
    {
      question: "Why do users get invalid_grant when refreshing tokens?",
      answer:
        "The refresh token was expired, revoked or already used. With refresh token rotation, using an older token again is treated as theft and revokes the whole chain, which often happens when two tabs or processes refresh at the same time.",
    },
    {
      question: "What do 429 errors from Auth0 mean?",
      answer:
        "You hit a rate limit on the Management or Authentication API. The x-ratelimit-reset header says when you may try again. The lasting fix is to stop calling the Management API on every login and to cache what you read.",
    },
    {
      question: "How do I get alerts when Auth0 is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Auth0 changes, and subscribe to status.auth0.com for your tenant domain to follow incidents in your region.",
    },
  ],
  handWritten: true,
};
