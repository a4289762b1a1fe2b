// GET /: every service by category with its live state, troubled ones first, a search box and
// freshness. A static route handler like the service pages (see app/_components/StaticDocument.tsx):
// no React runtime, one small inline script; expired by the poller's list tag.
import { CATEGORY_ORDER, findService } from "@/lib/catalog/services";
import { siteUrl } from "@/lib/env/server";
import { cachedServiceList, type CachedServiceSummary } from "@/lib/status/cached";
import { CATEGORY_LABEL, ago } from "@/lib/status/labels";
import { homePageScript } from "./_components/inline-scripts";
import { StateBadge } from "./_components/StateBadge";
import { htmlResponse, renderStaticDocument } from "./_components/StaticDocument";

export const dynamic = "force-static";
export const revalidate = 300;

function Card({ s }: { s: CachedServiceSummary }) {
  return (
    <li className="service-card" data-slug={s.slug} data-state={s.state} data-search={`${s.name} ${s.slug}`.toLowerCase()}>
      <a href={`/status/${s.slug}`}>{s.name}</a>
      <StateBadge state={s.state} />
      {s.checkedAt ? <div className="muted" data-checked-slug={s.slug} data-checked-at={s.checkedAt}>checked {ago(s.checkedAt)}</div> : <div className="muted">not checked yet</div>}
    </li>
  );
}

export async function GET() {
  const list = await cachedServiceList();
  const troubled = list.filter((s) => s.state !== "operational");
  const freshest = list.map((s) => s.checkedAt).filter(Boolean).sort().at(-1);
  const html = await renderStaticDocument(
    {
      title: "Is it down? Live status of WorkOS, identity providers and 50 APIs | StatusRadar",
      description: "Live, honest status for WorkOS, Okta, Entra ID, Google Workspace and the APIs products depend on: official status pages plus our own checks, uptime and incident history.",
      canonical: `${siteUrl()}/`,
      feeds: { rss: `${siteUrl()}/feed.xml`, atom: `${siteUrl()}/feed.atom` },
    },
    <>
      <h1>Is it down? Live status of the APIs you depend on</h1>
      <p className="muted">{list.length} services from their official status pages and our own checks{freshest ? <>; <span data-checked-at={freshest} data-prefix="last check">last check {ago(freshest)}</span></> : null}.</p>
      <form className="search" role="search" data-service-search="" hidden>
        <label htmlFor="service-search">Find a service</label>
        <input id="service-search" type="search" placeholder="WorkOS, Okta, Stripe…" autoComplete="off" />
        <p className="muted" aria-live="polite" data-search-count=""></p>
      </form>
      {troubled.length ? (
        <section aria-labelledby="troubled-h" data-group="">
          <h2 id="troubled-h">Having problems now</h2>
          <ul className="service-list" data-testid="troubled">{troubled.map((s) => <Card key={s.slug} s={s} />)}</ul>
        </section>
      ) : <p className="all-good">Every service we watch reports normal operation.</p>}
      {CATEGORY_ORDER.map((cat) => {
        const items = list.filter((s) => s.state === "operational" && findService(s.slug)?.category === cat);
        if (!items.length) return null;
        return (
          <section key={cat} aria-labelledby={`cat-${cat}`} data-group="">
            <h2 id={`cat-${cat}`}>{CATEGORY_LABEL[cat]}</h2>
            <ul className="service-list">{items.map((s) => <Card key={s.slug} s={s} />)}</ul>
          </section>
        );
      })}
    </>,
    homePageScript(),
  );
  return htmlResponse(html);
}
