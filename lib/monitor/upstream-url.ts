/**
 * The fixture switch: with UPSTREAM_OVERRIDE_URL set, https://status.workos.com/api/v2/summary.json
 * is fetched as <override>/status.workos.com/api/v2/summary.json, so one local server can stand in
 * for every upstream host.
 */
export function upstreamUrl(url: string, override: string | undefined): string {
  if (!override) return url;
  const u = new URL(url);
  return `${override.replace(/\/+$/, "")}/${u.host}${u.pathname}${u.search}`;
}
