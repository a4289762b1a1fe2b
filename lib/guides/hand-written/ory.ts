import type { Guide } from "../types";

// Ory Network is per project (<slug>.projects.oryapis.com), so the quick check is project-specific:
// asking for the current session without a cookie gets 401 from a healthy identity API. The status
// page's platform is unconfirmed (see the catalog), so this guide only names its address.

export const oryGuide: Guide = {
  slug: "ory",
  summary:
    "Ory Network is the hosted version of Ory's open-source identity stack: Kratos for sign-up, login and sessions, Hydra for OAuth 2.0 and OpenID Connect, and Keto for permissions. When a project's APIs have trouble, login and registration flows fail, session checks in your backend stop answering, and OAuth clients cannot get tokens.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://YOUR-PROJECT-SLUG.projects.oryapis.com/sessions/whoami',
    explanation:
      "Replace YOUR-PROJECT-SLUG with your project's slug, or use your custom domain. This asks the identity API for the current session without sending a cookie or token, so a healthy project answers 401. That proves the API answered without needing credentials. Ory posts incidents on status.ory.com (older links use status.ory.sh).",
    outcomes: [
      { status: "401", meaning: "The identity API is up and correctly reports that no session was sent. This is the expected answer." },
      { status: "404", meaning: "The host answered but the project or path was not found. Check the project slug or your custom domain setup." },
      { status: "429", meaning: "Rate limited. Ory Network limits requests per project; slow down and retry with backoff." },
      { status: "500, 502, 503, 504", meaning: "Ory Network is failing for your project. Check the verdict on this page and status.ory.com." },
      { status: "000", meaning: "No answer within 10 seconds: DNS, TLS or network. With a custom domain, check its CNAME and certificate too." },
    ],
  },
  errorCodes: [
    {
      code: "session_inactive (401)",
      meaning: "No valid session was sent, or the session has expired or been revoked.",
      whatToDo: "Send the user to a new login flow. In server-side checks, make sure the session cookie or token is actually forwarded to Ory.",
    },
    {
      code: "session_aal2_required (403)",
      meaning: "The session exists but must be upgraded with a second factor before this action is allowed.",
      whatToDo: "Start a login flow with aal=aal2 so the user completes the second factor, then retry.",
    },
    {
      code: "security_csrf_violation (403)",
      meaning: "The flow's CSRF cookie and token do not match, usually because the browser dropped the cookie or the flow was submitted from a different domain.",
      whatToDo: "Serve your app and Ory on the same top-level domain (a custom domain, or the Ory Tunnel in local development) and forward cookies in server-side requests.",
    },
    {
      code: "self_service_flow_expired (410)",
      meaning: "The login, registration, recovery or settings flow was left open longer than its lifetime.",
      whatToDo: "Create a new flow and show the form again; the response includes the ID of a replacement flow you can use.",
    },
    {
      code: "session_already_available (400)",
      meaning: "The user tried to log in or register while already holding a valid session.",
      whatToDo: "Redirect signed-in users away from login pages, or use refresh=true when you really want them to re-authenticate.",
    },
    {
      code: "self_service_flow_return_to_forbidden (400)",
      meaning: "The return_to URL is not on the project's list of allowed return URLs.",
      whatToDo: "Add the URL to the allowed return URLs in the project configuration, or send a URL that is already allowed.",
    },
    {
      code: "invalid_grant / invalid_client",
      meaning: "OAuth 2.0 token requests failed: the code or refresh token is expired or already used (invalid_grant), or the client ID or secret is wrong (invalid_client).",
      whatToDo: "Restart the authorization flow rather than retrying the same code, and check the OAuth client's credentials in the project.",
    },
    {
      code: "429",
      meaning: "The project exceeded a rate limit.",
      whatToDo: "Back off with jitter, cache session checks briefly in your backend where your security model allows, and avoid polling whoami in tight loops.",
    },
  ],
  whyItBreaks: [
    {
      title: "Cookies across domains",
      body: "Browser flows rely on cookies set by the Ory API. If your app and Ory are on different top-level domains, browsers treat those cookies as third-party and increasingly block them, which breaks login with CSRF errors. A custom domain for Ory on your own domain avoids this.",
    },
    {
      title: "Webhooks that can block flows",
      body: "Ory Actions can call your own endpoints during registration or login, and a webhook set up to interrupt the flow makes every sign-up depend on that endpoint. When it is slow or down, registrations fail even though Ory is healthy.",
    },
    {
      title: "Custom domain DNS and certificates",
      body: "A custom domain depends on a CNAME record in your DNS. Removing or changing it, for example during a DNS migration, makes the identity API unreachable for your users.",
    },
    {
      title: "Rate limits from backend session checks",
      body: "Backends that call whoami on every request for every user can reach the project's rate limits under load, and then all session checks fail together.",
    },
    {
      title: "Incidents on the hosted platform",
      body: "Ory Network runs on cloud infrastructure shared across projects. A platform incident affects many projects at once, which is what status.ory.com reports.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page and check status.ory.com for an open incident.",
    "Run the quick check against your project slug and, if you have one, your custom domain.",
    "Look at the error id in the failing response (for example security_csrf_violation or self_service_flow_expired); it narrows the cause down quickly.",
    "If browser flows fail with CSRF errors, confirm your app and Ory share a top-level domain and that your server forwards cookies.",
    "If registrations fail, check whether a flow webhook is set to interrupt the flow and whether its endpoint answers in time.",
    "For OAuth clients, record the error and error_description from the token endpoint and check the client's redirect URIs and secret.",
    "For 429, find the code that checks sessions per request and add a short cache or batch the checks.",
    "If Ory Network is really impaired, keep existing sessions working where you can and tell your users.",
  ],
  fallbacks: [
    {
      title: "Verify tokens locally",
      body: "Where you use JWTs (for example OAuth access tokens or sessions converted to JWTs), verify them against a cached key set so backend requests keep working when Ory is slow, instead of calling the API for every request.",
    },
    {
      title: "Fail softly on non-critical pages",
      body: "Let pages that do not need a signed-in user render when session checks time out, and show signed-in users a clear notice rather than sending them into a login loop.",
    },
    {
      title: "Keep webhooks non-blocking where you can",
      body: "Only let webhooks interrupt a flow when they must validate it. Everything else (welcome emails, CRM syncs) should be fire-and-forget and retried from your own queue.",
    },
    {
      title: "Alerts",
      body: "Subscribe to Ory on this site and on status.ory.com so you hear about platform incidents early.",
    },
  ],
  alternatives: ["auth0", "workos", "clerk"],
  faq: [
    {
      question: "Is Ory down right now?",
      answer:
        "The verdict at the top of this page reflects Ory's public status page. For your own project, run the quick check: a 401 from whoami means the identity API answered. Many login problems are cookie or configuration issues rather than outages.",
    },
    {
      question: "Why do I get security_csrf_violation from Ory?",
      answer:
        "The browser did not send the CSRF cookie that belongs to the flow, usually because the app and Ory are on different top-level domains or a server-side request did not forward cookies. Use a custom domain or the Ory Tunnel so both share a domain.",
    },
    {
      question: "Why does my login form say the flow expired?",
      answer:
        "Each flow has a lifetime, and a form left open too long returns self_service_flow_expired. Create a new flow and show the form again; the error response points to a fresh flow.",
    },
    {
      question: "How do I get alerts when Ory is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Ory changes, and subscribe on status.ory.com if you want Ory's own notices.",
    },
  ],
  handWritten: true,
};
