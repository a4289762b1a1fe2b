import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { findService, resolveSlug } from "@/lib/catalog/services";
import { siteUrl } from "@/lib/env/server";
import { cachedIncident } from "@/lib/status/cached";
import { duration, utc } from "@/lib/status/labels";
import { StateBadge } from "@/app/_components/StateBadge";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; id: string }> };

async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const match = resolveSlug(decodeURIComponent(slug));
  if (!match) notFound();
  if (!match.canonical) permanentRedirect(`/status/${match.slug}/incidents/${id}`);
  const incident = await cachedIncident(match.slug, decodeURIComponent(id));
  if (!incident) notFound();
  return { entry: findService(match.slug)!, incident };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entry, incident } = await load(params);
  const title = `${entry.name} incident: ${incident.name} (${incident.startedAt.slice(0, 10)})`;
  const url = `${siteUrl()}/status/${entry.slug}/incidents/${encodeURIComponent(incident.id)}`;
  const description = `${entry.name} ${incident.status === "resolved" ? "incident" : "ongoing incident"} "${incident.name}": timeline, affected components and duration.`;
  return { title: { absolute: title }, description, alternates: { canonical: url }, openGraph: { title, description, url }, twitter: { card: "summary", title, description } };
}

export default async function IncidentPage({ params }: Props) {
  const { entry, incident: i } = await load(params);
  const lag = i.detectionLagSec;
  return (
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
    </article>
  );
}
