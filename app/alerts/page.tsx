import type { Metadata } from "next";
import { findService } from "@/lib/catalog/services";
import { siteUrl } from "@/lib/env/server";

export const metadata: Metadata = {
  title: "Outage alerts for WorkOS and 50 APIs",
  description: "Get told within 60 seconds when WorkOS, your identity providers or the APIs you depend on break.",
  alternates: { canonical: `${siteUrl()}/alerts` },
};

type Props = { searchParams: Promise<{ service?: string }> };

// Where every service page's call to action lands. Accounts and checkout arrive with billing;
// until then this page is honest about it and offers the feeds, which already work.
export default async function AlertsPage({ searchParams }: Props) {
  const requested = (await searchParams).service;
  const entry = requested ? findService(requested) : undefined;
  return (
    <>
      <h1>Know within 60 seconds when {entry?.name ?? "a service you depend on"} breaks</h1>
      <section aria-labelledby="plans-h">
        <h2 id="plans-h">Plans</h2>
        <ul>
          <li><strong>Free</strong>: email alerts for one service.</li>
          <li><strong>Alert Pro</strong>: $9/month after a 14-day free trial, cancel any time. WorkOS and up to 9 more services, email plus Slack and webhooks, filters by component and severity.</li>
        </ul>
        <p><a className="cta" href={`/signin${entry ? `?service=${entry.slug}` : ""}`}>Sign up with your email</a> — free, no password; Alert Pro is an upgrade from your account.</p>
      </section>
      <section aria-labelledby="now-h">
        <h2 id="now-h">Follow it now</h2>
        <p>Every incident and status change is already published as a feed your reader or Slack&apos;s RSS app can follow:</p>
        <ul>
          {entry ? <li><a href={`/status/${entry.slug}/feed.xml`}>{entry.name} RSS feed</a> · <a href={`/status/${entry.slug}/feed.atom`}>Atom</a></li> : null}
          <li><a href="/feed.xml">All services, RSS</a> · <a href="/feed.atom">Atom</a></li>
        </ul>
      </section>
    </>
  );
}
