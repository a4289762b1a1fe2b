import { getDb } from "../db";
import { siteUrl } from "../env/server";
import { dispatchDue, type DispatchSummary } from "./dispatch";
import { defaultSenders } from "./senders";

/** One outbox drain with the configured senders (Resend or the local outbox, Slack, webhooks). */
export async function runDispatch(now = new Date()): Promise<DispatchSummary> {
  const { prisma } = await getDb();
  return dispatchDue(prisma, { now, senders: defaultSenders(prisma), siteUrl: siteUrl() });
}
