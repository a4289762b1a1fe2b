import type { ErrorCode, Faq, Section } from "./categories";

// Facts specific to one service, merged into its generated guide ahead of the category's shared
// text. Only facts we are confident of belong here: documented error codes, hosts, behaviours.
// Anything uncertain was left out rather than guessed.

export interface ServiceNotes {
  /** First sentence of the summary: what the service is. */
  about: string;
  /** Second sentence, when the category's "what breaks" sentence does not fit this service. */
  impact?: string;
  errorCodes?: ErrorCode[];
  /**
   * Parts of the category's shared text that do not fit this service (its own entries cover them, or
   * they would be wrong for it): by error code or section title, or the category's checklist steps or
   * FAQ as a whole.
   */
  omitCategory?: { errorCodes?: string[]; why?: string[]; checklist?: boolean; fallbacks?: string[]; faq?: boolean };
  why?: Section[];
  checklist?: string[];
  fallbacks?: Section[];
  faq?: Faq[];
  /** Only where the catalog lists no alternatives: catalog slugs that can stand in, with the reason in a comment. */
  alternatives?: string[];
}

export const SERVICE_NOTES: Record<string, ServiceNotes> = {
  // ── Identity providers ────────────────────────────────────────────────────────────────────────
  onelogin: {
    about: "OneLogin is a cloud identity provider that gives workforces single sign-on, MFA and user provisioning into their apps.",
  },
  jumpcloud: {
    about: "JumpCloud is a cloud directory that combines users and groups, single sign-on, MFA, device management and LDAP and RADIUS services.",
    why: [
      {
        title: "Region-specific components",
        body: "JumpCloud's status page lists its components per region, and the same component name appears under each one. Check the entries for the region your organisation is hosted in rather than the first match.",
      },
    ],
    checklist: ["If Wi-Fi, VPN or legacy apps fail, check whether they authenticate through JumpCloud's LDAP or RADIUS service rather than SSO, and look for incidents that mention those services."],
  },
  "ping-identity": {
    about: "Ping Identity provides workforce and customer identity through its PingOne cloud services and the PingFederate server, covering SSO, MFA and directory.",
    why: [
      {
        title: "Regional PingOne environments",
        body: "Each PingOne environment is hosted in one geographic region, and incidents are usually limited to one. Know which region your environment is in before reading the status page.",
      },
      {
        title: "Self-managed PingFederate",
        body: "Many organisations run PingFederate on their own servers. Ping's status page does not cover those: if your own PingFederate fails, look at your servers, certificates and load balancers.",
      },
    ],
  },
  duo: {
    about: "Duo Security, part of Cisco, adds multi-factor authentication, push approvals and device checks to sign-ins, often as the second step after another identity provider.",
    why: [
      {
        title: "Push delivery",
        body: "Duo Push notifications travel through Apple's and Google's push services. Pushes can arrive late or not at all while Duo itself is healthy; a passcode from the Duo Mobile app still works.",
      },
    ],
    checklist: [
      "Each Duo account has its own API hostname (api- followed by an identifier, under duosecurity.com); check that it resolves and is reachable from the failing host.",
    ],
    fallbacks: [
      {
        title: "Choose fail-open or fail-closed deliberately",
        body: "Several Duo integrations, such as the Authentication Proxy and Duo Unix, have a failmode setting that decides whether logins are allowed or blocked when Duo's cloud cannot be reached. Decide per system which you want before an outage decides for you.",
      },
      {
        title: "Bypass codes for emergencies",
        body: "Administrators can issue bypass codes to let a specific user past Duo temporarily. Know who can issue them and how, so it is quick during an incident.",
      },
    ],
  },

  // ── Authentication vendors ────────────────────────────────────────────────────────────────────
  stytch: {
    about: "Stytch provides authentication APIs and SDKs for passwordless email and SMS, OAuth, passkeys, sessions and B2B SSO.",
    checklist: [
      "Make sure test credentials go to Stytch's test environment (test.stytch.com) and live credentials to api.stytch.com; mixing them fails every call.",
      "Keep the request_id from failing responses; Stytch support uses it to trace calls.",
    ],
  },
  descope: {
    about: "Descope is a customer and B2B authentication platform whose sign-in journeys (passwordless, social login, SSO and MFA) are built as flows in its console.",
  },
  supabase: {
    about: "Supabase is a hosted Postgres platform that gives each project Auth, an auto-generated REST API, Storage, Realtime and Edge Functions.",
    impact: "When Supabase has trouble, sign-in, database queries, file storage and realtime updates can fail together for the affected projects, because they share one platform.",
    errorCodes: [
      {
        code: "Invalid login credentials",
        meaning: "Supabase Auth rejected the email and password. This is a user error, not an outage.",
        whatToDo: "Show the message to the user. A spike across many accounts can indicate credential stuffing; check Auth rate limits and CAPTCHA settings.",
      },
    ],
    why: [
      {
        title: "Paused projects",
        body: "Projects on the free plan are paused after a period of inactivity and stop answering until someone restores them from the dashboard. It looks exactly like an outage of that one project.",
      },
      {
        title: "Built-in email limits",
        body: "The default email sender for Auth is meant for testing and has a very low rate limit. Sign-up and magic-link emails stall under real traffic unless the project uses its own SMTP provider.",
      },
    ],
    checklist: ["Check in the dashboard that the project is not paused and has not reached its plan's limits, and use the connection pooler rather than direct connections from serverless code."],
  },
  "firebase-auth": {
    about: "Firebase Authentication signs users in to Firebase and Google Cloud apps with passwords, phone numbers and federated providers, and issues the ID tokens that backends verify.",
    errorCodes: [
      {
        code: "auth/network-request-failed",
        meaning: "The client SDK could not reach Firebase: offline device, blocked domain, or a network or service problem.",
        whatToDo: "Check the device's connection and any content blockers, then compare with the verdict on this page.",
      },
      {
        code: "auth/too-many-requests",
        meaning: "Firebase temporarily blocked requests from the device or account after unusual activity, such as many failed sign-ins.",
        whatToDo: "Wait before retrying, or have the user reset their password. Check for scripts or tests hammering sign-in.",
      },
      {
        code: "auth/id-token-expired",
        meaning: "The Admin SDK rejected an ID token that has expired. ID tokens are short-lived and the client SDK refreshes them.",
        whatToDo: "Get a fresh token on the client before each backend call (the SDK caches and refreshes it) instead of storing one.",
      },
      {
        code: "auth/quota-exceeded",
        meaning: "A project quota was reached, most often for SMS verification codes.",
        whatToDo: "Check quotas and usage in the Firebase console, and protect phone sign-in against abuse.",
      },
    ],
    fallbacks: [
      {
        title: "Cache the token-signing certificates",
        body: "Backends verify ID tokens with Google's public certificates. Cache them for as long as their Cache-Control header allows, so verification keeps working during a brief outage of the certificate endpoint.",
      },
    ],
  },
  "aws-cognito": {
    omitCategory: { errorCodes: ["401", "429"] },
    about: "Amazon Cognito provides user pools (sign-up, sign-in, hosted UI and tokens) and identity pools (temporary AWS credentials), each living in one AWS region.",
    errorCodes: [
      {
        code: "NotAuthorizedException",
        meaning: "Wrong username or password, a disabled user, or an expired or revoked refresh token. With user-existence protection on, unknown users also get this error.",
        whatToDo: "Treat it as a sign-in failure, not an outage. For refresh failures, send the user through sign-in again.",
      },
      {
        code: "TooManyRequestsException",
        meaning: "A Cognito API quota for the user pool was exceeded.",
        whatToDo: "Back off with jitter, and request a quota increase if normal traffic reaches it.",
      },
      {
        code: "CodeMismatchException",
        meaning: "The verification or MFA code the user entered is wrong.",
        whatToDo: "Let the user try again or request a new code.",
      },
    ],
    why: [
      {
        title: "A user pool lives in one region",
        body: "A user pool belongs to a single AWS region. An incident affecting Cognito in that region stops sign-in for that pool, and Cognito does not fail over to another region on its own.",
      },
      {
        title: "Built-in email limits",
        body: "Cognito's default email sending has a low daily limit meant for testing. Verification and reset emails stop under real traffic unless the pool sends through Amazon SES.",
      },
    ],
    checklist: ["Note the region of your user pool and look for AWS events for Cognito in that region specifically."],
  },

  // ── Email ─────────────────────────────────────────────────────────────────────────────────────
  resend: {
    about: "Resend is an email API for developers: you send through its REST API or SMTP and receive delivery events by webhook.",
    errorCodes: [
      {
        code: "429 rate_limit_exceeded / daily_quota_exceeded",
        meaning: "Either you are sending faster than the per-second limit for your account, or the plan's daily quota is used up.",
        whatToDo: "For the rate limit, slow down and batch; for the daily quota, wait for the reset or upgrade the plan.",
      },
    ],
    faq: [
      {
        question: "Where is Resend's official status page?",
        answer: "At resend-status.com. The similar-looking status.resend.com is not a status page and answers every request with the same content, so don't rely on it.",
      },
    ],
  },
  sendgrid: {
    about: "Twilio SendGrid sends transactional and marketing email through its v3 Web API and SMTP relay, and reports deliveries through the Event Webhook.",
    errorCodes: [
      {
        code: "202",
        meaning: "Success for mail send: the message was accepted and queued. It does not mean it was delivered.",
        whatToDo: "Follow delivery through the Event Webhook or Activity feed; bounces and drops show up there, not in the API response.",
      },
      {
        code: "403 (sender identity)",
        meaning: "The from address is not a verified sender identity or authenticated domain, or the API key lacks the mail send permission.",
        whatToDo: "Verify the sender or authenticate the domain in SendGrid, and give the key the mail send permission.",
      },
    ],
  },
  postmark: {
    about: "Postmark is a transactional email service that keeps transactional and broadcast mail in separate message streams.",
    errorCodes: [
      {
        code: "ErrorCode 10",
        meaning: "Bad or missing API token. Postmark expects the server token in the X-Postmark-Server-Token header.",
        whatToDo: "Check the header name and that the token belongs to the server you send from (account tokens are different).",
      },
      {
        code: "ErrorCode 300",
        meaning: "Invalid email request: a field in the message is missing or malformed.",
        whatToDo: "Read the Message field of the response and fix the named field.",
      },
      {
        code: "ErrorCode 406",
        meaning: "The recipient is marked inactive, usually after a hard bounce or a spam complaint, so Postmark will not send to it.",
        whatToDo: "Ask the user for a different address, or reactivate the recipient in Postmark if the bounce was temporary.",
      },
    ],
    checklist: ["Postmark reports API errors as HTTP 422 with an ErrorCode in the body; log that number, it is more precise than the status."],
  },

  // ── Payments ──────────────────────────────────────────────────────────────────────────────────
  stripe: {
    about: "Stripe processes card and other payments through its API, Checkout and Stripe.js, and tells your backend about payment events by webhook.",
    errorCodes: [
      {
        code: "402 card_declined",
        meaning: "The request was valid but the payment failed, most often because the customer's bank declined it. The body's decline_code gives the bank's reason where available.",
        whatToDo: "Show the customer a clear message and let them try another payment method; this is not an outage.",
      },
    ],
    why: [
      {
        title: "Stripe reports several surfaces",
        body: "Stripe reports the API, the Dashboard, Stripe.js, Checkout, webhooks and emails separately. Payments can work while webhooks are delayed, or the Dashboard can be slow while the API is fine.",
      },
    ],
    checklist: [
      "Record the Request-Id header of failing calls; Stripe support can trace a request from it.",
      "Check that test-mode keys (sk_test_) and live-mode keys (sk_live_) are not mixed up between environments; objects from one mode do not exist in the other.",
    ],
    fallbacks: [
      {
        title: "Lean on Stripe's webhook retries",
        body: "In live mode Stripe retries undelivered webhook events for up to three days. Acknowledge quickly, process from a queue, and reconcile after long outages of your own endpoint.",
      },
    ],
  },
  paypal: {
    about: "PayPal processes wallet, card and pay-later payments through its REST APIs and checkout buttons.",
    errorCodes: [
      {
        code: "422 UNPROCESSABLE_ENTITY",
        meaning: "The request was valid but broke a business rule. The details array names the issue, for example INSTRUMENT_DECLINED when the buyer's funding source was refused.",
        whatToDo: "Read details[].issue; for INSTRUMENT_DECLINED send the buyer back to choose another funding source.",
      },
    ],
    checklist: [
      "Check that sandbox credentials go to api-m.sandbox.paypal.com and live ones to api-m.paypal.com; a mismatch fails authentication.",
      "Send a PayPal-Request-Id header on order and capture calls so retries are idempotent.",
    ],
  },
  plaid: {
    about: "Plaid connects apps to their users' bank accounts through Plaid Link and its API, for account data, balances, identity and payments.",
    impact: "When Plaid has trouble, users cannot link bank accounts, balance and account checks fail, and onboarding or payment flows that depend on them stall.",
    // Plaid is not a card processor: the category's checkout, decline and charge-twice advice does not apply.
    omitCategory: {
      errorCodes: ["401", "429", "Webhook signature failure"],
      why: ["Timeouts that leave the outcome unknown", "Declines that are not outages", "Webhook delivery"],
      checklist: true,
      fallbacks: ["Idempotent retries", "Reconcile instead of trusting webhooks alone"],
      faq: true,
    },
    errorCodes: [
      {
        code: "INVALID_API_KEYS",
        meaning: "The client_id or secret is wrong, or belongs to another Plaid environment (sandbox and production have separate secrets).",
        whatToDo: "Check both values and that the request goes to the host of the environment they belong to.",
      },
      {
        code: "ITEM_LOGIN_REQUIRED",
        meaning: "The bank needs the user to sign in again, for example after a password change or an expired consent.",
        whatToDo: "Open Link in update mode so the user can re-authenticate; nothing is wrong with Plaid.",
      },
      {
        code: "INSTITUTION_DOWN / INSTITUTION_NOT_RESPONDING",
        meaning: "The user's bank is down or not answering Plaid. Other banks keep working.",
        whatToDo: "Tell the user their bank is having trouble and retry later; check the institution's health in the Plaid Dashboard.",
      },
      {
        code: "RATE_LIMIT_EXCEEDED",
        meaning: "Your client exceeded a Plaid rate limit for that endpoint or item.",
        whatToDo: "Back off and reduce polling; rely on webhooks for updates instead.",
      },
    ],
    why: [
      {
        title: "Bank-level problems",
        body: "Plaid depends on thousands of banks. Most failures users see come from one institution being down or changing its login, not from Plaid itself.",
      },
      {
        title: "Connections that need renewing",
        body: "A password change at the bank, access revoked by the user, or consent that expires after a set period (required in some countries) puts an item into ITEM_LOGIN_REQUIRED until the user signs in again through Link.",
      },
    ],
    checklist: [
      "Check whether failures affect one bank or many: errors for a single institution point to that bank, failures across many banks point to Plaid.",
      "Look at the error_type and error_code in failing responses; they separate item, institution, rate-limit and API errors.",
    ],
    fallbacks: [
      {
        title: "Let users link their bank later",
        body: "Don't make bank linking a hard blocker: let users finish sign-up and come back to it, or offer another verification method your business accepts.",
      },
      {
        title: "Act on webhooks, not polling",
        body: "Plaid sends webhooks when items need attention, such as an error or a consent that is about to expire. Queue them, and after an incident refresh only the affected items instead of polling every one.",
      },
    ],
    faq: [
      {
        question: "Is it Plaid or the user's bank?",
        answer: "INSTITUTION_DOWN, INSTITUTION_NOT_RESPONDING and ITEM_LOGIN_REQUIRED point to one bank or one user's login, and other banks keep working. Failures across many banks at once, or API errors unrelated to any item, point to Plaid.",
      },
    ],
  },

  // ── Cloud ─────────────────────────────────────────────────────────────────────────────────────
  aws: {
    omitCategory: { errorCodes: ["401"] },
    about: "AWS runs compute, storage, databases and hundreds of other services across independent regions and availability zones.",
    errorCodes: [
      {
        code: "ThrottlingException / Rate exceeded",
        meaning: "An AWS API call exceeded its request rate. Automation and deploy tools hit this most.",
        whatToDo: "Use the SDK's built-in retry with backoff, and spread automation out over time.",
      },
      {
        code: "InvalidClientTokenId / SignatureDoesNotMatch",
        meaning: "AWS did not accept the access key, or the request signature computed with the secret key does not match. These come back as 403, not 401.",
        whatToDo: "Check which credentials the SDK actually picked up (environment, profile or role) and that the secret key belongs to the access key ID.",
      },
      {
        code: "503 SlowDown",
        meaning: "Amazon S3 is asking you to reduce the request rate for a prefix.",
        whatToDo: "Back off and retry, and spread objects across more key prefixes if it persists.",
      },
      {
        code: "Signature expired / RequestExpired",
        meaning: "The signed request's timestamp is too far from AWS's clock, usually because the client's clock is off.",
        whatToDo: "Synchronise the host's clock with NTP; AWS only accepts signed requests within a few minutes of its own time.",
      },
    ],
    why: [
      {
        title: "us-east-1 and global services",
        body: "Some global services, such as IAM and the Route 53 control plane, are run from us-east-1. An incident there can affect management of resources in other regions even when those resources keep serving.",
      },
    ],
    checklist: ["Open the AWS Health Dashboard for your account: it shows events affecting your own resources, which the public page does not."],
  },
  "google-cloud": {
    omitCategory: { errorCodes: ["403"] },
    about: "Google Cloud runs compute, data and AI services across regions and zones, with global services such as load balancing and IAM on top.",
    errorCodes: [
      {
        code: "429 RESOURCE_EXHAUSTED",
        meaning: "A quota or rate limit for the project or API was reached.",
        whatToDo: "Check the quota in the console, back off, and request an increase if normal traffic reaches it.",
      },
      {
        code: "503 UNAVAILABLE",
        meaning: "The service is temporarily unavailable; Google's client libraries treat it as retryable.",
        whatToDo: "Retry with backoff (the client libraries do this by default) and check the status for the product and location.",
      },
      {
        code: "403 PERMISSION_DENIED",
        meaning: "The principal lacks an IAM permission, or the API is not enabled for the project.",
        whatToDo: "Check the error details for the missing permission and whether the API is enabled in that project.",
      },
    ],
    checklist: ["Check Personalized Service Health in the Google Cloud console for incidents that affect your own projects."],
  },
  azure: {
    omitCategory: { errorCodes: ["401", "403"] },
    about: "Microsoft Azure hosts compute, storage, databases and platform services in regions around the world, all managed through Azure Resource Manager.",
    errorCodes: [
      {
        code: "ExpiredAuthenticationToken / InvalidAuthenticationToken",
        meaning: "Azure Resource Manager rejected the access token as expired or invalid.",
        whatToDo: "Get a fresh token from Entra ID. If token requests fail too, check Entra ID's status on this site.",
      },
      {
        code: "AuthorizationFailed",
        meaning: "The identity is authenticated but has no role assignment that allows this action on this scope.",
        whatToDo: "Check role assignments on the subscription, resource group or resource; new assignments can take a few minutes to apply.",
      },
      {
        code: "AllocationFailed",
        meaning: "Azure could not find capacity for the requested VM size in that region or zone.",
        whatToDo: "Retry later, or try another size, zone or region.",
      },
    ],
    why: [
      {
        title: "The public page shows only broad incidents",
        body: "Azure's public status page lists widespread incidents. Problems affecting only some customers are posted in Azure Service Health inside the portal, for the subscriptions they affect.",
      },
    ],
    checklist: ["Open Azure Service Health in the portal for incidents scoped to your subscriptions, and check Entra ID here if sign-in or tokens fail."],
  },
  cloudflare: {
    about: "Cloudflare sits in front of millions of sites as CDN, DNS, firewall and Zero Trust proxy, and runs Workers code at its edge.",
    errorCodes: [
      {
        code: "521 / 522 / 523",
        meaning: "Cloudflare could not connect to your origin: the web server refused the connection (521), the connection timed out (522), or the origin was unreachable (523).",
        whatToDo: "Check that the origin is running and that its firewall allows Cloudflare's IP ranges. These errors usually mean your origin, not Cloudflare, has the problem.",
      },
      {
        code: "524",
        meaning: "Cloudflare connected to the origin but got no HTTP response before its timeout.",
        whatToDo: "Find the slow request on the origin; move long jobs to background processing.",
      },
      {
        code: "525 / 526",
        meaning: "The TLS handshake with the origin failed (525), or the origin's certificate is invalid under a strict SSL mode (526).",
        whatToDo: "Check the origin's certificate, its expiry and the zone's SSL mode.",
      },
      {
        code: "520",
        meaning: "The origin returned an empty, unknown or unexpected response.",
        whatToDo: "Check origin logs for crashes or oversized headers at the time of the error.",
      },
      {
        code: "1020",
        meaning: "A firewall or WAF rule on the zone blocked the request.",
        whatToDo: "Look the Ray ID up in the Security events log to see which rule matched.",
      },
    ],
    checklist: ["Note the Ray ID shown on Cloudflare error pages or in the cf-ray header; it identifies the request and the data centre that served it."],
    // Cloudflare has no regions to spread across (and a "zone" is a domain there); its own FAQ
    // about origin errors replaces the category's regional one.
    omitCategory: { fallbacks: ["Avoid a single region"], faq: true },
    fallbacks: [
      {
        title: "A documented way around the proxy",
        body: "If Cloudflare's proxy is failing but its DNS still answers, switching critical records to DNS-only sends visitors straight to your origin. It only helps if the origin can serve the traffic and TLS itself and its address may be exposed, so decide and rehearse it in advance.",
      },
    ],
    faq: [
      {
        question: "Is it Cloudflare or my origin server?",
        answer: "Errors 520 to 526 are produced by Cloudflare when it cannot get a good answer from your origin, so they usually point to the origin. If many unrelated sites show Cloudflare error pages at once, or the status page names your data centre or a product you use, the problem is Cloudflare.",
      },
    ],
  },
  vercel: {
    about: "Vercel builds and hosts frontend apps, with serverless and edge functions served from its global network.",
    errorCodes: [
      {
        code: "FUNCTION_INVOCATION_TIMEOUT (504)",
        meaning: "A function ran longer than its maximum duration.",
        whatToDo: "Speed up or split the work, raise the function's maximum duration within your plan, or move it to a background job.",
      },
      {
        code: "FUNCTION_INVOCATION_FAILED (500)",
        meaning: "The function crashed or threw an unhandled error.",
        whatToDo: "Read the function's runtime logs for that request; the cause is usually in your code or a dependency it calls.",
      },
      {
        code: "DEPLOYMENT_NOT_FOUND (404)",
        meaning: "The URL points to a deployment that does not exist or was deleted.",
        whatToDo: "Check the domain's assignment and the deployment URL.",
      },
    ],
    checklist: ["Note the x-vercel-id response header of failing requests; Vercel support uses it to find the request."],
    fallbacks: [
      {
        title: "Instant rollback",
        body: "If a deploy broke production, promote the previous deployment instead of waiting for a fix; it does not need a new build.",
      },
    ],
  },
  netlify: {
    omitCategory: { fallbacks: ["Avoid a single region"] },
    about: "Netlify builds and hosts web projects on its CDN, with serverless and edge functions, form handling and deploy previews.",
    checklist: [
      "Note the x-nf-request-id header of failing requests for Netlify support.",
      "If only some routes fail after a deploy, check the redirect and rewrite rules shipped with it.",
    ],
    fallbacks: [
      {
        title: "Publish an earlier deploy",
        body: "Netlify keeps previous deploys; republishing one restores a working site quickly without a new build.",
      },
    ],
  },
  "fly-io": {
    about: "Fly.io runs apps as Fly Machines, fast-starting virtual machines placed in regions close to users behind its own Anycast proxy.",
    why: [
      {
        title: "Single machines on single hosts",
        body: "An app running one machine in one region goes down with the host under it. Host and region problems are reported per region on the status page.",
      },
    ],
    checklist: ["Run fly status and fly logs for the app to see which machines are unhealthy and in which region."],
  },
  heroku: {
    about: "Heroku runs apps on dynos with managed Postgres, Redis and add-ons, on infrastructure provided by AWS.",
    errorCodes: [
      {
        code: "H10",
        meaning: "App crashed: the web dyno exited or failed to start.",
        whatToDo: "Read the app's logs around the crash; a bad deploy or missing config var is the usual cause.",
      },
      {
        code: "H12",
        meaning: "Request timeout: the app did not start a response within the router's 30-second limit.",
        whatToDo: "Move slow work to background jobs and check slow database queries.",
      },
      {
        code: "H14",
        meaning: "No web dynos are running.",
        whatToDo: "Scale the web process up and check that the Procfile defines it.",
      },
      {
        code: "R14",
        meaning: "The dyno exceeded its memory quota and is swapping.",
        whatToDo: "Look for memory leaks or move to a larger dyno size.",
      },
    ],
    checklist: ["Run heroku logs --tail for the app: router and runtime error codes (H and R codes) say whether the platform or your app is failing."],
  },

  // ── Developer tools ───────────────────────────────────────────────────────────────────────────
  github: {
    about: "GitHub hosts Git repositories, pull requests, issues, Actions CI and Packages, with REST and GraphQL APIs for automation.",
    errorCodes: [
      {
        code: "403 / 429 (rate limit)",
        meaning: "A primary rate limit (x-ratelimit-remaining reached 0) or a secondary rate limit for bursts of requests.",
        whatToDo: "Wait until x-ratelimit-reset or for retry-after. Unauthenticated calls get only 60 requests per hour per IP, so authenticate automation.",
      },
    ],
    why: [
      {
        title: "Webhooks are not retried automatically",
        body: "GitHub does not redeliver webhooks that failed on your side. After an incident, use the webhook's Recent Deliveries page or API to redeliver what was missed.",
      },
    ],
    checklist: ["Test Git separately from the website: git ls-remote against a repository you can read shows whether Git over HTTPS works."],
  },
  gitlab: {
    about: "GitLab.com hosts Git repositories, merge requests, CI/CD pipelines and a container registry.",
    why: [
      {
        title: "GitLab.com is not your self-managed instance",
        body: "status.gitlab.com covers GitLab.com only. If you run GitLab yourself, its health is your own servers'; only features that call GitLab.com services would be affected by incidents listed there.",
      },
    ],
    checklist: ["Check the RateLimit headers on 429 responses to see which limit was reached and when it resets."],
  },
  linear: {
    about: "Linear is an issue tracker and project planning tool for software teams, with a GraphQL API and webhooks.",
    impact: "When Linear has trouble, teams cannot view or update issues and projects, and integrations that sync issues with GitHub, Slack and other tools fall behind.",
    // Linear hosts no Git or CI, so the category's Git-specific text is replaced by its own.
    omitCategory: {
      why: ["One product degrades while others work"],
      checklist: true,
      fallbacks: ["Keep working locally", "Deploys that do not depend on one service"],
      faq: true,
    },
    why: [
      {
        title: "Integrations depend on other services",
        body: "Links between issues, pull requests and Slack threads come through integrations. When GitHub or Slack has an incident, those links and status updates lag even though Linear itself works.",
      },
    ],
    checklist: [
      "Check whether Linear itself fails or only an integration (GitHub, Slack, your webhooks), and check that service's status on this site.",
      "For API calls to api.linear.app/graphql, read the errors array in the body: GraphQL errors can come back with an HTTP success status.",
      "If your automation stopped, check that your webhook endpoint answered successfully during the incident, and re-sync what it missed through the API.",
    ],
    fallbacks: [
      {
        title: "Somewhere to note urgent work",
        body: "During a long incident, track urgent work in a shared document or chat thread and copy it into Linear afterwards, instead of letting the tool block the team.",
      },
      {
        title: "Re-sync integrations after recovery",
        body: "After an incident, compare recent issues with what your integrations and webhook consumers hold, and fetch anything missing through the API.",
      },
    ],
    faq: [
      {
        question: "Why are my Linear issues not updating from pull requests?",
        answer: "Pull request links and automatic status changes come from the GitHub integration, which depends on GitHub's webhooks and API. During a GitHub incident they can lag; check GitHub's status on this site.",
      },
    ],
  },

  // ── AI ────────────────────────────────────────────────────────────────────────────────────────
  openai: {
    about: "OpenAI's API serves GPT models through the Responses and Chat Completions endpoints, along with embeddings, images, audio and Codex.",
    errorCodes: [
      {
        code: "429 insufficient_quota",
        meaning: "The organisation has run out of credit or reached its spend limit; retrying will not help.",
        whatToDo: "Check billing and usage limits for the organisation or project.",
      },
      {
        code: "429 rate_limit_exceeded",
        meaning: "Requests or tokens per minute exceeded the limits for your model and usage tier.",
        whatToDo: "Watch the x-ratelimit-remaining headers, back off, and smooth out bursts.",
      },
    ],
    checklist: ["Record the x-request-id header of failing requests for OpenAI support."],
  },
  anthropic: {
    about: "Anthropic's API serves the Claude models through the Messages API, directly and through cloud platforms such as Amazon Bedrock and Google Cloud Vertex AI.",
    errorCodes: [
      {
        code: "529 overloaded_error",
        meaning: "The API is temporarily overloaded. It is not about your account's limits.",
        whatToDo: "Retry with backoff; the SDKs retry it by default a limited number of times.",
      },
      {
        code: "429 rate_limit_error",
        meaning: "Your organisation exceeded a rate limit for requests or tokens.",
        whatToDo: "Honour the retry-after header and smooth out bursts.",
      },
    ],
    checklist: [
      "Record the request-id header of failing requests for Anthropic support.",
      "With streaming, handle error events that arrive in the middle of a stream, not only HTTP errors at the start.",
    ],
    fallbacks: [
      {
        title: "Another route to the same model",
        body: "Claude models are also offered through Amazon Bedrock and Google Cloud Vertex AI, which have their own capacity and status. An abstraction over both can switch routes during an incident.",
      },
    ],
  },

  // ── Communication ─────────────────────────────────────────────────────────────────────────────
  slack: {
    omitCategory: { errorCodes: ["401", "403"] },
    about: "Slack is a team messaging platform; apps and bots use its Web API, Events API and incoming webhooks.",
    errorCodes: [
      {
        code: "ok: false",
        meaning: "Web API methods report most errors with HTTP 200 and a JSON body of ok: false plus an error string such as invalid_auth, not_authed or channel_not_found.",
        whatToDo: "Check the ok field and the error string, not only the HTTP status.",
      },
      {
        code: "429 ratelimited",
        meaning: "The app exceeded a method's rate limit.",
        whatToDo: "Wait for the number of seconds in Retry-After before calling that method again.",
      },
    ],
    why: [
      {
        title: "Events API retries",
        body: "Slack expects your Events API endpoint to answer within three seconds and retries deliveries that fail, marking each retry with an X-Slack-Retry-Num header. Slow handlers cause duplicates that look like a Slack bug.",
      },
    ],
  },
  discord: {
    about: "Discord hosts community chat, voice and video; bots connect through its REST API and the real-time Gateway.",
    errorCodes: [
      {
        code: "50013",
        meaning: "Missing Permissions: the bot lacks a permission it needs in that server or channel.",
        whatToDo: "Grant the permission to the bot's role, and check channel-level overrides.",
      },
      {
        code: "4004 (Gateway close)",
        meaning: "The Gateway closed the connection because the bot token is invalid.",
        whatToDo: "Reset the token in the developer portal and update your bot's configuration.",
      },
    ],
    why: [
      {
        title: "Invalid requests can get an IP blocked",
        body: "Discord temporarily blocks IPs that send too many invalid requests (401, 403 and 429 responses) in a short window. A bot in an error loop can cut itself off and look like a Discord outage.",
      },
    ],
    checklist: ["Read rate-limit responses: the JSON body has retry_after and says whether the limit is global."],
  },
  zoom: {
    about: "Zoom runs video meetings, webinars and phone service; integrations use its REST API, webhooks and SDKs.",
    why: [
      {
        title: "Short-lived access tokens",
        body: "Server-to-Server OAuth access tokens last one hour. Integrations that cache one longer start failing with 401 and look broken until they request a new token.",
      },
    ],
    checklist: ["If webhooks stopped, check that your endpoint still passes Zoom's URL validation challenge and that the secret token did not change."],
  },
  twilio: {
    about: "Twilio provides programmable SMS, voice, WhatsApp and verification APIs.",
    errorCodes: [
      {
        code: "20003",
        meaning: "Authentication error: the Account SID, auth token or API key is wrong.",
        whatToDo: "Check the credentials and that an API key belongs to the same account or subaccount as the SID.",
      },
      {
        code: "21211",
        meaning: "The To phone number is not valid.",
        whatToDo: "Validate numbers in E.164 format before sending.",
      },
      {
        code: "21610",
        meaning: "The recipient replied STOP and has unsubscribed from your number.",
        whatToDo: "Do not retry; the recipient must opt back in.",
      },
      {
        code: "30007",
        meaning: "A carrier filtered the message, for example as spam.",
        whatToDo: "Review the content and sender registration for that country; this is a delivery problem, not a Twilio outage.",
      },
    ],
    why: [
      {
        title: "Carriers, not only Twilio",
        body: "Messages and calls pass through phone carriers in each country. A carrier problem delays or drops delivery to its subscribers while the Twilio API accepts every request; the status page lists such carrier and country issues.",
      },
    ],
    omitCategory: { errorCodes: ["401"], why: ["Real-time connections"], faq: true },
    faq: [
      {
        question: "Why was my SMS accepted but never delivered?",
        answer: "The API accepting a message only means Twilio queued it. Delivery depends on the carrier, and the message's final status and error code say what happened, for example 30007 when a carrier filtered it or 30003 when the handset was unreachable. Use status callbacks to track delivery.",
      },
    ],
    // The catalog lists no alternative to Twilio. Email providers are the usual second channel for
    // one-time codes and notifications when SMS is failing, so they stand in here.
    alternatives: ["resend", "postmark"],
  },

  // ── Monitoring ────────────────────────────────────────────────────────────────────────────────
  datadog: {
    about: "Datadog collects metrics, traces and logs from its Agent and APIs, and runs dashboards and monitors on top of them.",
    why: [
      {
        title: "Each Datadog site has its own page",
        body: "Datadog runs separate sites (US1, US3, US5, EU1 and others), each with its own status page. This page follows US1; if your account is on another site, check that site's page.",
      },
    ],
    checklist: ["Check for monitors alerting on missing data: an intake delay can make No Data alerts fire even though your systems are healthy."],
  },
  sentry: {
    about: "Sentry records errors, performance traces and session replays that SDKs send from your applications.",
    errorCodes: [
      {
        code: "429 (ingestion)",
        meaning: "Sentry is rate limiting or dropping events because a quota or rate limit was reached; the X-Sentry-Rate-Limits header says which categories.",
        whatToDo: "Check usage and spike protection for the organisation, and sample noisy events in the SDK.",
      },
    ],
    why: [
      {
        title: "Self-hosted Sentry is separate",
        body: "The status page covers Sentry's hosted service. A self-hosted Sentry is only as healthy as your own servers.",
      },
    ],
  },
  pagerduty: {
    about: "PagerDuty routes alerts from monitoring tools to on-call engineers by phone, SMS, push and email, and coordinates incident response.",
    errorCodes: [
      {
        code: "202 (Events API)",
        meaning: "The event sent to events.pagerduty.com was accepted for processing. Notifications follow asynchronously.",
        whatToDo: "If pages do not arrive after a 202, check the service's escalation policy and the user's notification rules, and the status page for notification delays.",
      },
    ],
    // PagerDuty is where alerts go, not a telemetry pipeline: the category's data-gap and
    // telemetry advice does not apply, so its own steps replace them.
    omitCategory: {
      why: ["Quota and sampling", "Ingestion delays"],
      checklist: true,
      fallbacks: ["A second path for critical alerts", "Never block your app on telemetry"],
      faq: true,
    },
    why: [
      {
        title: "Phone, SMS and push delivery",
        body: "Pages reach people through phone carriers, SMS gateways and Apple's and Google's push services. A delay in any of them holds up notifications even when PagerDuty has created the incident on time.",
      },
      {
        title: "Email integrations add a hop",
        body: "Monitors that reach PagerDuty through an email integration depend on mail delivery as well. A delay in the sender's mail system looks like a PagerDuty delay.",
      },
    ],
    checklist: [
      "Check whether the event reached PagerDuty: a 202 from the Events API means it was accepted, and an incident should appear on the service.",
      "If incidents open but nobody is paged, check the escalation policy, the on-call schedule and the user's notification rules before suspecting PagerDuty.",
    ],
    faq: [
      {
        question: "What happens to alerts sent to PagerDuty during an outage?",
        answer: "Events that were accepted are processed and notified, possibly late. Events that could not be delivered depend on the sending tool: some retry, some drop them. Check how your monitoring tools handle a failed send, and keep a second alert route for the most critical checks.",
      },
    ],
    fallbacks: [
      {
        title: "A second route for critical alerts",
        body: "Have your most important monitors also notify a channel that does not go through PagerDuty (email or chat), so an outage does not silence pages. Send a dedup_key with events so retries do not open duplicate incidents.",
      },
    ],
  },

  // ── Data ──────────────────────────────────────────────────────────────────────────────────────
  "mongodb-atlas": {
    about: "MongoDB Atlas runs managed MongoDB clusters on AWS, Google Cloud and Azure, with search, triggers and an Admin API.",
    errorCodes: [
      {
        code: "querySrv ENOTFOUND / ECONNREFUSED",
        meaning: "The driver could not resolve the DNS SRV record behind a mongodb+srv connection string. The resolver on the host, not Atlas, is usually at fault.",
        whatToDo: "Test DNS resolution of the SRV record from the host, try a different resolver, or use the standard (non-SRV) connection string.",
      },
      {
        code: "AuthenticationFailed",
        meaning: "The database user name or password is wrong, or the user does not exist on this cluster.",
        whatToDo: "Check the database user in Atlas (not the Atlas account login) and URL-encode special characters in the password.",
      },
    ],
    why: [
      {
        title: "IP access lists",
        body: "Atlas refuses connections from addresses not on the project's IP access list. New servers, changed egress IPs or serverless functions without fixed IPs fail with timeouts that look like an outage.",
      },
      {
        title: "Primary elections",
        body: "Maintenance and failures cause a replica set to elect a new primary. For a few seconds writes fail; drivers with retryable writes (on by default in current drivers) hide most of it.",
      },
    ],
  },
  neon: {
    about: "Neon is serverless Postgres: compute that can scale to zero, storage separated from it, and database branching.",
    errorCodes: [
      {
        code: "Endpoint ID is not specified",
        meaning: "The client connected without TLS SNI, so Neon could not tell which endpoint it wanted. Older Postgres clients and libraries do this.",
        whatToDo: "Upgrade the client library, or pass the endpoint ID in the connection options as Neon's documentation describes.",
      },
    ],
    why: [
      {
        title: "Cold starts after scale to zero",
        body: "A compute that scaled to zero starts again on the first connection, which adds a short delay. Tight connect timeouts turn that delay into errors.",
      },
    ],
    checklist: ["From serverless code, connect through the pooled connection string (the host with -pooler) to stay under connection limits."],
  },
  algolia: {
    about: "Algolia hosts search and recommendation indexes that apps query from browsers and servers through its API clients.",
    errorCodes: [
      {
        code: "403 Invalid Application-ID or API key",
        meaning: "The application ID or API key is wrong, or the key lacks the right for this operation or index.",
        whatToDo: "Check both values and the key's ACL, index restrictions and expiry in the dashboard.",
      },
      {
        code: "404 Index does not exist",
        meaning: "The index name is wrong or the index was deleted.",
        whatToDo: "Check the index name, including environment prefixes.",
      },
    ],
    why: [
      {
        title: "Cluster-specific incidents",
        body: "Each Algolia application runs on a particular cluster, and incidents can affect only some clusters. The official clients retry across several hosts for your application, which hides many short failures.",
      },
    ],
    // The catalog lists no alternative to Algolia. A database's own full-text search (Atlas Search,
    // Postgres full-text search) is the usual degraded fallback, so those stand in here.
    alternatives: ["mongodb-atlas", "neon"],
  },

  // ── Commerce ──────────────────────────────────────────────────────────────────────────────────
  shopify: {
    about: "Shopify runs online stores, checkout and point of sale for merchants, and gives apps access through its Admin and Storefront APIs.",
    errorCodes: [
      {
        code: "THROTTLED",
        meaning: "A GraphQL Admin API query exceeded the app's cost budget; the response's cost extension says when enough budget is available again.",
        whatToDo: "Wait for the budget to refill, request fewer fields per query, and use bulk operations for large exports.",
      },
      {
        code: "402 / 423",
        meaning: "The store is frozen for non-payment (402) or locked (423), so the API refuses changes. This is about that store, not a Shopify outage.",
        whatToDo: "Tell the merchant; the store owner has to resolve it with Shopify.",
      },
    ],
    checklist: ["Verify webhook HMAC signatures (X-Shopify-Hmac-Sha256) against the raw body, and answer webhooks quickly; Shopify retries failures only for a limited time and can remove subscriptions that keep failing."],
    // The catalog lists no alternative to Shopify. Taking payments directly through a payment
    // provider (payment links) is the usual stopgap while a storefront is down.
    alternatives: ["stripe", "paypal"],
  },

  // ── Productivity ──────────────────────────────────────────────────────────────────────────────
  "microsoft-365": {
    about: "Microsoft 365 bundles Exchange Online, Teams, SharePoint, OneDrive and the Office apps, all signed in through Microsoft Entra ID.",
    errorCodes: [
      {
        code: "429 (Microsoft Graph)",
        meaning: "Graph throttled the app or tenant for too many requests.",
        whatToDo: "Wait for the Retry-After interval and batch or reduce requests.",
      },
    ],
    checklist: ["Open Service health in the Microsoft 365 admin center: incidents affecting only your tenant appear there and not on the public page."],
  },
  atlassian: {
    about: "Atlassian Cloud hosts Jira, Confluence, Bitbucket, Trello and related products, each with its own status page grouped under status.atlassian.com.",
    checklist: ["Open the status page of the specific product (Jira, Confluence, Bitbucket …) linked from status.atlassian.com; product pages list incidents in more detail."],
  },
  notion: {
    about: "Notion is a workspace for docs, wikis and databases, with a public REST API for integrations.",
    errorCodes: [
      {
        code: "400 missing_version",
        meaning: "The request has no Notion-Version header, which every API call needs.",
        whatToDo: "Send the Notion-Version header with the API version your integration was built for.",
      },
      {
        code: "404 object_not_found",
        meaning: "The page or database does not exist, or has not been shared with the integration.",
        whatToDo: "Share the page or database with the integration in Notion, then retry.",
      },
      {
        code: "429 rate_limited",
        meaning: "The integration exceeded Notion's request rate, which averages three requests per second.",
        whatToDo: "Honour Retry-After and queue requests so they stay under the average rate.",
      },
    ],
  },
};
