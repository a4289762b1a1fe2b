import type { Category } from "@/lib/catalog/types";
import type { Guide } from "./types";

// The shared structure of generated guides, per category. Everything here must hold for every
// service in the category; service-specific facts live in service-notes.ts. Texts take the
// service name so each guide reads as its own.

export type ErrorCode = Guide["errorCodes"][number];
export type Section = Guide["whyItBreaks"][number];
export type Faq = Guide["faq"][number];

export interface CategoryProfile {
  /** Second sentence of the summary: what breaks for the visitor when the service is down. */
  impact(name: string): string;
  errorCodes(name: string): ErrorCode[];
  why(name: string): Section[];
  /** Category-specific steps, placed after the generic "check status / run the quick check" steps. */
  checklist(name: string): string[];
  fallbacks(name: string): Section[];
  /** One category question ("is it X or my code?"), asked between the generic ones. */
  faq(name: string): Faq;
}

/** "a Stripe outage", "an OpenAI incident" ("One…" is said with a w sound, so "a OneLogin"). */
const a = (name: string) => (/^(?!one)[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`);

const retryAfter = "If the response carries a Retry-After header, wait that long; otherwise back off exponentially with jitter.";

const serverErrors = (name: string): ErrorCode => ({
  code: "5xx",
  meaning: `A failure on ${name}'s side (500, 502, 503 or 504), or at the network edge in front of it.`,
  whatToDo: `Retry idempotent requests with backoff, compare with the verdict at the top of this page, and keep the request IDs of failing calls for ${name} support.`,
});

const unauthorized = (name: string, credential: string): ErrorCode => ({
  code: "401",
  meaning: `${name} did not accept the ${credential}: it is missing, mistyped, revoked, or belongs to another environment or account.`,
  whatToDo: `Check that the ${credential} is actually loaded at runtime in the failing environment, and rotate it if it may have leaked.`,
});

const rateLimited = (name: string, detail: string): ErrorCode => ({
  code: "429",
  meaning: `Too many requests: ${detail}. This is ${name} protecting itself, not an outage.`,
  whatToDo: `${retryAfter} Cache what you read often and spread batch jobs out.`,
});

const identityProfile: CategoryProfile = {
  impact: (name) =>
    `When ${name} has trouble, people cannot sign in to the apps that trust it, MFA prompts may not arrive, and SSO through brokers such as WorkOS fails for customers who use ${name}.`,
  errorCodes: (name) => [
    {
      code: "SAML response rejected",
      meaning: "The service provider refused the assertion: signature or certificate mismatch, wrong audience or ACS URL, or an assertion outside its validity window.",
      whatToDo: `Compare the certificate, entity ID and ACS URL configured in the app with the current ${name} metadata, and check both servers' clocks.`,
    },
    {
      code: "invalid_grant",
      meaning: "An OpenID Connect authorization code or refresh token was expired, already used or revoked.",
      whatToDo: "Restart the sign-in instead of retrying the same code, and make sure only one process uses each refresh token.",
    },
    unauthorized(name, "API token or client credential"),
    rateLimited(name, `your org or integration exceeded ${name}'s API limits`),
    serverErrors(name),
  ],
  why: (name) => [
    {
      title: "Certificate rotation and clock skew",
      body: `SAML apps trust a signing certificate from ${name} that expires and gets replaced. Until each service provider receives the new certificate, sign-ins to it fail. Assertions are also valid only for minutes, so a server with a drifting clock rejects good ones.`,
    },
    {
      title: "Policy changes that look like outages",
      body: `A new sign-on, MFA or access policy in ${name} can block a whole group of users at once. The admin audit or sign-in log shows which rule denied each attempt, which tells you quickly whether this is configuration or an incident.`,
    },
    {
      title: "Provider-side incidents",
      body: `${name} runs shared cloud infrastructure, and an incident there affects many organisations at once. That is what the official status page reports; problems limited to your org often are not listed there.`,
    },
  ],
  checklist: (name) => [
    `Find out whether every app fails or only one: a single failing app points to its certificate, ACS URL or redirect settings, all apps failing points to ${name} itself or a policy change.`,
    `Look up a failed attempt in ${name}'s sign-in or audit log; the failure reason usually names the policy, factor or configuration at fault.`,
  ],
  fallbacks: (name) => [
    {
      title: "Break-glass accounts outside SSO",
      body: `Keep a local administrator account with strong credentials and its own MFA on each critical system (cloud console, source control, production access), so ${a(name)} problem does not stop you fixing anything else.`,
    },
    {
      title: "Cached signing keys and long enough sessions",
      body: `Verify tokens from ${name} against a cached key set, refreshed when an unknown key ID appears, and avoid forcing re-authentication during an incident so signed-in users keep working.`,
    },
  ],
  faq: (name) => ({
    question: `Is it ${name} or the app I am signing in to?`,
    answer: `If sign-in to every app that uses ${name} fails, the problem is ${name} or one of its policies. If only one app fails, the usual causes are on that app's side: an expired or rotated certificate, a changed ACS or redirect URL, or a clock that is off.`,
  }),
};

