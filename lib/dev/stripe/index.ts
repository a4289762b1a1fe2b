import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { Billing } from "./lifecycle";
import { createHandler } from "./server";
import { State, automatic } from "./state";
import { setSubscriptionStatus } from "./status";
import { Webhooks, type Delivery } from "./webhooks";

export type { Delivery } from "./webhooks";

/**
 * A local stand-in for Stripe, for tests and the offline demo: Stripe's v1 REST API (form-encoded
 * requests, Stripe's JSON objects and errors) for the slice StatusRadar uses — products, prices,
 * customers, subscription-mode Checkout, subscriptions, invoices, the billing portal, events —
 * plus the hosted Checkout and portal pages, a clock you can move, and signed webhooks.
 * Point the real SDK at it: new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http" }).
 */
export interface StripeStandinOptions {
  /** Port to listen on (default 0: any free port). */
  port?: number;
  /** Where events are POSTed, signed; none → events are only recorded. */
  webhookUrl?: string;
  /** The endpoint's signing secret (default: a fresh whsec_…). */
  webhookSecret?: string;
  /** The API key it accepts (default: a fresh sk_test_…). */
  secretKey?: string;
  /** Its wall clock (default: real time); advance() adds to it. */
  now?: () => Date;
  log?: (line: string) => void;
  /** Waits before each webhook retry (default [50, 200, 500]: three quick retries). */
  retryDelaysMs?: number[];
}

export interface StripeStandin {
  url: string;
  port: number;
  secretKey: string;
  webhookSecret: string;
  /** Every event emitted, oldest first (replays are not new events). */
  events: Stripe.Event[];
  /** Every webhook delivery attempt with its outcome. */
  deliveries: Delivery[];
  /** The stand-in's clock, epoch seconds. */
  now(): number;
  /** Moves the clock forward and runs what falls due (trial warnings, trial ends, renewals, period-end cancels). Returns the events that produced. */
  advance(seconds: number): Stripe.Event[];
  /** Sends an already-emitted event again (a replay). Resolves with the final attempt (undefined without a webhookUrl). */
  deliver(eventId: string): Promise<Delivery | undefined>;
  /** Resolves once every queued webhook delivery, retries included, has finished. */
  idle(): Promise<void>;
  /** past_due, unpaid, canceled, active, … with the events Stripe would send (see status.ts). */
  setSubscriptionStatus(subscriptionId: string, status: Stripe.Subscription.Status): Stripe.Subscription;
  /** What pressing "Start trial" on the hosted Checkout page does. */
  completeCheckout(sessionId: string, email?: string): Stripe.Checkout.Session;
  close(): Promise<void>;
}

export async function startStripeStandin(opts: StripeStandinOptions = {}): Promise<StripeStandin> {
  const secretKey = opts.secretKey ?? `sk_test_standin_${randomBytes(12).toString("hex")}`;
  const webhookSecret = opts.webhookSecret ?? `whsec_${randomBytes(24).toString("base64url")}`;
  // The port must be known before the state (session and portal URLs carry it), so listen first.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const state = new State(url, opts.now ?? (() => new Date()));
  const hooks = new Webhooks(state, { url: opts.webhookUrl, secret: webhookSecret, retryDelaysMs: opts.retryDelaysMs ?? [50, 200, 500], timeoutMs: 10_000, log: opts.log });
  const billing = new Billing(state, hooks);
  server.on("request", createHandler({ state, billing, hooks, secretKey, log: opts.log }));
  opts.log?.(`stripe stand-in on ${url}${opts.webhookUrl ? `, webhooks → ${opts.webhookUrl}` : ""}`);

  return {
    url,
    port,
    secretKey,
    webhookSecret,
    events: state.events,
    deliveries: hooks.deliveries,
    now: () => state.now(),
    advance(seconds) {
      if (!(seconds >= 0)) throw new Error("stripe stand-in: advance() only moves forward");
      const from = state.events.length;
      state.advanceBy(Math.floor(seconds));
      billing.tick();
      return state.events.slice(from);
    },
    deliver: (eventId) => hooks.deliver(eventId),
    idle: () => hooks.idle(),
    // Copies, so a caller's edits cannot reach the stand-in's state.
    setSubscriptionStatus: (id, status) => structuredClone(setSubscriptionStatus(state, billing, hooks, id, status)),
    completeCheckout: (id, email) => structuredClone(billing.completeCheckout(id, automatic, email)),
    async close() {
      hooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
