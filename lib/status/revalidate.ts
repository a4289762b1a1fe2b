import { env } from "../env/server";
import { ALL_TAG, LIST_TAG, serviceTag } from "./tags";

/** The cache tags to expire when these services' data changed (their pages and the lists). */
export function tagsFor(slugs: string[] | "all"): string[] {
  return slugs === "all" ? [ALL_TAG] : [...slugs.map(serviceTag), LIST_TAG];
}

/**
 * Asks the web server to expire cached pages. The scheduler runs outside any request (where
 * Next's revalidateTag cannot be called), and a worker may be another process entirely, so both
 * go through the internal route. Failing to reach it only delays pages until their safety-net TTL.
 */
export async function requestRevalidation(slugs: string[] | "all", fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const token = env.INTERNAL_TOKEN ?? env.CRON_SECRET;
  if (!token) return false;
  const base = env.REVALIDATE_URL ?? `http://127.0.0.1:${env.PORT}`;
  try {
    const res = await fetchImpl(`${base}/api/internal/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: tagsFor(slugs) }),
      signal: AbortSignal.timeout(5000),
    });
    return res.ok;
  } catch {
    return false;
  }
}
