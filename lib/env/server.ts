import { z } from "zod";
import { clientSchema, type ClientEnv } from "./client";

/**
 * The one place that reads process.env. Validated once, on first import; a wrong value
 * throws an EnvError naming the variable. Optional integrations left unset switch their
 * feature off (see `features`) instead of crashing.
 */
export class EnvError extends Error {
  readonly code = "ENV_INVALID";
  constructor(readonly variable: string, detail: string) {
    super(`${variable}: ${detail}`);
    this.name = "EnvError";
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const intIn = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const bool = (fallback: boolean) =>
  z.preprocess(emptyToUndefined, z.enum(["true", "false", "1", "0"]).default(fallback ? "true" : "false"))
    .transform((v) => v === "true" || v === "1");

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by Next.js itself; "phase-production-build" while `next build` runs. */
  NEXT_PHASE: optionalString,
  PORT: intIn(1, 65535, 3000),
  /** Public URL used in links the server writes (emails, Checkout, canonical URLs); default http://localhost:$PORT. */
  SITE_URL: z.preprocess(emptyToUndefined, z.url("must be an absolute URL").optional()),
  HOST: z.preprocess(emptyToUndefined, z.string().default("0.0.0.0")),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://").optional(),
  ),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  /** Signs unsubscribe links; unset: a random secret generated once and kept in the database. */
  APP_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  CRON_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  SCHEDULER: bool(true),
  /** `npm start` behind a reverse proxy that sets X-Forwarded-For; otherwise the socket's address is used. */
  TRUST_PROXY: bool(false),
  /** Shared by the in-process scheduler and the web server to expire cached pages; generated at start. */
  INTERNAL_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16).optional()),
  /** Where a separate worker reaches the web server to expire cached pages (default: this host's PORT). */
  REVALIDATE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  POLL_INTERVAL_SECONDS: intIn(5, 3600, 30),
  UPSTREAM_OVERRIDE_URL: z.preprocess(emptyToUndefined, z.url("must be an http(s) URL").optional()),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_PRICE_ID: optionalString,
  /** Where the Stripe SDK connects (default Stripe itself); the demo and tests point it at the local stand-in. */
  STRIPE_API_BASE: z.preprocess(emptyToUndefined, z.url().optional()),
  RESEND_API_KEY: optionalString,
  /** Signing secret of the Resend webhook (whsec_…), for bounces and complaints. */
  RESEND_WEBHOOK_SECRET: optionalString,
  /** Where the Resend SDK connects (default Resend itself); tests and the demo use a local stand-in. */
  RESEND_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  /** Optional "tools we recommend" block: JSON array of {name, url, description}; links are marked sponsored. */
  SPONSORED_TOOLS: optionalString,
  /** Show the local email outbox at /dev/outbox even in production mode (the demo and tests). */
  DEV_OUTBOX: bool(false),
  /** Signed-in addresses that may open /admin (the alert outbox), comma-separated. */
  ADMIN_EMAILS: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().transform((v) => v.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean)).pipe(z.array(z.email("must be email addresses, comma-separated"))),
  ),
  EMAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("StatusRadar <alerts@statusradar.local>")),
  /** Where replies to alert emails go (optional). */
  EMAIL_REPLY_TO: z.preprocess(emptyToUndefined, z.email("must be an email address").optional()),
});

function parse<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new EnvError(String(issue.path[0] ?? "env"), issue.message);
}

export type ServerEnv = z.output<typeof serverSchema>;

/** Parses an environment; exported so tests can check validation without touching process.env. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv & ClientEnv {
  return { ...parse(serverSchema, source), ...parse(clientSchema, source) };
}

let loaded: (ServerEnv & ClientEnv) | undefined;

/** Validates process.env once; entry points call this first so a bad value fails at start-up. */
export function loadEnv(): ServerEnv & ClientEnv {
  loaded ??= parseEnv(process.env);
  return loaded;
}

/** Validated configuration. Reading any key validates the whole environment on first use. */
export const env: Readonly<ServerEnv & ClientEnv> = new Proxy({} as ServerEnv & ClientEnv, {
  get: (_target, key) => loadEnv()[key as keyof (ServerEnv & ClientEnv)],
});

/**
 * The site's public URL for server-written links, read at run time (NEXT_PUBLIC_* values are
 * frozen into the build): SITE_URL, else NEXT_PUBLIC_SITE_URL when set, else localhost:$PORT.
 */
export function siteUrl(): string {
  const e = loadEnv();
  const url = e.SITE_URL ?? (process.env.NEXT_PUBLIC_SITE_URL ? e.NEXT_PUBLIC_SITE_URL : `http://localhost:${e.PORT}`);
  return url.replace(/\/+$/, "");
}

/** Which optional integrations are on; a feature that is off says so instead of crashing. */
export const features = {
  get database(): "postgres" | "embedded" { return env.DATABASE_URL ? "postgres" : "embedded"; },
  get stripe(): boolean { return Boolean(env.STRIPE_SECRET_KEY); },
  get resend(): boolean { return Boolean(env.RESEND_API_KEY); },
};

export function describeFeatures(): string[] {
  const lines = [
    features.database === "postgres"
      ? "database: PostgreSQL from DATABASE_URL"
      : `database: embedded PGlite in ${env.DATA_DIR} (set DATABASE_URL to use a PostgreSQL server)`,
  ];
  if (!features.stripe) lines.push("billing: off (set STRIPE_SECRET_KEY to enable Alert Pro checkout)");
  if (!features.resend) lines.push("email: local outbox (set RESEND_API_KEY to send through Resend)");
  if (env.UPSTREAM_OVERRIDE_URL) lines.push(`upstreams: redirected to ${env.UPSTREAM_OVERRIDE_URL}`);
  return lines;
}
