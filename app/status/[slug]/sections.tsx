import type { ServiceEntry } from "@/lib/catalog/types";
import { findService } from "@/lib/catalog/services";
import { sponsoredTools } from "@/lib/config/sponsored";
import type { Guide } from "@/lib/guides/types";
import type { CachedServiceSummary, ServicePageData } from "@/lib/status/cached";
import { duration, utc } from "@/lib/status/labels";
import { LatencyChart } from "@/app/_components/LatencyChart";
import { LiveVerdict } from "@/app/_components/LiveVerdict";
import { StateBadge } from "@/app/_components/StateBadge";
import { UptimeBars } from "@/app/_components/UptimeBars";
import { GuideSection } from "./guide";

type Props = { entry: ServiceEntry; data: ServicePageData | null; guide: Guide; all: CachedServiceSummary[]; now: Date };

export function ServiceSections({ entry, data, guide, all, now }: Props) {
  const v = data?.status.verdict;
  const state = v?.state ?? "unknown";
  const live = new Map(all.map((s) => [s.slug, s]));
  return (
    <>
      <LiveVerdict slug={entry.slug} name={entry.name} state={state} reason={v?.reason ?? "We have not read the official page yet."}
        signal={v?.signal ?? "stale"} checkedAt={data?.status.official.lastCheckAt ?? null} now={now} />
      <p className="muted">Official page: <a href={entry.statusPageUrl} rel="noopener">{entry.statusPageUrl.replace(/^https:\/\//, "")}</a>
        {data?.status.official.error ? <> · last read failed: {data.status.official.error.reason}</> : null}</p>
      <a className="cta" href={`/alerts?service=${entry.slug}`}>Get an alert within 60 seconds when {entry.name} breaks</a>

      {entry.category === "identity-broker" && entry.related?.dependsOn?.length ? <IdpPanel entry={entry} live={live} /> : null}

      <section aria-labelledby="components-h">
        <h2 id="components-h">Components</h2>
        {data?.status.components.length ? (
          <ul className="components" data-testid="components">
            {data.status.components.map((c) => <li key={c.id}><span>{c.group ? `${c.group} / ` : ""}{c.name}</span><StateBadge state={c.state} /></li>)}
          </ul>
        ) : <p className="muted">The official page lists no components we could read.</p>}
      </section>

      <section aria-labelledby="incidents-h">
        <h2 id="incidents-h">Active incidents</h2>
        {data?.status.incidents.length ? data.status.incidents.map((i) => (
          <article key={i.id} className="incident">
            <h3><a href={`/status/${entry.slug}/incidents/${encodeURIComponent(i.id)}`}>{i.name}</a> <StateBadge state={i.impact as never} /></h3>
            <ol className="timeline">
              {i.updates.map((u) => <li key={u.at + u.status}><strong>{u.status}</strong> <time dateTime={u.at}>{utc(u.at)}</time><p>{u.body}</p></li>)}
            </ol>
          </article>
        )) : <p>No active incidents on the official page.</p>}
      </section>

      {data?.status.maintenances.length ? (
        <section aria-labelledby="maint-h">
          <h2 id="maint-h">Maintenance</h2>
          <ul>{data.status.maintenances.map((m) => <li key={m.id}>{m.name} — {m.status}{m.scheduledFor ? `, ${utc(m.scheduledFor)}` : ""}{m.scheduledUntil ? ` to ${utc(m.scheduledUntil)}` : ""}</li>)}</ul>
        </section>
      ) : null}

      <section aria-labelledby="probes-h">
        <h2 id="probes-h">Our own checks</h2>
        {entry.probes?.length ? (
          <>
            <ul>{entry.probes.map((p) => {
              const last = data?.status.probes.find((x) => x.id === p.id);
              return <li key={p.id}><code>{p.method} {p.url}</code> expects {p.expectStatus.join(" or ")}: {last ? `${last.ok ? "passing" : "failing"}, last ${last.status ?? "no answer"} in ${last.latencyMs} ms` : "not run yet"}</li>;
            })}</ul>
            <LatencyChart buckets={data?.latency ?? []} now={data?.renderedAt ?? new Date(0).toISOString()} />
          </>
        ) : <p className="muted">We have no keyless endpoint to probe for {entry.name}; the verdict follows the official page.</p>}
      </section>

      <UptimeBars days={data?.uptime ?? []} />

      <section aria-labelledby="history-h">
        <h2 id="history-h">Incident history, last 90 days</h2>
        {data?.history.length ? (
          <ul className="history">{data.history.map((i) => (
            <li key={i.id}><a href={`/status/${entry.slug}/incidents/${encodeURIComponent(i.id)}`}>{i.name}</a> — {utc(i.startedAt)}, {i.durationSec === null ? "ongoing" : duration(i.durationSec)}</li>
          ))}</ul>
        ) : <p>No incidents recorded in the last 90 days.</p>}
      </section>

      <GuideSection entry={entry} guide={guide} live={live} />
      <SponsoredTools />
    </>
  );
}

function IdpPanel({ entry, live }: { entry: ServiceEntry; live: Map<string, CachedServiceSummary> }) {
  const idps = entry.related!.dependsOn!.map((s) => findService(s)).filter((s) => s && s.category === "identity-provider");
  return (
    <section aria-labelledby="idp-h" className="idp-panel" data-testid="idp-panel">
      <h2 id="idp-h">Is it {entry.name} or your identity provider?</h2>
      <ul className="idp-grid">
        {idps.map((s) => <li key={s!.slug}><a href={`/status/${s!.slug}`}>{s!.name}</a> <StateBadge state={live.get(s!.slug)?.state ?? "unknown"} /></li>)}
      </ul>
      <ul className="decision">
        <li>Only one customer&apos;s sign-ins fail, and their IdP above shows a problem: it is their identity provider.</li>
        <li>Every customer fails, whatever their IdP: look at {entry.name} itself (verdict above).</li>
        <li>All green but one connection fails: check that connection&apos;s certificate, ACS URL and clock skew (see the guide below).</li>
      </ul>
    </section>
  );
}

function SponsoredTools() {
  const tools = sponsoredTools();
  if (!tools.length) return null;
  return (
    <aside aria-labelledby="tools-h" className="sponsored">
      <h2 id="tools-h">Tools we recommend</h2>
      <p className="muted">Sponsored: we may be paid when you follow these links.</p>
      <ul>{tools.map((t) => <li key={t.url}><a href={t.url} rel="sponsored nofollow noopener">{t.name}</a> — {t.description}</li>)}</ul>
    </aside>
  );
}
