// GET /status/<slug>/incidents/<id>: one incident's timeline, affected components, duration, and
// when we saw it compared with the official page. A route handler like the service page (no React
// runtime), which also lets an unknown id answer a server-rendered 404 with suggestions.
// Rendered on first request and cached; the service's cache tag expires it when the incident changes.
import { findService } from "@/lib/catalog/services";
import { siteUrl } from "@/lib/env/server";
import { cachedIncident } from "@/lib/status/cached";
import { duration, utc } from "@/lib/status/labels";
import { NotFoundBody } from "@/app/_components/NotFoundBody";
import { StateBadge } from "@/app/_components/StateBadge";
import { htmlResponse, renderStaticDocument } from "@/app/_components/StaticDocument";

export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Ctx = { params: Promise<{ slug: string; id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  // Route handlers get their params decoded already (pages do not).
  const { slug, id } = await params;
  // Other spellings of the slug were redirected by proxy.ts; what is left is canonical or unknown.
  const entry = findService(slug);
  const i = entry && id.length <= 200 ? await cachedIncident(entry.slug, id) : null;
  if (!entry || !i) {
    const what = entry ? `We have no record of that ${entry.name} incident.` : "The service or page you asked for is not in our catalog.";
    return htmlResponse(await renderStaticDocument({ title: "Not found | StatusRadar", description: what }, <NotFoundBody what={what} />), 404);
  }
  const title = `${entry.name} incident: ${i.name} (${i.startedAt.slice(0, 10)})`;
  const canonical = `${siteUrl()}/status/${entry.slug}/incidents/${encodeURIComponent(i.id)}`;
  const description = `${entry.name} ${i.status === "resolved" ? "incident" : "ongoing incident"} "${i.name}": timeline, affected components and duration.`;
  const lag = i.detectionLagSec;
  return htmlResponse(await renderStaticDocument({ title, description, canonical },
    <article>
      <nav aria-label="Breadcrumb" className="crumbs"><a href="/">All services</a> › <a href={`/status/${entry.slug}`}>{entry.name}</a> › <span aria-current="page">Incident</span></nav>
      <h1>{i.name}</h1>
      <p><StateBadge state={i.impact as never} /> {entry.name} · {i.resolvedAt ? `resolved after ${duration(i.durationSec!)}` : "ongoing"}</p>
      <dl className="facts">
        <dt>Started (official)</dt><dd><time dateTime={i.startedAt}>{utc(i.startedAt)}</time></dd>
        <dt>We first saw it</dt><dd><time dateTime={i.firstSeenAt}>{utc(i.firstSeenAt)}</time>{lag !== null ? ` (${lag <= 0 ? `${duration(-lag)} before` : `${duration(lag)} after`} the official page's first update)` : ""}</dd>
        {i.resolvedAt ? <><dt>Resolved</dt><dd><time dateTime={i.resolvedAt}>{utc(i.resolvedAt)}</time></dd></> : null}
        <dt>Affected components</dt><dd>{i.components.length ? i.components.map((c) => c.name).join(", ") : "not stated"}</dd>
        {i.url ? <><dt>Official report</dt><dd><a href={i.url} rel="noopener">{i.url}</a></dd></> : null}
      </dl>
      <h2>Timeline</h2>
      <ol className="timeline">
        {i.updates.map((u) => <li key={u.at + u.status}><strong>{u.status}</strong> <time dateTime={u.at}>{utc(u.at)}</time><p>{u.body}</p></li>)}
      </ol>
    </article>,
  ));
}