export const CATEGORY_PROFILES: Record<Category, CategoryProfile> = {
  // Identity brokers sit in front of identity providers; the same SAML/OIDC failure modes apply.
  "identity-broker": identityProfile,
  "identity-provider": identityProfile,

  auth: {
    impact: (name) =>
      `When ${name} has trouble, users cannot sign up, sign in or refresh their sessions in the apps built on it, and backends that check sessions with ${name} on every request stop answering.`,
    errorCodes: (name) => [
      unauthorized(name, "secret key or project credential"),
      {
        code: "Expired or invalid token",
        meaning: "A session, ID or access token failed verification: it expired, was revoked, was signed with a key your backend does not know, or its timestamps disagree with your server's clock.",
        whatToDo: `Refresh the session through ${name}'s SDK, make sure your backend fetches signing keys dynamically rather than hard-coding them, and keep server clocks synchronised.`,
      },
      rateLimited(name, `a project, user or IP exceeded ${name}'s limits, often during sign-up bursts or from code that checks sessions on every request`),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "Per-request calls that multiply load",
        body: `Backends that ask ${name} about the session on every request turn a short slowdown into a full outage of your app, and under normal traffic can reach rate limits. Local token verification avoids both.`,
      },
      {
        title: "Configuration drift between environments",
        body: `Keys, redirect URLs and allowed origins differ between test and live environments. A deploy that picks up the wrong set fails every request with 401 or a redirect error, and looks like ${a(name)} outage.`,
      },
      {
        title: "Email and SMS delivery",
        body: `Magic links, one-time codes and verification emails depend on email and SMS providers as well as ${name}. A delay there blocks sign-ups even while ${name}'s API is healthy.`,
      },
    ],
    checklist: (name) => [
      `Confirm the failing environment uses ${name} keys, IDs and URLs that belong together; test and live setups are separate and do not mix.`,
      "If users are signed out at random, check server clocks and whether your backend verifies tokens against current signing keys.",
    ],
    fallbacks: (name) => [
      {
        title: "Verify sessions locally",
        body: `Verify ${name}'s tokens in your backend against cached public keys, so requests from users who are already signed in keep working while ${name} is slow or down.`,
      },
      {
        title: "An honest sign-in page",
        body: `When ${name} cannot be reached, show a short notice on the sign-in page and keep public parts of your app available, rather than sending users into a redirect loop.`,
      },
    ],
    faq: (name) => ({
      question: `Why are users signed out when ${name} has problems?`,
      answer: `Sessions are usually short-lived tokens that the client refreshes with ${name}. If refreshing fails, tokens run out and users appear signed out. Verifying tokens locally and allowing longer-lived sessions softens the effect of a short incident.`,
    }),
  },

  email: {
    impact: (name) =>
      `When ${name} has trouble, password resets, sign-in links, receipts and notifications stop going out or arrive late, and delivery events reach your app late or not at all.`,
    errorCodes: (name) => [
      unauthorized(name, "API key"),
      {
        code: "400 / 403 / 422",
        meaning: `${name} rejected the message: an invalid address, a sender or domain that is not verified, a key without sending permission, or a malformed payload. The body says which.`,
        whatToDo: "Read the error message in the body, fix the sender, domain or field it names, and do not retry the same message unchanged.",
      },
      rateLimited(name, "you are sending faster than your account allows"),
      serverErrors(name),
      {
        code: "Bounce or complaint",
        meaning: "Not an HTTP error: the API accepted the message, but the receiving mail server rejected it or the recipient marked it as spam.",
        whatToDo: `Read the delivery events (webhook or dashboard) for the reason. ${name} may suppress future sends to addresses that bounced or complained.`,
      },
    ],
    why: (name) => [
      {
        title: "Accepted is not delivered",
        body: `An API success means ${name} queued the message. Delivery still depends on the recipient's mail provider, your domain's SPF, DKIM and DMARC records and your sender reputation, so mail can be delayed or rejected with no ${name} incident.`,
      },
      {
        title: "Sending limits and bursts",
        body: "Accounts have sending rate limits, and bulk sends that share a key with transactional mail can crowd out password resets. Rate-limit responses during a campaign are not an outage.",
      },
      {
        title: "Queueing and event delays",
        body: `During an incident ${name} may accept messages but deliver them late, or deliver events to your webhook late. Check the status page for delays in sending or events, not only API errors.`,
      },
    ],
    checklist: (name) => [
      `Look up a missing message in ${name}'s activity or logs: was it accepted, delivered, bounced or suppressed?`,
      "Check that your sending domain's DNS records (SPF, DKIM, DMARC and any verification records) are still in place, especially after DNS changes.",
    ],
    fallbacks: (name) => [
      {
        title: "Queue outgoing mail",
        body: `Write emails to your own queue and send from a worker that retries with backoff, so ${a(name)} outage delays mail instead of failing the user's action.`,
      },
      {
        title: "A second provider for critical mail",
        body: "Keep a second email provider configured, with its domain records already verified, and switch password resets and sign-in links to it if the primary provider is down for long.",
      },
    ],
    faq: (name) => ({
      question: `Why don't emails arrive even though ${name} accepted them?`,
      answer: `Acceptance only means ${name} queued the message. Check its delivery events for a bounce or suppression, check your domain's SPF, DKIM and DMARC records, and check the recipient's spam folder. Delivery delays during an incident are usually reported on ${name}'s status page.`,
    }),
  },

  payments: {
    impact: (name) =>
      `When ${name} has trouble, checkouts fail or hang, customers may be unsure whether they were charged, and webhooks that confirm payments arrive late.`,
    errorCodes: (name) => [
      unauthorized(name, "API key or access token"),
      {
        code: "400",
        meaning: "The request was invalid: a missing or wrong parameter, or an operation not allowed for the object's current state.",
        whatToDo: "Read the error message and parameter in the body and fix the request; retrying it unchanged fails the same way.",
      },
      rateLimited(name, "your account exceeded the API request rate"),
      serverErrors(name),
      {
        code: "Webhook signature failure",
        meaning: "Your endpoint rejected an event because its signature did not verify, usually because the signing secret changed or the raw body was altered by a parser.",
        whatToDo: `Verify against the raw request body with the current signing secret for that endpoint; ${name} keeps retrying events your endpoint does not acknowledge, for a limited time.`,
      },
    ],
    why: (name) => [
      {
        title: "Timeouts that leave the outcome unknown",
        body: `A request that times out may still have succeeded at ${name}. Retrying without an idempotency key can charge a customer twice; retrying with one returns the original result.`,
      },
      {
        title: "Declines that are not outages",
        body: "Banks and card networks decline payments for their own reasons (fraud checks, limits, authentication). A rise in declines from one issuer or country is not the same as the provider being down.",
      },
      {
        title: "Webhook delivery",
        body: `Order fulfilment often waits for ${name}'s webhooks. If your endpoint is down, slow or failing signature checks, payments look stuck even though ${name} processed them.`,
      },
    ],
    checklist: (name) => [
      "Check whether payments fail with HTTP errors (a provider or integration problem) or with declines (the customer's bank), and in which countries or payment methods.",
      `Look at the webhook endpoint's recent deliveries in ${name}'s dashboard: failed deliveries or signature errors explain "paid but not fulfilled" orders.`,
    ],
    fallbacks: (name) => [
      {
        title: "Idempotent retries",
        body: `Send every payment-creating request with an idempotency key stored with your order, so a retry after a timeout returns the original result instead of charging twice.`,
      },
      {
        title: "Reconcile instead of trusting webhooks alone",
        body: `Queue webhook events and acknowledge them quickly, and after an incident list recent payments through ${name}'s API to fix any order whose event never arrived.`,
      },
    ],
    faq: (name) => ({
      question: `Will customers be charged twice if I retry during ${a(name)} incident?`,
      answer: `Not if every retry reuses the same idempotency key or request ID for the same order: ${name} then returns the original result instead of creating a new payment. Without one, a retry after a timeout can create a duplicate.`,
    }),
  },

  cloud: {
    impact: (name) =>
      `When ${name} has trouble, the sites, APIs and deploys that run on it can fail or slow down, often in one region or for one product rather than everywhere.`,
    errorCodes: (name) => [
      unauthorized(name, "token or credential"),
      {
        code: "403",
        meaning: "The credential is valid but lacks permission for this resource or action.",
        whatToDo: "Check the role or policy attached to the credential; recent permission changes are a common cause.",
      },
      rateLimited(name, "API calls (often deploy or automation scripts) exceeded the account's request limits"),
      {
        code: "502 / 503 / 504",
        meaning: `A gateway or load balancer got no good answer from the service behind it: either ${name}'s platform is failing or your own app behind it is.`,
        whatToDo: `Check your own app's logs first; if they show no requests arriving, compare with ${name}'s status for your region and product.`,
      },
    ],
    why: (name) => [
      {
        title: "Regional and product-specific incidents",
        body: `${name} incidents are usually limited to a region, availability zone or product. The overall page can show a problem that does not touch your resources, and your resources can be affected by an incident listed under a product you did not expect.`,
      },
      {
        title: "Control plane versus data plane",
        body: "Often running workloads keep serving while the control plane (deploys, scaling, console, API) is impaired. If you cannot deploy but traffic flows, avoid making changes until it recovers.",
      },
      {
        title: "DNS and certificates",
        body: "Expired certificates, changed DNS records and domain renewals cause outages that look like platform incidents. Check them before assuming the provider is down.",
      },
    ],
    checklist: (name) => [
      `Identify the region and products your failing resources use, and look for ${name} incidents that name them rather than at the overall status.`,
      "Check your own application's logs and metrics: if requests reach your code and fail there, the cause is probably yours.",
    ],
    fallbacks: (name) => [
      {
        title: "Avoid a single region",
        body: `Run critical services in more than one ${name} region or zone, with health-checked failover, so a regional incident degrades rather than stops them.`,
      },
      {
        title: "Freeze changes during incidents",
        body: "Hold deploys and infrastructure changes while the provider reports problems; changes made during an incident are a common cause of the longest outages.",
      },
    ],
    faq: (name) => ({
      question: `Why does ${name} work in one region and fail in another?`,
      answer: `${name} runs each region largely independently, so most incidents stay within one region or product. Check whether the incident on the status page names the region and service your resources use.`,
    }),
  },

  devtools: {
    impact: (name) =>
      `When ${name} has trouble, pushes, pulls, reviews, CI runs, deploys and the webhooks and integrations that depend on it can stall or fail.`,
    errorCodes: (name) => [
      unauthorized(name, "token"),
      {
        code: "403",
        meaning: "The token is valid but lacks the scope or permission, or a rate limit was reached (some APIs use 403 for that as well as 429).",
        whatToDo: "Read the response body: a rate-limit message means wait; otherwise grant the missing scope or permission.",
      },
      {
        code: "404",
        meaning: "The resource does not exist, or it is private and the token cannot see it; APIs often answer 404 instead of 403 to avoid revealing private resources.",
        whatToDo: "Check the path and that the token's user or app has access to the repository or project.",
      },
      rateLimited(name, "your token, app or IP exceeded the API's limits"),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "One product degrades while others work",
        body: `${name} is several services (web, API, Git, CI, webhooks). An incident usually hits one of them, so pushes can work while CI queues back up, or the API can fail while the website loads.`,
      },
      {
        title: "Webhooks delivered late or not at all",
        body: `Integrations driven by ${name}'s webhooks stop when deliveries are delayed or when your endpoint fails them. Missed events may need to be redelivered or reconciled by hand.`,
      },
      {
        title: "Automation hitting rate limits",
        body: "Bots, CI scripts and integrations that share one token can exhaust its rate limit, and every tool using that token fails at once.",
      },
    ],
    checklist: (name) => [
      `Test the specific path that fails (web, API, Git over HTTPS or SSH, CI, webhooks); ${name} reports them separately.`,
      "For missing automation, check the webhook's recent deliveries and redeliver the failed ones once the service recovers.",
    ],
    fallbacks: (name) => [
      {
        title: "Keep working locally",
        body: `Git is distributed: commit locally during ${a(name)} incident and push when it recovers. Keep a mirror of critical repositories elsewhere if deploys depend on them.`,
      },
      {
        title: "Deploys that do not depend on one service",
        body: `Make sure you can deploy a fix without ${name}'s CI or webhooks, for example from a documented manual path or a second CI runner.`,
      },
    ],
    faq: (name) => ({
      question: `Why do my ${name} webhooks or CI runs lag when everything else works?`,
      answer: `${name} processes webhooks and CI jobs in queues that can fall behind during an incident while the website and Git keep working. Check the status page for the specific component, and redeliver or re-run anything that failed once it recovers.`,
    }),
  },

  ai: {
    impact: (name) =>
      `When ${name} has trouble, requests time out or fail with rate-limit, overload or server errors, streaming responses stop midway, and every feature built on the model degrades at once.`,
    errorCodes: (name) => [
      unauthorized(name, "API key"),
      {
        code: "400",
        meaning: "The request was rejected as invalid: a parameter the model does not support, a malformed message list, or input longer than the model's context window.",
        whatToDo: "Read the error message, fix the request and do not retry it unchanged.",
      },
      rateLimited(name, "requests or tokens per minute exceeded your organisation's limits, or your usage quota is exhausted"),
      {
        code: "500 / 503",
        meaning: `${name} failed to complete the request or is temporarily overloaded.`,
        whatToDo: "Retry with exponential backoff and a cap, keep request IDs, and consider a smaller or different model while it lasts.",
      },
    ],
    why: (name) => [
      {
        title: "Capacity during demand spikes",
        body: `Model serving depends on scarce accelerator capacity. When demand spikes, ${name} may slow down or shed load with overload errors before anything is formally declared an incident.`,
      },
      {
        title: "Per-model and per-feature incidents",
        body: `Incidents often affect one model, one endpoint or one product surface. Another model or endpoint from ${name} can keep working while yours fails.`,
      },
      {
        title: "Long requests and timeouts",
        body: "Generations can take a long time, so client timeouts that are too short look like outages, and timeouts that are too long tie up your workers during a real one.",
      },
    ],
    checklist: (name) => [
      "Separate rate limits from outages: a 429 that mentions your limits or quota is about your account; 500, 503 or timeouts on small requests point to the provider.",
      `Try the same request on another ${name} model to see whether the incident is model-specific.`,
    ],
    fallbacks: (name) => [
      {
        title: "Retries with a budget, then a fallback model",
        body: `Retry transient errors a few times with backoff, then fall back to another model or provider behind the same interface, so ${a(name)} incident degrades answers instead of breaking the feature.`,
      },
      {
        title: "Graceful degradation in the product",
        body: "Design AI features so the rest of the page works without them: show a retry message, cached results or a non-AI path instead of an error screen.",
      },
    ],
    faq: (name) => ({
      question: `Is a 429 from ${name} an outage?`,
      answer: `Usually not. A 429 means your organisation hit a rate limit or ran out of quota, and the message says which. During real incidents ${name} more often returns 500 or 503 errors or times out, and the status page names the affected models.`,
    }),
  },

  communication: {
    impact: (name) =>
      `When ${name} has trouble, messages, calls or notifications sent through it are delayed or lost, and bots and integrations that post to it or listen to it stop working.`,
    errorCodes: (name) => [
      unauthorized(name, "token or credential"),
      {
        code: "403",
        meaning: "The credential is valid but lacks the scope or permission for this action.",
        whatToDo: "Add the missing scope or permission to the app or bot and reinstall or re-authorise it where required.",
      },
      rateLimited(name, "your app sent too many requests"),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "Real-time connections",
        body: `Live features depend on long-lived connections to ${name}. When they drop, clients and bots reconnect at the same moment, which can prolong an incident and trip rate limits.`,
      },
      {
        title: "Event delivery to your app",
        body: `${name} notifies your app of events over HTTP. If your endpoint is slow or failing, events are retried, delayed or dropped, and it can look like ${name} is down.`,
      },
    ],
    checklist: (name) => [
      `Check whether sending, receiving or both fail, and whether it is one channel, one region or every message through ${name}.`,
      "Check that your event or callback endpoint answers quickly with a success status; slow or failing endpoints cause timeouts, retries or lost events.",
    ],
    fallbacks: (name) => [
      {
        title: "Queue outgoing messages",
        body: `Send through your own queue with retries, and make handlers idempotent, so ${a(name)} outage delays messages rather than losing them or sending them twice.`,
      },
      {
        title: "A second channel for urgent messages",
        body: "For alerts and sign-in codes, keep a second channel (email, another messaging service) that you can switch to during a long outage.",
      },
    ],
    faq: (name) => ({
      question: `Why do messages from my ${name} integration arrive late?`,
      answer: `During incidents ${name} may queue messages and events and deliver them late, and your own endpoint or bot may be slow to keep up. Check the status page for delivery delays and your logs for timeouts, and process events from a queue so the burst after recovery does not overwhelm you.`,
    }),
  },

  monitoring: {
    impact: (name) =>
      `When ${name} has trouble, data may be delayed or dropped, dashboards and alerts go quiet or fire falsely, and you lose sight of your own systems exactly when you may need it.`,
    errorCodes: (name) => [
      unauthorized(name, "API key or token"),
      {
        code: "403",
        meaning: "The key is invalid for this endpoint or lacks the permission; some APIs answer 403 rather than 401 for a bad key.",
        whatToDo: "Check that the key is the right type for the endpoint and belongs to the right account or organisation.",
      },
      rateLimited(name, "your account sent more data or API calls than its limits or quota allow"),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "Ingestion delays",
        body: `During incidents ${name} often keeps accepting data but processes it late. Dashboards then show gaps and alerts based on recent data can misfire, even though nothing was lost.`,
      },
      {
        title: "Quota and sampling",
        body: "Hitting a plan quota or rate limit silently drops data, which looks like an outage in dashboards. Check usage and quota pages before assuming an incident.",
      },
    ],
    checklist: (name) => [
      `Check whether data is missing or only late: recent gaps that fill in later point to ${name}'s processing, not your agents or SDKs.`,
      "Check your usage against plan quotas and rate limits for the period where data is missing.",
    ],
    fallbacks: (name) => [
      {
        title: "A second path for critical alerts",
        body: `Keep a simple independent check (an external uptime probe or a basic alert from another tool) for your most critical services, so ${a(name)} incident does not leave you blind.`,
      },
      {
        title: "Never block your app on telemetry",
        body: `Send telemetry asynchronously with short timeouts and bounded buffers, so your application stays fast when ${name} is slow.`,
      },
    ],
    faq: (name) => ({
      question: `Will ${a(name)} outage affect my application?`,
      answer: `It should not if telemetry is sent asynchronously with bounded buffers and short timeouts, which is how official agents and SDKs are designed. The main risk is losing visibility and alerting, so keep an independent check for critical services.`,
    }),
  },

  data: {
    impact: (name) =>
      `When ${name} has trouble, queries time out or fail to connect, and every page or job that reads from it fails or slows down with it.`,
    errorCodes: (name) => [
      {
        code: "Connection timeout",
        meaning: `The client could not open a connection: ${name} is unreachable, your IP is not allowed, DNS failed, or the connection limit is reached.`,
        whatToDo: "Check network access rules and DNS from the failing host, and the number of open connections against the plan's limit.",
      },
      unauthorized(name, "API key or database credential"),
      rateLimited(name, "you exceeded the request or operation limits"),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "Connection and request limits",
        body: `Serverless functions and autoscaling apps open many connections or send bursts of requests at once. Reaching ${name}'s connection or request limits refuses new work, which looks like an outage under load.`,
      },
      {
        title: "Regional infrastructure",
        body: `${name} runs your data in a specific region on cloud infrastructure. A cloud incident in that region can affect you while other regions are fine.`,
      },
    ],
    checklist: (name) => [
      "Repeat the failing connection or request from the failing host with the same settings, and note the exact error text (DNS, timeout, authentication, TLS).",
      `Check the region your ${name} resources run in and whether an incident names it.`,
    ],
    fallbacks: (name) => [
      {
        title: "Cache reads and queue writes",
        body: `Serve frequently read data from a cache with a sensible stale period, and queue writes that can wait, so a short ${name} outage degrades the product rather than stopping it.`,
      },
      {
        title: "Timeouts and retries with limits",
        body: `Set short connect and query timeouts with a small number of retries, so a slow ${name} does not tie up all of your application's workers.`,
      },
    ],
    faq: (name) => ({
      question: `Is it ${name} or my network?`,
      answer: `If connections fail from one host or network only, check IP access rules, DNS and firewalls there. If they fail from everywhere and the status page names your region, it is likely ${name}.`,
    }),
  },

  commerce: {
    impact: (name) =>
      `When ${name} has trouble, storefronts, checkout, admin tools and the apps and webhooks connected to them can fail or lag.`,
    errorCodes: (name) => [
      unauthorized(name, "access token"),
      rateLimited(name, "your app exceeded the API's request or query-cost limits"),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "Apps and webhooks",
        body: `Many store features come from apps that depend on ${name}'s APIs and webhooks. When those lag, inventory, fulfilment and order sync fall behind even while the storefront loads.`,
      },
      {
        title: "Payment and checkout dependencies",
        body: "Checkout relies on payment providers and gateways as well as the platform, so payment failures can come from either side.",
      },
    ],
    checklist: (name) => [
      "Check whether the storefront, checkout, admin or API fails; they can fail independently.",
      `Look at your app's webhook deliveries and API errors for ${name} in the same time window.`,
    ],
    fallbacks: (name) => [
      {
        title: "Queue and reconcile",
        body: `Process ${name} webhooks from your own queue and reconcile orders and inventory through the API after an incident, so nothing stays out of sync.`,
      },
    ],
    faq: (name) => ({
      question: `Why are orders missing from my system during ${a(name)} incident?`,
      answer: `Order sync usually depends on webhooks. If they are delayed or your endpoint failed them, orders exist in ${name} but not in your system; fetch recent orders through the API once it recovers.`,
    }),
  },

  productivity: {
    impact: (name) =>
      `When ${name} has trouble, teams lose access to the documents, mail, tickets or chats they work in, and integrations that read from or write to it fail.`,
    errorCodes: (name) => [
      unauthorized(name, "token"),
      {
        code: "403",
        meaning: "The token is valid but lacks the permission, or the resource has not been shared with the integration.",
        whatToDo: "Check the integration's scopes and that the resource is shared with it or its user.",
      },
      rateLimited(name, "your integration sent too many requests"),
      serverErrors(name),
    ],
    why: (name) => [
      {
        title: "Product-specific incidents",
        body: `${name} is several products and features. An incident usually affects one of them, or one region, while the rest keep working.`,
      },
      {
        title: "Sign-in dependencies",
        body: `If your organisation signs in to ${name} through SSO, a problem at the identity provider looks like ${a(name)} outage.`,
      },
    ],
    checklist: (name) => [
      `Check which ${name} product or feature fails and whether colleagues in other locations see the same.`,
      "If sign-in fails, check your identity provider's status too.",
    ],
    fallbacks: (name) => [
      {
        title: "Offline copies of what you need in an incident",
        body: `Keep runbooks, contact lists and on-call information somewhere other than ${name}, so an outage does not hide the instructions for handling it.`,
      },
    ],
    faq: (name) => ({
      question: `Is it ${name} or my organisation's setup?`,
      answer: `If only your organisation is affected, check your SSO, admin policies and network first. If many organisations report the same problem and the status page names the product, it is ${name}.`,
    }),
  },
};
