import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { revealSecretOnce } from "@/lib/accounts/channels";
import { SEVERITIES } from "@/lib/accounts/watches";
import { currentSession, isAdmin } from "@/lib/auth/current";
import { entitlementFor } from "@/lib/billing/entitlements";
import { findService, services } from "@/lib/catalog/services";
import { prisma } from "@/lib/db";
import { features } from "@/lib/env/server";
import { STATE_LABEL } from "@/lib/status/labels";

export const metadata: Metadata = { title: "Your alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ error?: string; saved?: string; tested?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const session = await currentSession();
  if (!session) redirect("/signin");
  const q = await searchParams;
  const db = await prisma();
  const [user, sub, watches, channels, secret] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: session.userId } }),
    db.billingSubscription.findUnique({ where: { userId: session.userId } }),
    db.watch.findMany({ where: { userId: session.userId }, orderBy: { createdAt: "asc" } }),
    db.channel.findMany({ where: { userId: session.userId } }),
    revealSecretOnce(db, session.userId),
  ]);
  const plan = entitlementFor(sub);
  const components = await db.component.findMany({ where: { service: { slug: { in: watches.map((w) => w.serviceSlug) } } }, include: { service: { select: { slug: true } } }, orderBy: { position: "asc" } });
  const csrf = <input type="hidden" name="csrf" value={session.csrfToken} />;
  const active = watches.filter((w) => !w.planPaused).length;
  return (
    <>
      <h1>Your alerts</h1>
      <p>Signed in as <strong data-testid="account-email">{user.email}</strong>.{isAdmin(session) ? <> <a href="/admin">Alert outbox (admin)</a></> : null}</p>
      {q.error ? <p role="alert" className="error" data-testid="account-error">{q.error}</p> : null}
      {q.saved ? <p role="status" className="notice">Saved.</p> : null}
      {q.tested ? <p role="status" className="notice" data-testid="tested">Test alert: {q.tested}</p> : null}

      <section aria-labelledby="plan-h" data-testid="plan">
        <h2 id="plan-h">Plan: {plan.plan === "pro" ? "Alert Pro" : "Free"}</h2>
        {plan.trialEndsAt ? <p>Free trial until {plan.trialEndsAt.toISOString().slice(0, 10)}; then $9/month unless you cancel.</p> : null}
        {plan.status === "past_due" ? <p className="error">Your last payment failed. Stripe will retry; update your card in billing.</p> : null}
        <p>{active} of {plan.maxServices} service{plan.maxServices > 1 ? "s" : ""} in use.</p>
        {!features.stripe ? <p className="muted">Billing is not configured on this server, so upgrading is not available here.</p>
          : plan.plan === "free" ? (
            <form method="post" action="/api/billing/checkout">{csrf}
              <button type="submit" className="cta">Start a 14-day free trial of Alert Pro</button>
              <p className="muted">$0 today, then $9/month. Cancel any time.</p>
            </form>
          ) : null}
        {features.stripe && user.stripeCustomerId ? (
          <form method="post" action="/api/billing/portal" data-testid="portal">{csrf}<button type="submit">Manage billing</button></form>
        ) : null}
      </section>

      <section aria-labelledby="watch-h">
        <h2 id="watch-h">Services</h2>
        {watches.length ? (
          <ul className="watches" data-testid="watches">
            {watches.map((w) => {
              const entry = findService(w.serviceSlug);
              const names = components.filter((c) => c.service.slug === w.serviceSlug).map((c) => c.name);
              return (
                <li key={w.id} data-slug={w.serviceSlug}>
                  <strong>{entry?.name ?? w.serviceSlug}</strong>{w.planPaused ? " (paused by your plan)" : ""}
                  <form method="post" action="/api/account/watches" className="inline">{csrf}
                    <input type="hidden" name="action" value="remove" /><input type="hidden" name="service" value={w.serviceSlug} />
                    <button type="submit">Remove</button>
                  </form>
                  {plan.filters ? (
                    <form method="post" action="/api/account/watches" className="filters">{csrf}
                      <input type="hidden" name="action" value="filters" /><input type="hidden" name="service" value={w.serviceSlug} />
                      <label>Alert from <select name="minSeverity" defaultValue={w.minSeverity}>{SEVERITIES.map((s) => <option key={s} value={s}>{STATE_LABEL[s].toLowerCase()}</option>)}</select></label>
                      {names.length ? <fieldset><legend>Only these components (none ticked = all)</legend>{names.map((n) => <label key={n}><input type="checkbox" name="components" value={n} defaultChecked={w.components.includes(n)} /> {n}</label>)}</fieldset> : null}
                      <label><input type="checkbox" name="maintenance" value="1" defaultChecked={w.notifyMaintenance} /> Also tell me when maintenance starts</label>
                      <button type="submit">Save filters</button>
                    </form>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : <p>No services yet.</p>}
        <form method="post" action="/api/account/watches" className="stack" data-testid="add-watch">{csrf}
          <input type="hidden" name="action" value="add" />
          <label htmlFor="service">Add a service</label>
          <input id="service" name="service" list="catalog" required placeholder="workos" autoComplete="off" />
          <datalist id="catalog">{services.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}</datalist>
          <button type="submit">Add</button>
        </form>
      </section>

      <section aria-labelledby="channels-h">
        <h2 id="channels-h">Where alerts go</h2>
        <p>Email to {user.email}{user.alertsPaused ? " (all alerts paused)" : ""}.</p>
        {(["slack", "webhook"] as const).map((kind) => {
          const ch = channels.find((c) => c.kind === kind);
          const label = kind === "slack" ? "Slack incoming-webhook URL" : "Webhook URL (JSON, signed with X-StatusRadar-Signature)";
          return plan.channels.includes(kind) ? (
            <div key={kind}>
              <form method="post" action="/api/account/channels" className="stack">{csrf}
                <input type="hidden" name="action" value="set" /><input type="hidden" name="kind" value={kind} />
                <label htmlFor={`ch-${kind}`}>{label}</label>
                <input id={`ch-${kind}`} name="url" type="url" defaultValue={ch?.url ?? ""} placeholder="https://" />
                <button type="submit">Save {kind}</button>
              </form>
              {ch ? <form method="post" action="/api/account/channels">{csrf}<input type="hidden" name="action" value="remove" /><input type="hidden" name="kind" value={kind} /><button type="submit">Remove {kind}</button></form> : null}
            </div>
          ) : <p key={kind} className="muted">{kind === "slack" ? "Slack" : "Webhook"} alerts come with Alert Pro.</p>;
        })}
        {secret ? <p className="notice" data-testid="webhook-secret">Your webhook signing secret (shown only this once): <code>{secret}</code></p> : null}
        <form method="post" action="/api/account/channels">{csrf}<input type="hidden" name="action" value="test" /><button type="submit">Send test alert</button></form>
      </section>

      <section aria-labelledby="settings-h">
        <h2 id="settings-h">Settings</h2>
        <form method="post" action="/api/account/settings">{csrf}
          <input type="hidden" name="action" value="pause" /><input type="hidden" name="paused" value={user.alertsPaused ? "0" : "1"} />
          <button type="submit">{user.alertsPaused ? "Resume all alerts" : "Pause all alerts"}</button>
        </form>
        <form method="post" action="/api/auth/signout">{csrf}<input type="hidden" name="everywhere" value="1" /><button type="submit">Sign out everywhere</button></form>
        <form method="post" action="/api/auth/signout">{csrf}<button type="submit">Sign out</button></form>
        <form method="post" action="/api/account/settings" className="stack">{csrf}
          <input type="hidden" name="action" value="delete" />
          <label htmlFor="confirm">Delete your account and its data: type &quot;delete&quot;</label>
          <input id="confirm" name="confirm" autoComplete="off" />
          <button type="submit">Delete account</button>
        </form>
      </section>
    </>
  );
}
