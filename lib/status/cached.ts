import { unstable_cache } from "next/cache";
import { prisma } from "../db";
import { env } from "../env/server";
import { serviceStatusWithId } from "./get-service-status";
import { lastCheckTimes, listServices } from "./list-services";
import { getIncident, incidentHistory, probeLatency24h, recentIncidents, recentStateChanges } from "./service-history";
import { ALL_TAG, LIST_TAG, serviceTag } from "./tags";
import { uptimeByDay } from "./uptime";

/**
 * Cached reads for pages, feeds, OG images and the JSON API, tagged so the poller can expire
 * exactly what changed (see lib/status/revalidate.ts). Every entry also carries ALL_TAG.
 * During `next build` the embedded database belongs to no one (the build runs in other
 * processes), so reads return nothing there and pages are filled on first request.
 */
const SAFETY_NET_S = 300;

const building = () => env.NEXT_PHASE === "phase-production-build" && !env.DATABASE_URL;

export const cachedServiceList = unstable_cache(
  async () => {
    const rows = building() ? [] : await listServices(await prisma());
    return rows.map((r) => ({ ...r, checkedAt: r.checkedAt?.toISOString() ?? null, changedAt: r.changedAt?.toISOString() ?? null }));
  },
  ["service-list"],
  { tags: [ALL_TAG, LIST_TAG], revalidate: SAFETY_NET_S },
);

export function cachedServicePage(slug: string) {
  return unstable_cache(
    async () => {
      if (building()) return null;
      const db = await prisma();
      const found = await serviceStatusWithId(db, slug);
      if (!found) return null;
      const { id, status } = found;
      const now = new Date();
      const [uptime, latency, history] = await Promise.all([uptimeByDay(db, id, 90, now), probeLatency24h(db, id, now), incidentHistory(db, id, now)]);
      return { status, uptime, latency, history, renderedAt: now.toISOString() };
    },
    ["service-page", slug],
    { tags: [ALL_TAG, serviceTag(slug)], revalidate: SAFETY_NET_S },
  )();
}

export function cachedIncident(slug: string, id: string) {
  return unstable_cache(async () => (building() ? null : getIncident(await prisma(), slug, id)), ["incident", slug, id], { tags: [ALL_TAG, serviceTag(slug)], revalidate: SAFETY_NET_S })();
}

export const cachedRecentIncidents = unstable_cache(
  async (limit: number, slug?: string) => (building() ? [] : recentIncidents(await prisma(), limit, slug)),
  ["recent-incidents"],
  { tags: [ALL_TAG, LIST_TAG], revalidate: SAFETY_NET_S },
);

export const cachedRecentChanges = unstable_cache(
  async (limit: number, slug?: string) => (building() ? [] : recentStateChanges(await prisma(), limit, slug)),
  ["recent-changes"],
  { tags: [ALL_TAG, LIST_TAG], revalidate: SAFETY_NET_S },
);

/**
 * When each service was last checked. Every cycle moves these times while usually changing
 * nothing else, so they are not worth expiring pages for: the tagged entries above keep the time of
 * the last change, and the JSON API lays these over them (pages fetch the API to stay current).
 * Cached briefly, so a burst of API requests costs one query every few seconds.
 */
export const cachedCheckTimes = unstable_cache(
  async (): Promise<Record<string, string>> => (building() ? {} : lastCheckTimes(await prisma())),
  ["check-times"],
  { tags: [ALL_TAG], revalidate: 5 },
);

export type ServicePageData = NonNullable<Awaited<ReturnType<typeof cachedServicePage>>>;
export type CachedServiceSummary = Awaited<ReturnType<typeof cachedServiceList>>[number];
