import { z } from "zod";
import { worstState, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { parseLooseDate } from "./dates";
import { narrowToComponents } from "./narrow";
import { STATE_TEXT, lookup, validate } from "./schema";

// status.stripe.com/current: one word for the whole platform and one per product. It lists no
// incidents; the message is the only narrative. Its `time` has no year ("July 21, 4:00 +0:00"),
// so the year nearest to the poll time is assumed.

const STATE: Record<string, State> = { up: "operational", degraded: "degraded", down: "major_outage" };
/** How Stripe names the products behind its keys; unknown keys keep the key as their name. */
const NAMES: Record<string, string> = {
  api: "API", dashboard: "Dashboard", stripejs: "Stripe.js", checkoutjs: "Checkout.js", webhooks: "Webhooks", emails: "Emails",
};

const currentSchema = z.object({
  largestatus: z.string(),
  message: z.string().nullish(),
  time: z.string().nullish(),
  statuses: z.record(z.string(), z.string().nullish()).nullish().transform((s) => s ?? {}),
});

export function parseStripe(body: unknown, ctx: ParseContext): NormalizedStatus {
  const s = validate(currentSchema, body, "a Stripe /current document");
  const components = Object.entries(s.statuses).map(([key, value]) => ({
    upstreamId: key, name: Object.hasOwn(NAMES, key) ? NAMES[key]! : key, group: null, state: lookup(STATE, value?.toLowerCase()),
  }));
  const own = lookup(STATE, s.largestatus.toLowerCase());
  const overall = own !== "unknown" ? own : worstState([...components.map((c) => c.state), "unknown"]);
  const result = {
    overall, description: s.message?.trim() || STATE_TEXT[overall], components, incidents: [], maintenances: [],
    sourceUpdatedAt: parseLooseDate(s.time, { now: ctx.now }),
  };
  return narrowToComponents(result, ctx.filter?.components);
}
