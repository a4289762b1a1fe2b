import { findService } from "../catalog/services";
import type { PrismaClient } from "../db";
import { entitlementOfUser as planOf } from "../billing/entitlements";
import { AppError } from "../http/errors";

export const SEVERITIES = ["degraded", "partial_outage", "major_outage"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Adds a service to a user's alerts, enforcing the plan's limit on the server. */
export async function addWatch(prisma: PrismaClient, userId: string, slug: string) {
  if (!findService(slug)) throw new AppError("unknown_service", `There is no service "${slug}" in the catalog.`, 400);
  const plan = await planOf(prisma, userId);
  const active = await prisma.watch.count({ where: { userId, planPaused: false } });
  if (await prisma.watch.findUnique({ where: { userId_serviceSlug: { userId, serviceSlug: slug } } })) return;
  if (active >= plan.maxServices) {
    throw new AppError("plan_limit", plan.plan === "free"
      ? "The Free plan alerts on 1 service. Upgrade to Alert Pro for up to 10."
      : "Alert Pro alerts on up to 10 services. Remove one to add another.", 403);
  }
  await prisma.watch.create({ data: { userId, serviceSlug: slug } });
}

export async function removeWatch(prisma: PrismaClient, userId: string, slug: string) {
  await prisma.watch.deleteMany({ where: { userId, serviceSlug: slug } });
}

/** Component and severity filters are an Alert Pro feature; components must belong to the service. */
export async function updateWatchFilters(prisma: PrismaClient, userId: string, slug: string, input: { components: string[]; minSeverity: Severity; notifyMaintenance?: boolean }) {
  const plan = await planOf(prisma, userId);
  if (!plan.filters) throw new AppError("plan_feature", "Component and severity filters come with Alert Pro.", 403);
  const known = new Set((await prisma.component.findMany({ where: { service: { slug } }, select: { name: true } })).map((c) => c.name));
  const bad = input.components.find((c) => !known.has(c));
  if (bad) throw new AppError("unknown_component", `"${bad}" is not a component of ${slug}.`, 400);
  const { count } = await prisma.watch.updateMany({ where: { userId, serviceSlug: slug }, data: { components: input.components, minSeverity: input.minSeverity, notifyMaintenance: input.notifyMaintenance ?? false } });
  if (!count) throw new AppError("not_watching", `You are not watching ${slug}.`, 404);
}

/**
 * Applies a plan to existing watches without deleting any: on Free, the first chosen one stays
 * active and the rest are paused; on Pro, up to 10 are active again (oldest first).
 */
export async function applyPlanToWatches(prisma: PrismaClient, userId: string) {
  const plan = await planOf(prisma, userId);
  const watches = await prisma.watch.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const keep = watches.slice(0, plan.maxServices).map((w) => w.id);
  await prisma.watch.updateMany({ where: { userId, id: { in: keep } }, data: { planPaused: false } });
  await prisma.watch.updateMany({ where: { userId, id: { notIn: keep } }, data: { planPaused: true } });
}
