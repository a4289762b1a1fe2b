import type { Guide } from "../types";

// The quick check is the catalog's probe: Clerk's Backend API answers 401 or 403 without a key.
// Clerk's short-lived session tokens are why a Frontend API problem signs users out quickly.

export const clerkGuide: Guide = {
  slug: "clerk",
  summary:
    "Clerk provides drop-in sign-in and user management for web and mobile apps: hosted components, a Frontend API the browser talks to, and a Backend API your server calls. Because Clerk's session tokens live only about a minute and are refreshed continuously, a Clerk outage shows up quickly as users being signed out or unable to sign in.",
  quickCheck: {
    command: 'curl -s -m 10 -o /dev/null -w "%{http_code}\\n" https://api.clerk.com/v1/users',
    explanation:
      "This calls Clerk's Backend API without a secret key and prints the HTTP status. A healthy API refuses the request with 401 or 403, which proves it answered. It does not test the Frontend API your users' browsers talk to; that runs on your own domain in production (a clerk. subdomain pointed at Clerk with a CNAME), so also check that your Frontend API host resolves. status.clerk.com lists Clerk's components and incidents.",
    outcomes: [
      { status: "401 or 403", meaning: "The Backend API is up and rejected the request because no secret key was sent. This is the expected answer." },
      { status: "429", meaning: "Rate limited. Slow down, and honour Retry-After if the response carries it." },
      { status: "500, 502, 503, 504", meaning: "Clerk's API is failing. Check the verdict at the top of this page and status.clerk.com." },
      { status: "000", meaning: "No answer within 10 seconds: DNS, TLS or network on the path to Clerk. Try from another network." },
    ],
  },
  errorCodes: [
    {
      code: "401",
      meaning: "The Backend API did not accept the secret key: missing, mistyped, revoked, or a development key (sk_test_) used against a production instance or the reverse.",
      whatToDo: "Check the secret key your server loads, and that the publishable key (pk_) and secret key (sk_) come from the same instance.",
    },
    {
      code: "403",
      meaning: "The request reached Clerk but is not allowed. Without a key (as in the quick check) this is the normal refusal; with a key it means the key or session may not perform the action.",
      whatToDo: "Check which key or session the request used and what it may do. For requests from the browser, check the instance's allowed domains in the Clerk dashboard.",
    },
    {
      code: "404 resource_not_found",
      meaning: "The user, organization or session ID does not exist in this instance.",
      whatToDo: "IDs differ between development and production instances; look the ID up in the instance your key belongs to.",
    },
    {
      code: "422",
      meaning: "Validation failed. The body has an errors array, each item with a code, message and long_message naming the problem (for example form_identifier_exists when an email is already registered).",
      whatToDo: "Show long_message to the user or fix the parameter it names. Log clerk_trace_id from the body when reporting problems to Clerk.",
    },
    {
      code: "form_password_incorrect / form_identifier_not_found",
      meaning: "Sign-in errors for a wrong password or an unknown email or username. They are normal user errors, not an outage.",
      whatToDo: "Show the message to the user. A sudden spike of them across many accounts can indicate credential stuffing.",
    },
    {
      code: "429",
      meaning: "Too many requests to the Backend API from your instance.",
      whatToDo: "Back off with jitter, cache user lookups, and read identity data from the session token's claims instead of calling the API on every request.",
    },
    {
      code: "5xx",
      meaning: "A failure on Clerk's side (500, 502, 503 or 504) or at the edge in front of it.",
      whatToDo: "Retry idempotent requests with backoff, check the verdict on this page, and keep already signed-in users working as described below.",
    },
  ],
  whyItBreaks: [
    {
      title: "Short session tokens magnify any outage",
      body: "Clerk's session tokens expire after about 60 seconds and the frontend SDK refreshes them in the background. If the Frontend API cannot be reached, tokens stop being refreshed and users appear signed out within a minute or two, even though nothing is wrong with your app.",
    },
    {
      title: "DNS records on your own domain",
      body: "Production instances serve the Frontend API from a subdomain of your site, pointed at Clerk with a CNAME, plus DNS records for sending email. Deleting or changing those records during a DNS migration breaks sign-in for everyone, and it looks like a Clerk outage.",
    },
    {
      title: "Mixed keys and instances",
      body: "Development and production instances have separate keys and separate users. A deployment that picks up the development publishable key with a production secret key, or the reverse, fails every request with 401.",
    },
    {
      title: "Clock skew on your servers",
      body: "Your backend verifies session tokens by their issue and expiry times. With tokens this short-lived, a server clock that is off by more than a few seconds rejects valid tokens and produces random-looking sign-outs.",
    },
    {
      title: "Webhook delivery",
      body: "User and organization changes reach your backend through webhooks delivered by Svix. If your endpoint rejects them (for example because signature verification fails after a secret rotation), your database falls behind Clerk without any Clerk incident.",
    },
  ],
  checklist: [
    "Read the verdict at the top of this page and the component list on status.clerk.com.",
    "Run the quick check from your server; 401 or 403 means the Backend API answers.",
    "Check that your production Frontend API host (the clerk. subdomain) resolves and serves a valid certificate.",
    "Confirm the publishable and secret keys in the failing environment belong to the same Clerk instance.",
    "If users are signed out at random, check your servers' clocks and whether the browser can reach the Frontend API.",
    "Collect the errors array and clerk_trace_id from failing responses.",
    "For 429, find the code that calls the Backend API per request and cache or move that data into session claims.",
    "If your database is missing users, look at the webhook endpoint's delivery attempts in the Clerk dashboard and check the signing secret.",
    "If Clerk is really impaired, switch to your fallbacks and tell your users.",
  ],
  fallbacks: [
    {
      title: "Verify sessions without a network call",
      body: "Give your backend Clerk's public key (or a cached JWKS) so it verifies session tokens locally. Requests from users whose tokens are still valid then keep working even when the Backend API is slow.",
    },
    {
      title: "Keep your own copy of user data",
      body: "Sync users and organizations into your database through webhooks and read them from there, so pages that need a user's profile do not call Clerk on every request.",
    },
    {
      title: "A sign-in error page that says what is happening",
      body: "When the Frontend API cannot be reached, show a short notice instead of an empty sign-in form, and keep public parts of your app usable for signed-out visitors.",
    },
    {
      title: "Alerts",
      body: "Subscribe to Clerk on this site and on status.clerk.com so you hear about incidents before your support inbox does.",
    },
  ],
  alternatives: ["auth0", "stytch", "descope", "workos"],
  faq: [
    {
      question: "Is Clerk down right now?",
      answer:
        "The verdict at the top of this page combines Clerk's status page with our own keyless request to api.clerk.com, which should be refused with 401 or 403 when the API is up. If your users have trouble while the verdict is green, check your Frontend API DNS, your keys and your server clocks.",
    },
    {
      question: "Why are my users being signed out?",
      answer:
        "Clerk session tokens last about a minute and are refreshed by the browser. Anything that stops the refresh, such as a blocked or broken Frontend API domain, a Clerk incident or a large clock difference on your server, makes sessions look expired.",
    },
    {
      question: "Why does the Clerk Backend API return 401?",
      answer:
        "The secret key is missing, wrong, or belongs to another instance. Make sure the secret key and publishable key in that environment both come from the same development or production instance.",
    },
    {
      question: "How do I get alerts when Clerk is down?",
      answer:
        "Use the alert sign-up on this page for an email when the verdict for Clerk changes. You can also subscribe on status.clerk.com.",
    },
  ],
  handWritten: true,
};
