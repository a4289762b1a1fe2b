import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env/server";

describe("environment", () => {
  it("runs with nothing set: embedded database, port 3000, 30 s polling", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: ".data", POLL_INTERVAL_SECONDS: 30, SCHEDULER: true, NEXT_PUBLIC_SITE_URL: "http://localhost:3000" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("reads ADMIN_EMAILS as a lower-cased list, empty when unset", () => {
    expect(parseEnv({}).ADMIN_EMAILS).toEqual([]);
    expect(parseEnv({ ADMIN_EMAILS: " Ops@Example.com , dev@example.com," }).ADMIN_EMAILS).toEqual(["ops@example.com", "dev@example.com"]);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: " " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://localhost/db"],
    ["POLL_INTERVAL_SECONDS", "1"],
    ["CRON_SECRET", "short"],
    ["UPSTREAM_OVERRIDE_URL", "not a url"],
    ["NEXT_PUBLIC_SITE_URL", "localhost"],
    ["SCHEDULER", "maybe"],
    ["TRUST_PROXY", "sometimes"],
    ["ADMIN_EMAILS", "ops@example.com, not-an-address"],
  ])("names %s when its value %j is wrong", (name, value) => {
    let error: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variable).toBe(name);
    expect((error as EnvError).message.startsWith(`${name}:`)).toBe(true);
  });

  it("accepts a PostgreSQL URL and coerces numbers and booleans", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/app", PORT: "8080", SCHEDULER: "false" });
    expect(env).toMatchObject({ DATABASE_URL: "postgresql://u:p@db:5432/app", PORT: 8080, SCHEDULER: false });
  });
});
